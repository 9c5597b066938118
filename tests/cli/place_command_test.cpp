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

TEST_F(PlaceCli, ListsRankedCandidatesWithTheQualifierThatPicksEach) {
  const RunResult r = run({"place", "Banff"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "NAME   REGION    COUNTRY         POPULATION  LAT,LON              PICK WITH\n"
            "Banff  Alberta   Canada          7,502       51.17622,-115.56982  Banff, AB\n"
            "Banff  Scotland  United Kingdom  4,020       57.66477,-2.52964    Banff, Scotland\n");
}

TEST_F(PlaceCli, InitLooksUpHomeAndLaterLookupsPreferPlacesNearIt) {
  const RunResult r = run({"init", "--home", "edmonton"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Home: Edmonton, Alberta, Canada (53.55014,-113.46871)\nCreated " + journal() + "\n");
  const auto home = nlohmann::json::parse(read_file(journal()))["footprint"]["home"];
  EXPECT_EQ(home, nlohmann::json::parse(R"({"place": "Edmonton", "region": "Alberta", "country": "Canada",
                                             "coordinates": [-113.46871, 53.55014]})"));
  // "Banff" alone names two places; with home in Alberta the nearby one is meant.
  const RunResult add = run({"add", "Banff", "--date", "2024-10-12"});
  ASSERT_EQ(add.exit_code, 0) << add.err;
  EXPECT_EQ(entry("2024-10-12-banff")["properties"]["region"], "Alberta");
}

TEST_F(PlaceCli, InitRefusesAHomeItCannotPlaceAndWritesNothing) {
  RunResult r = run({"init", "--home", "Springfield"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.err.rfind("footprint: error: --home: \"Springfield\" names several places; say which:\n"
                        "  \"Springfield, IL\"  Springfield, Illinois, United States\n", 0), 0u) << r.err;
  EXPECT_FALSE(std::filesystem::exists(journal()));
  r = run({"init", "--home", "Qwertzville"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err,
            "footprint: error: --home: no place called \"Qwertzville\"; did you mean:\n"
            "  \"Wentzville\"  Wentzville, Missouri, United States\n"
            "  \"Westville, IN\"  Westville, Indiana, United States\n"
            "or give its position with --at LAT,LON\n");
  EXPECT_FALSE(std::filesystem::exists(journal()));
  // A position given by hand needs no lookup: any name will do.
  r = run({"init", "--home", "Qwertzville", "--at", "53.5,-113.5"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(read_file(journal()))["footprint"]["home"]["coordinates"],
            nlohmann::json::parse("[-113.5, 53.5]"));
}

TEST_F(PlaceCli, ValidateChecksOwnPlaces) {
  std::ofstream(journal()) << R"({"type": "FeatureCollection", "footprint": {"places": [)"
                              R"({"name": "Meta MPK", "coordinates": [-122.15, 37.48]}, {"name": "meta mpk"}]}, "features": []})";
  const RunResult r = run({"validate"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, journal() + ":1:120: /footprint/places/1/name: \"meta mpk\" is already the name of /footprint/places/0\n" +
                       journal() + ":1:111: /footprint/places/1: a place needs \"coordinates\": [longitude, latitude]\n" +
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
  EXPECT_EQ(j[0]["region"], "New York");
  EXPECT_EQ(j[1]["qualifier"], "Amherst, MA");
  EXPECT_EQ(j[1]["country_code"], "US");
  EXPECT_EQ(j[1]["population"], 39833);
  EXPECT_NEAR(j[1]["lat"].get<double>(), 42.36723, 1e-6);
}

TEST_F(PlaceCli, NoMatchExitsWithThreeAndSuggestsSpellings) {
  const RunResult r = run({"place", "Vancuver"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("no place called \"Vancuver\"; did you mean:\n"
                       "  \"Vancouver\"  Vancouver, British Columbia, Canada\n"),
            std::string::npos)
      << r.err;
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
                       "  \"Amherst, NY\"  Amherst, New York, United States\n"
                       "  \"Amherst, MA\"  Amherst, Massachusetts, United States\n"),
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
  // Banff, Alberta and Banff, Scotland are close in size; a journal in Edmonton means Alberta.
  EXPECT_EQ(run({"add", "Banff"}).exit_code, 4);
  ASSERT_EQ(run({"add", "Edmonton", "--date", "2024-01-10"}).exit_code, 0);
  const RunResult r = run({"add", "Banff", "--date", "2024-10-12"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(entry("2024-10-12-banff")["properties"]["region"], "Alberta");
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
  r = run({"place", "Meta"});
  EXPECT_EQ(r.out.substr(r.out.find('\n') + 1, 8), "Meta MPK");
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
