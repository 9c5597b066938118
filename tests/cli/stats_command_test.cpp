// Tests cli/stats_command.cpp through the real binary: the text people read, the JSON scripts
// read, and the errors. Distances computed independently (PROJ's geod_inverse, WGS 84):
// Edmonton -> Calgary 281.1159 km, Calgary -> Banff 107.3212 km, Banff -> Edmonton 300.6078 km.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../core/temp_dir.hpp"
#include "run_footprint.hpp"

namespace footprint::test {
namespace {

// A year with a day trip, a cancelled trip and four days in Banff, from a home in Edmonton.
const std::string kSmallYear = R"({
  "type": "FeatureCollection",
  "footprint": {"version": 1, "home": {"place": "Edmonton", "coordinates": [-113.4938, 53.5461]}},
  "features": [
    {"type": "Feature", "id": "2024-04-16-calgary",
     "geometry": {"type": "Point", "coordinates": [-114.0719, 51.0447]},
     "properties": {"place": "Calgary", "region": "Alberta", "country": "Canada",
                    "date": "2024-04-16", "status": "visited"}},
    {"type": "Feature", "id": "2024-05-07-vienna",
     "geometry": {"type": "Point", "coordinates": [16.4075, 48.2173]},
     "properties": {"place": "Vienna", "region": "Vienna", "country": "Austria",
                    "date": "2024-05-07", "end": "2024-05-11", "status": "cancelled"}},
    {"type": "Feature", "id": "2024-10-12-banff",
     "geometry": {"type": "Point", "coordinates": [-115.5915, 51.1691]},
     "properties": {"title": "洞穴之旅 Cave tour", "place": "Banff", "region": "Alberta",
                    "country": "Canada", "date": "2024-10-12", "end": "2024-10-15"}}
  ]
})";

class StatsCommand : public ::testing::Test {
 protected:
  RunResult stats(std::vector<std::string> args) {
    args.insert(args.begin(), "stats");
    return run_footprint(args, journal(), scratch_.path());
  }
  std::filesystem::path journal() const { return dir_ / "journal.geojson"; }
  void write_journal(const std::string& text) { write_file(journal(), text); }
  TempDir dir_, scratch_;
};

TEST_F(StatsCommand, ASmallYearAsText) {
  write_journal(kSmallYear);
  const RunResult r = stats({"--year", "2024"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "Travel statistics for 2024 (2024-01-01 to 2024-12-31)\n"
            "Home: Edmonton\n"
            "\n"
            "Entries        3 (2 visited, 0 planned, 1 cancelled)\n"
            "Places         2 (2 for the first time)\n"
            "Countries      1: Canada\n"
            "Regions        1: Alberta, Canada\n"
            "Distance       689 km\n"
            "Days away      5\n"
            "Furthest       Banff, 301 km from home\n"
            "Longest stay   Banff, 4 days\n"
            "Busiest month  April (1 entry)\n"
            "\n"
            "New places     Calgary, Banff\n"
            "\n"
            "COUNTRY  DAYS  NIGHTS\n"
            "Canada      5       3\n"
            "\n"
            "REGION           DAYS  NIGHTS\n"
            "Alberta, Canada     5       3\n"
            "\n"
            "MONTH      ENTRIES  DAYS AWAY   KM\n"
            "January          0          0    0\n"
            "February         0          0    0\n"
            "March            0          0    0\n"
            "April            1          1  281\n"
            "May              1          0    0\n"
            "June             0          0    0\n"
            "July             0          0    0\n"
            "August           0          0    0\n"
            "September        0          0    0\n"
            "October          1          4  408\n"
            "November         0          0    0\n"
            "December         0          0    0\n"
            "Total            3          5  689\n");
}

TEST_F(StatsCommand, ASmallYearAsJson) {
  write_journal(kSmallYear);
  const RunResult r = stats({"--year", "2024", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["period"],
            nlohmann::json::parse(R"({"from": "2024-01-01", "to": "2024-12-31", "days": 366})"));
  EXPECT_EQ(j["home"]["place"], "Edmonton");
  EXPECT_EQ(j["entries"], 3);
  EXPECT_EQ(j["visited"], 2);
  EXPECT_EQ(j["planned"], 0);
  EXPECT_EQ(j["cancelled"], 1);
  EXPECT_EQ(j["undated"], 0);
  EXPECT_EQ(j["distinct_places"], 2);
  EXPECT_EQ(j["new_places"], nlohmann::json::parse(R"(["Calgary", "Banff"])"));
  EXPECT_EQ(j["countries"], nlohmann::json::parse(R"(["Canada"])"));
  EXPECT_EQ(j["regions"], nlohmann::json::parse(R"(["Alberta, Canada"])"));
  EXPECT_NEAR(j["distance_km"].get<double>(), 281.1159 + 107.3212 + 300.6078, 0.15);
  EXPECT_EQ(j["days_away"], 5);
  EXPECT_EQ(j["nights_by_country"],
            nlohmann::json::parse(R"([{"name": "Canada", "days": 5, "nights": 3}])"));
  EXPECT_EQ(j["nights_by_region"],
            nlohmann::json::parse(R"([{"name": "Alberta, Canada", "days": 5, "nights": 3}])"));
  EXPECT_EQ(j["furthest"]["entry"], "2024-10-12-banff");
  EXPECT_EQ(j["furthest"]["place"], "Banff");
  EXPECT_NEAR(j["furthest"]["km"].get<double>(), 300.6078, 0.15);
  EXPECT_EQ(j["longest_stay"], nlohmann::json::parse(R"({"entry": "2024-10-12-banff",
      "title": "洞穴之旅 Cave tour", "place": "Banff", "days": 4})"));
  EXPECT_EQ(j["busiest_month"], "2024-04");
  ASSERT_EQ(j["months"].size(), 12u);
  EXPECT_EQ(j["months"][3]["month"], "2024-04");
  EXPECT_NEAR(j["months"][3]["km"].get<double>(), 281.1159, 0.15);
  EXPECT_EQ(j["months"][9]["days_away"], 4);
  EXPECT_NEAR(j["months"][9]["km"].get<double>(), 107.3212 + 300.6078, 0.15);
}

std::string without_home(std::string journal) {
  const std::string home =
      R"("footprint": {"version": 1, "home": {"place": "Edmonton", "coordinates": [-113.4938, 53.5461]}},)";
  journal.replace(journal.find(home), home.size(), R"("footprint": {"version": 1},)");
  return journal;
}

TEST_F(StatsCommand, WithoutAHomeDaysAwayAreNotComputed) {
  write_journal(without_home(kSmallYear));
  RunResult r = stats({"--year", "2024"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Home: none\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nDays away      not computed (the journal has no home)\n"),
            std::string::npos);
  // Only the leg Calgary -> Banff; the furthest place is measured from the first one.
  EXPECT_NE(r.out.find("\nDistance       107 km\n"), std::string::npos);
  EXPECT_NE(r.out.find("\nFurthest       Banff, 107 km from Calgary\n"), std::string::npos);
  EXPECT_NE(r.out.find("\nMONTH      ENTRIES   KM\n"), std::string::npos);
  r = stats({"--year", "2024", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_TRUE(j["home"].is_null());
  EXPECT_TRUE(j["days_away"].is_null());
  EXPECT_TRUE(j["months"][9]["days_away"].is_null());
  EXPECT_EQ(j["furthest"]["from"], "Calgary");
}

TEST_F(StatsCommand, AnEmptyYearPrintsZeros) {
  write_journal(kSmallYear);
  RunResult r = stats({"--year", "2023"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Travel statistics for 2023 (2023-01-01 to 2023-12-31)\n"
            "Home: Edmonton\n"
            "\n"
            "No entries in 2023.\n"
            "\n"
            "Entries        0\n"
            "Places         0\n"
            "Countries      0\n"
            "Regions        0\n"
            "Distance       0 km\n"
            "Days away      0\n");
  r = stats({"--year", "2023", "--json"});
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["entries"], 0);
  EXPECT_EQ(j["distance_km"], 0.0);
  EXPECT_EQ(j["days_away"], 0);
  EXPECT_TRUE(j["furthest"].is_null());
  EXPECT_TRUE(j["busiest_month"].is_null());
  EXPECT_EQ(j["months"].size(), 12u);
  // A journal without entries: the whole journal is no period at all.
  write_journal(R"({"type": "FeatureCollection", "features": []})");
  r = stats({});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Travel statistics for the whole journal\nHome: none\n\nNo dated entries"),
            std::string::npos)
      << r.out;
  r = stats({"--json"});
  EXPECT_TRUE(nlohmann::json::parse(r.out)["period"].is_null());
}

TEST_F(StatsCommand, PeriodsFromAndTo) {
  write_journal(kSmallYear);
  RunResult r = stats({"--from", "2024-05", "--to", "2024-10-13", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["period"]["from"], "2024-05-01");
  EXPECT_EQ(j["period"]["to"], "2024-10-13");
  EXPECT_EQ(j["months"].size(), 6u);
  EXPECT_EQ(j["days_away"], 2);                                       // October 12 and 13
  EXPECT_EQ(j["new_places"], nlohmann::json::parse(R"(["Banff"])"));  // Calgary was in April
  r = stats({"--from", "2024-05"});                                   // to the journal's last day
  EXPECT_NE(r.out.find("Travel statistics from 2024-05 (2024-05-01 to 2024-10-15)\n"),
            std::string::npos)
      << r.out;
  r = stats({"--to", "2024-06"});  // from the journal's first day
  EXPECT_NE(r.out.find("Travel statistics up to 2024-06 (2024-04-16 to 2024-06-30)\n"),
            std::string::npos)
      << r.out;
  r = stats({});
  EXPECT_NE(r.out.find("Travel statistics for the whole journal (2024-04-16 to 2024-10-15)\n"),
            std::string::npos)
      << r.out;
}

TEST_F(StatsCommand, ErrorsAndExitCodes) {
  write_journal(kSmallYear);
  RunResult r = stats({"--year", "twenty"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "footprint: error: --year: \"twenty\" is not a year (expected 1 to 9999, as in "
            "2024)\n");
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(stats({"--year", "0"}).exit_code, 2);
  EXPECT_EQ(stats({"--year", "2024.5"}).exit_code, 2);
  r = stats({"--year", "2024", "--from", "2024-01"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--year excludes --from"), std::string::npos) << r.err;
  r = stats({"--from", "2024-13"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "footprint: error: --from: invalid date \"2024-13\": the month must be 01 to 12\n");
  r = stats({"--from", "2024-06", "--to", "2024-01"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "footprint: error: --to 2024-01 is before --from 2024-06\n");
  EXPECT_EQ(stats({"--frobnicate"}).exit_code, 2);
  std::filesystem::remove(journal());
  r = stats({"--year", "2024"});
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_EQ(r.out, "");
  write_journal(R"({"type": "FeatureCollection", "features": [{"type": "Feature"}]})");
  EXPECT_EQ(stats({}).exit_code, 1);
}

TEST_F(StatsCommand, LongListsAreCutInTextButNotInJson) {
  nlohmann::json j = nlohmann::json::parse(without_home(kSmallYear));
  j["features"] = nlohmann::json::array();
  for (int i = 1; i <= 35; ++i) {
    j["features"].push_back({{"type", "Feature"},
                             {"id", "e" + std::to_string(i)},
                             {"geometry", {{"type", "Point"}, {"coordinates", {i, 0}}}},
                             {"properties",
                              {{"place", "P" + std::to_string(i)},
                               {"country", "C" + std::to_string(i)},
                               {"date", "2024-01-15"}}}});
  }
  write_journal(j.dump());
  RunResult r = stats({});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(", C30, … and 5 more\n"), std::string::npos) << r.out;
  r = stats({"--json"});
  EXPECT_EQ(nlohmann::json::parse(r.out)["countries"].size(), 35u);
}

// The figures README.md gives for the sample year.
TEST_F(StatsCommand, TheSampleYear) {
  std::filesystem::copy_file(std::string(FOOTPRINT_SOURCE_DIR) + "/samples/2024.geojson",
                             journal());
  const RunResult r = stats({"--year", "2024", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["visited"], 24);
  EXPECT_EQ(j["planned"], 1);
  EXPECT_EQ(j["cancelled"], 1);
  EXPECT_EQ(j["distinct_places"], 13);
  EXPECT_EQ(j["countries"].size(), 2u);
  EXPECT_EQ(j["regions"].size(), 4u);
  EXPECT_EQ(j["distance_km"], 18623.1);
  EXPECT_EQ(j["days_away"], 128);
  EXPECT_EQ(j["nights_by_country"][0],
            nlohmann::json::parse(R"({"name": "United States", "days": 117, "nights": 114})"));
  EXPECT_EQ(j["furthest"]["place"], "Amherst");
  EXPECT_EQ(j["longest_stay"]["days"], 96);
  EXPECT_EQ(j["busiest_month"], "2024-06");
}

}  // namespace
}  // namespace footprint::test
