// `footprint place` and place names in `footprint add`, through the real binary and the real
// offline data (data/build).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "../core/temp_dir.hpp"
#include "run_footprint.hpp"

namespace footprint::test {
namespace {

class PlaceCli : public ::testing::Test {
 protected:
  RunResult run(const std::vector<std::string>& args) {
    const std::string out = (dir_ / "stdout").string(), err = (dir_ / "stderr").string();
    RunResult r;
    r.exit_code =
        wait_exit_code(start_footprint(args, {{"FOOTPRINT_JOURNAL", journal()}}, out, err));
    r.out = read_file(out);
    r.err = read_file(err);
    return r;
  }
  std::string journal() const { return (dir_ / "journal.geojson").string(); }
  nlohmann::json entry(const std::string& id) {
    const RunResult r = run({"list", "--json"});
    const auto journal = nlohmann::json::parse(r.out);
    for (const auto& f : journal["features"]) {
      if (f["id"] == id) return f;
    }
    ADD_FAILURE() << "no entry " << id;
    return {};
  }
  TempDir dir_;
};

TEST_F(PlaceCli, ListsRankedCandidatesWithTheQualifierThatPicksEachAndWhy) {
  const RunResult r = run({"place", "Banff"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(
      r.out,
      "NAME    REGION       COUNTRY         POPULATION  LAT,LON              PICK WITH        WHY\n"
      "Banff   Alberta      Canada          7,502       51.17622,-115.56982  Banff            19 "
      "names\n"
      "Banff   Scotland     United Kingdom  4,020       57.66477,-2.52964    Banff, Scotland  9 "
      "names\n"
      "Huedin  Cluj County  Romania         9,395       46.86667,23.05       Huedin           "
      "county seat x1.5, 13 names, by another name /4000\n");
  EXPECT_EQ(
      r.err,
      "footprint: add \"Banff\" takes Banff, Alberta, Canada: it weighs 7.5 times the next (a "
      "clear pick takes 5 times, or 2 times for a city of 250,000 or more)\n");
}

// The table of issue 13: each query, in a journal without places, as `place QUERY -n 2` prints it.
struct Lookup {
  const char* query;
  const char* out;
  const char* err;
};

TEST_F(PlaceCli, PlacesByAnyNameChineseInEitherScriptAndTheirOwnNamesFirst) {
  const char* vancouver =
      "NAME       REGION            COUNTRY        POPULATION  LAT,LON              PICK WITH      "
      "WHY\n"
      "Vancouver  British Columbia  Canada         600,000     49.24966,-123.11934  Vancouver      "
      "57 names, by another name /4000\n"
      "Vancouver  Washington        United States  172,860     45.63873,-122.66149  Vancouver, WA  "
      "county seat x1.5, 30 names, by another name /4000\n";
  const char* clear = " (a clear pick takes 5 times, or 2 times for a city of 250,000 or more)\n";
  const Lookup lookups[] = {
      {"班夫",
       "NAME   REGION    COUNTRY         POPULATION  LAT,LON              PICK WITH        WHY\n"
       "Banff  Alberta   Canada          7,502       51.17622,-115.56982  Banff            19 "
       "names, by another name /4000\n"
       "Banff  Scotland  United Kingdom  4,020       57.66477,-2.52964    Banff, Scotland  9 "
       "names, by another name /4000\n",
       "takes Banff, Alberta, Canada: it weighs 7.5 times the next"},
      {"温哥华", vancouver,
       "takes Vancouver, British Columbia, Canada: it weighs 8.1 times the next"},
      {"溫哥華", vancouver,
       "takes Vancouver, British Columbia, Canada: it weighs 8.1 times the next"},
      {"溫哥華市", vancouver,
       "takes Vancouver, British Columbia, Canada: it weighs 8.1 times the next"},
      {"北京",
       "NAME       REGION   COUNTRY  POPULATION  LAT,LON             PICK WITH         WHY\n"
       "Beijing    Beijing  China    18,960,744  39.9075,116.39723   Beijing           capital x5, "
       "108 names, by another name /4000\n"
       "Beijinglu  Anhui    China    0           31.32268,118.38505  Beijinglu, Anhui  9 names, by "
       "another name /4000\n",
       "takes Beijing, China, the only place of that name"},
      {"Wien",
       "NAME             REGION         COUNTRY  POPULATION  LAT,LON            PICK WITH        "
       "WHY\n"
       "Vienna           Vienna         Austria  1,691,468   48.20849,16.37208  Vienna           "
       "capital x5, 47 names, by another name /4000\n"
       "Wiener Neustadt  Lower Austria  Austria  44,820      47.80485,16.23196  Wiener Neustadt  "
       "42 names\n",
       "takes Vienna, Austria, the only place of that name"},
      {"Cologne",
       "NAME     REGION                  COUNTRY        POPULATION  LAT,LON             PICK WITH  "
       "  WHY\n"
       "Köln     North Rhine-Westphalia  Germany        963,395     50.93333,6.95       Köln       "
       "  county seat x1.5, 88 names, by another name /4000\n"
       "Cologne  Minnesota               United States  1,605       44.77163,-93.78135  Cologne, "
       "MN  10 names\n",
       "takes Köln, North Rhine-Westphalia, Germany: it weighs 15 times the next"},
      {"Firenze",
       "NAME      REGION   COUNTRY  POPULATION  LAT,LON            PICK WITH  WHY\n"
       "Florence  Tuscany  Italy    367,150     43.77925,11.24626  Florence   regional seat x3, 82 "
       "names, by another name /4000\n",
       "takes Florence, Tuscany, Italy, the only place of that name"},
      {"Lisboa",
       "NAME    REGION  COUNTRY   POPULATION  LAT,LON            PICK WITH  WHY\n"
       "Lisbon  Lisbon  Portugal  517,802     38.71667,-9.13333  Lisbon     capital x5, 52 names, "
       "by another name /4000\n",
       "takes Lisbon, Portugal, the only place of that name"},
  };
  for (const Lookup& l : lookups) {
    SCOPED_TRACE(l.query);
    const RunResult r = run({"place", l.query, "-n", "2"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, l.out);
    const std::string verdict = "footprint: add \"" + std::string(l.query) + "\" " + l.err;
    EXPECT_EQ(r.err, verdict + (verdict.find("weighs") != std::string::npos ? clear : "\n"));
  }
}

TEST_F(PlaceCli, AddTakesWhatPlaceListsFirstWhenTheRuleCallsItClear) {
  // Banff in an empty journal: Alberta, by how widely it is known.
  RunResult r = run({"add", "Banff", "--date", "2024-10-12"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(entry("2024-10-12-banff")["properties"]["region"], "Alberta");
  // Jasper for someone whose home is Edmonton: Alberta for both commands.
  std::filesystem::remove(journal());
  ASSERT_EQ(run({"init", "--home", "Edmonton"}).exit_code, 0);
  r = run({"place", "Jasper", "-n", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "NAME    REGION   COUNTRY        POPULATION  LAT,LON              PICK WITH   WHY\n"
            "Jasper  Alberta  Canada         3,948       52.87946,-118.08041  Jasper, AB  15 "
            "names, near your places x100\n"
            "Jasper  Alabama  United States  14,071      33.83122,-87.27751   Jasper      county "
            "seat x1.5, 19 names\n");
  EXPECT_EQ(
      r.err,
      "footprint: add \"Jasper\" takes Jasper, Alberta, Canada: it weighs 12 times the next (a "
      "clear pick takes 5 times, or 2 times for a city of 250,000 or more)\n");
  r = run({"add", "Jasper", "--date", "2024-07-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "footprint: Jasper, Alberta, Canada (52.87946,-118.08041)\n");
}

TEST_F(PlaceCli, PlaceShowsWhyAddRefuses) {
  RunResult r = run({"add", "Amherst", "--date", "2024-08-05"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(
      r.err,
      "footprint: error: \"Amherst\" names several places; say which:\n"
      "  \"Amherst, MA\"  Amherst, Massachusetts, United States\n"
      "  \"Amherst, NY\"  Amherst, New York, United States\n"
      "  \"Amherst, OH\"  Amherst, Ohio, United States\n"
      "  \"Amherst, NS\"  Amherst, Nova Scotia, Canada\n"
      "  \"Amherst, VA\"  Amherst, Virginia, United States\n"
      "  \"Amherst, NH\"  Amherst, New Hampshire, United States\n"
      "  \"Amherst, WI\"  Amherst, Wisconsin, United States\n"
      "  \"Amherst, TX\"  Amherst, Texas, United States\n"
      "(the first weighs only 2.9 times the next; a clear pick takes 5 times, or 2 times for a "
      "city of 250,000 or more)\n");
  EXPECT_FALSE(std::filesystem::exists(journal()));
  r = run({"place", "Amherst", "-n", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(
      r.out,
      "NAME     REGION         COUNTRY        POPULATION  LAT,LON             PICK WITH    WHY\n"
      "Amherst  Massachusetts  United States  39,833      42.36723,-72.51852  Amherst, MA  23 "
      "names\n"
      "Amherst  New York       United States  122,366     42.97839,-78.79976  Amherst, NY  7 "
      "names\n");
  EXPECT_EQ(
      r.err,
      "footprint: add \"Amherst\" asks which: the first weighs only 2.9 times the next (a clear "
      "pick takes 5 times, or 2 times for a city of 250,000 or more)\n");
}

TEST_F(PlaceCli, WhatTheOfflineDataDoesNotHaveIsSaidWithHowToAddIt) {
  ASSERT_EQ(run({"init", "--home", "Edmonton"}).exit_code, 0);
  const std::string before = read_file(journal());
  for (const char* name : {"Lake Louise", "Drumheller", "Moraine Lake"}) {
    SCOPED_TRACE(name);
    const std::string expected = "footprint: error: \"" + std::string(name) +
                                 "\" is not in the offline gazetteer\n"
                                 "to add it as your own place: footprint place add \"" +
                                 name + "\" --at LAT,LON\n";
    RunResult r = run({"place", name});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, expected);
    r = run({"add", name, "--date", "2024-10-13"});
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_EQ(r.err, expected);
  }
  EXPECT_EQ(read_file(journal()), before);
  // The one line it shows does add it, and then both commands find it.
  ASSERT_EQ(run({"place", "add", "Lake Louise", "--at", "51.4254,-116.1773"}).exit_code, 0);
  const RunResult r = run({"add", "lake louise", "--date", "2024-10-13"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(entry("2024-10-13-lake-louise")["geometry"]["coordinates"],
            nlohmann::json({-116.1773, 51.4254}));
}

TEST_F(PlaceCli, TheIssuesOtherNamesResolve) {
  // query -> the place `add` takes, as it reports it.
  const std::pair<const char*, const char*> checks[] = {
      {"Munich", "Munich, Bavaria, Germany (48.13743,11.57549)"},
      {"München", "Munich, Bavaria, Germany (48.13743,11.57549)"},
      {"Köln", "Köln, North Rhine-Westphalia, Germany (50.93333,6.95)"},
      {"Zürich", "Zürich, Zurich, Switzerland (47.36667,8.55)"},
      {"Zurich", "Zürich, Zurich, Switzerland (47.36667,8.55)"},
      {"Montréal", "Montréal, Quebec, Canada (45.50884,-73.58781)"},
      {"St. John's", "St. John's, Newfoundland and Labrador, Canada (47.56494,-52.70931)"},
      {"Kyiv", "Kyiv, Kyiv City, Ukraine (50.45466,30.5238)"},
      {"Kiev", "Kyiv, Kyiv City, Ukraine (50.45466,30.5238)"},
      {"東京", "Tokyo, Japan (35.6895,139.69171)"},
      {"东京", "Tokyo, Japan (35.6895,139.69171)"},
      {"旧金山", "San Francisco, California, United States (37.77493,-122.41942)"},
      {"Saigon", "Ho Chi Minh City, Lạng Sơn Province, Vietnam (10.82302,106.62965)"},
  };
  int day = 1;
  for (const auto& [query, reported] : checks) {
    SCOPED_TRACE(query);
    const std::string date = "2025-01-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
    ++day;
    const RunResult r = run({"add", query, "--date", date});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("footprint: " + std::string(reported) + "\n"), std::string::npos) << r.err;
  }
}

TEST_F(PlaceCli, InitLooksUpHomeAndLaterLookupsPreferPlacesNearIt) {
  const RunResult r = run({"init", "--home", "edmonton"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Home: Edmonton, Alberta, Canada (53.55014,-113.46871)\nCreated " + journal() + "\n");
  const auto home = nlohmann::json::parse(read_file(journal()))["footprint"]["home"];
  EXPECT_EQ(home,
            nlohmann::json::parse(R"({"place": "Edmonton", "region": "Alberta", "country": "Canada",
                                             "coordinates": [-113.46871, 53.55014]})"));
  // "Banff" alone names two places; with home in Alberta the nearby one is meant.
  const RunResult add = run({"add", "Banff", "--date", "2024-10-12"});
  ASSERT_EQ(add.exit_code, 0) << add.err;
  EXPECT_EQ(entry("2024-10-12-banff")["properties"]["region"], "Alberta");
}

TEST_F(PlaceCli, InitRefusesAHomeItCannotPlaceAndWritesNothing) {
  RunResult r = run({"init", "--home", "Springfield"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(
      r.err.rfind("footprint: error: --home: \"Springfield\" names several places; say which:\n"
                  "  \"Springfield, IL\"  Springfield, Illinois, United States\n",
                  0),
      0u)
      << r.err;
  EXPECT_FALSE(std::filesystem::exists(journal()));
  r = run({"init", "--home", "Qwertzville"});
  EXPECT_EQ(r.exit_code, 3);
  // Wentzville, Missouri is two edits away and far from any place of a new journal: no answer.
  EXPECT_EQ(r.err,
            "footprint: error: --home: \"Qwertzville\" is not in the offline gazetteer\n"
            "or give its position with --at LAT,LON\n");
  EXPECT_FALSE(std::filesystem::exists(journal()));
  // A position given by hand needs no lookup: any name will do.
  r = run({"init", "--home", "Qwertzville", "--at", "53.5,-113.5"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(read_file(journal()))["footprint"]["home"]["coordinates"],
            nlohmann::json::parse("[-113.5, 53.5]"));
}

TEST_F(PlaceCli, ValidateChecksOwnPlaces) {
  std::ofstream(journal())
      << R"({"type": "FeatureCollection", "footprint": {"places": [)"
         R"({"name": "Meta MPK", "coordinates": [-122.15, 37.48]}, {"name": "meta mpk"}]}, "features": []})";
  const RunResult r = run({"validate"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(
      r.out,
      journal() +
          ":1:120: /footprint/places/1/name: \"meta mpk\" is already the name of "
          "/footprint/places/0\n" +
          journal() +
          ":1:111: /footprint/places/1: a place needs \"coordinates\": [longitude, latitude]\n" +
          journal() + ": 2 problems\n");
}

TEST_F(PlaceCli, NeedsAName) {
  const RunResult r = run({"place"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "footprint: error: place needs a name to look up: footprint place Banff\n");
}

TEST_F(PlaceCli, JsonAndLimit) {
  const RunResult r = run({"place", "amherst", "--limit", "2", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j.size(), 2u);
  EXPECT_EQ(j[0]["region"], "Massachusetts");
  EXPECT_EQ(j[0]["qualifier"], "Amherst, MA");
  EXPECT_EQ(j[0]["country_code"], "US");
  EXPECT_EQ(j[0]["population"], 39833);
  EXPECT_EQ(j[0]["alternate_names"], 23);
  EXPECT_EQ(j[0]["reasons"], "23 names");
  EXPECT_NEAR(j[0]["score"].get<double>(), 39833.0 * 24 * 24, 1);
  EXPECT_NEAR(j[0]["lat"].get<double>(), 42.36723, 1e-6);
  EXPECT_EQ(j[1]["region"], "New York");
  EXPECT_EQ(r.err, "");  // JSON is for programs: no verdict line
}

TEST_F(PlaceCli, NoMatchExitsWithThreeAndSuggestsSpellings) {
  RunResult r = run({"place", "Edmontn"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "footprint: error: \"Edmontn\" is not in the offline gazetteer; did you mean:\n"
            "  \"Edmonton\"  Edmonton, Alberta, Canada\n"
            "to add it as your own place: footprint place add \"Edmontn\" --at LAT,LON\n");
  // A name that only starts another ("Vancuverium" is Vancouver's Latin name) is listed, and
  // `add` is said to find nothing.
  r = run({"place", "Vancuver"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err,
            "footprint: add \"Vancuver\" finds no place of that name: the names listed only start "
            "so\n");
}

TEST_F(PlaceCli, AddResolvesAClearName) {
  RunResult r = run({"add", "Vancouver", "--date", "2024-12-10"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "2024-12-10-vancouver\n");
  EXPECT_NE(r.err.find("footprint: Vancouver, British Columbia, Canada (49.24966,-123.11934)\n"),
            std::string::npos)
      << r.err;
  const auto e = entry("2024-12-10-vancouver");
  EXPECT_EQ(e["properties"]["region"], "British Columbia");
  EXPECT_EQ(e["properties"]["country"], "Canada");
  EXPECT_EQ(e["geometry"]["coordinates"], nlohmann::json({-123.11934, 49.24966}));
}

TEST_F(PlaceCli, AddRefusesAnAmbiguousNameAndWritesNothing) {
  const RunResult r = run({"add", "Amherst", "--date", "2024-08-05"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("\"Amherst\" names several places; say which:\n"
                       "  \"Amherst, MA\"  Amherst, Massachusetts, United States\n"
                       "  \"Amherst, NY\"  Amherst, New York, United States\n"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(std::filesystem::exists(journal()));
  const RunResult picked = run({"add", "Amherst, MA", "--date", "2024-08-05"});
  ASSERT_EQ(picked.exit_code, 0) << picked.err;
  EXPECT_EQ(entry("2024-08-05-amherst")["properties"]["region"], "Massachusetts");
}

TEST_F(PlaceCli, AddWithANameThatMatchesNothingExitsWithThree) {
  const RunResult r = run({"add", "Calgray"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("\"Calgary\"  Calgary, Alberta, Canada"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(journal()));
}

TEST_F(PlaceCli, NearbyEntriesDecideBetweenNamesakes) {
  // Stanford, California (13,809) and Stanford, Kentucky (3,675, a county seat) are too close to
  // call; an entry in the Bay Area means California.
  EXPECT_EQ(run({"add", "Stanford"}).exit_code, 4);
  ASSERT_EQ(run({"add", "Redwood City", "--date", "2024-06-01"}).exit_code, 0);
  const RunResult r = run({"add", "Stanford", "--date", "2024-06-12"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(entry("2024-06-12-stanford")["properties"]["region"], "California");
}

TEST_F(PlaceCli, AtOverridesTheNameAndReverseLookupNamesThePosition) {
  ASSERT_EQ(run({"add", "Amherst", "--at", "42.3912,-72.5267", "--date", "2024-08-06"}).exit_code,
            0);
  auto p = entry("2024-08-06-amherst")["properties"];
  EXPECT_EQ(p["place"], "Amherst");
  EXPECT_EQ(p["region"], "Massachusetts");
  EXPECT_EQ(p["country"], "United States");
  ASSERT_EQ(run({"add", "--at", "51.2,-115.6", "--date", "2024-10-13"}).exit_code, 0);
  EXPECT_EQ(entry("2024-10-13-banff")["properties"]["region"], "Alberta");
  ASSERT_EQ(run({"add", "Crossing", "--at", "30,-140", "--date", "2024-11-01"}).exit_code, 0);
  p = entry("2024-11-01-crossing")["properties"];
  EXPECT_FALSE(p.contains("country"));  // at sea
  EXPECT_FALSE(p.contains("region"));
}

TEST_F(PlaceCli, OwnPlacesAreStoredInTheJournalAndFoundFirst) {
  RunResult r = run({"place", "add", "Meta MPK", "--at", "37.4848,-122.1484"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "footprint: created " + journal() +
                       "\nfootprint: added your place Meta MPK, California, United States\n");
  EXPECT_EQ(run({"place", "add", "meta mpk", "--at", "1,1"}).exit_code, 2);
  r = run({"place", "list", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)[0]["name"], "Meta MPK");
  r = run({"place", "Meta MPK"});
  EXPECT_EQ(r.out.substr(r.out.find('\n') + 1, 8), "Meta MPK");
  EXPECT_EQ(r.err,
            "footprint: add \"Meta MPK\" takes your place Meta MPK, California, United States\n");
  // A name that only starts it comes after the place named so exactly (Meta, Italy).
  r = run({"place", "Meta", "-n", "2"});
  EXPECT_EQ(r.out.substr(r.out.find('\n') + 1, 5), "Meta ");
  EXPECT_NE(r.out.find("\nMeta MPK "), std::string::npos) << r.out;
  r = run({"add", "Meta MPK", "--date", "2024-06-03"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(entry("2024-06-03-meta-mpk")["geometry"]["coordinates"],
            nlohmann::json({-122.1484, 37.4848}));
  EXPECT_EQ(run({"place", "rm", "Meta MPK"}).exit_code, 0);
  EXPECT_EQ(run({"place", "rm", "Meta MPK"}).exit_code, 3);
  EXPECT_EQ(run({"place", "list"}).out, "");
}

}  // namespace
}  // namespace footprint::test
