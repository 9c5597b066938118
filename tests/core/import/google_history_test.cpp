#include "core/import/google_history.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cmath>
#include <string>
#include <vector>

#include "../temp_dir.hpp"
#include "core/error.hpp"
#include "core/travel_legs.hpp"
#include "history_files.hpp"

namespace footprint::core::import {
namespace {

namespace fs = std::filesystem;
namespace h = test::history;

class History : public ::testing::Test {
 protected:
  fs::path write(const std::string& name, const std::string& text) {
    fs::path p = dir / name;
    test::write_file(p, text);
    return p;
  }
  fs::path write(const std::string& name, const char* text) {
    return write(name, std::string(text));
  }
  fs::path write(const std::string& name, const h::Json& json) { return write(name, json.dump(2)); }

  test::TempDir dir;
};

std::string problem_text(const ImportProblem& p) {
  return fs::path(p.file).filename().string() + ": " + p.where + ": " + p.message;
}

using Skipped = std::vector<std::pair<std::string, std::size_t>>;

TEST_F(History, SemanticLocationHistoryVisits) {
  const auto file = write(
      "2024_OCTOBER.json",
      h::semantic_location_history(
          {h::place_visit(51.1784, -115.5708, "Banff Upper Hot Springs", "1 Mountain Ave, Banff",
                          "2024-10-12T16:05:00.123Z", "2024-10-12T18:35:10Z"),
           h::activity_segment({51.1784, -115.5708}, {51.0447, -114.0719}, {{51.1, -115.0}},
                               "2024-10-12T18:40:00Z", "2024-10-12T20:10:00Z"),
           h::place_visit(51.0447, -114.0719, "Gas station", "Calgary", "2024-10-12T20:10:00Z",
                          "2024-10-12T20:20:00Z"),  // 10 minutes
           h::place_visit(53.5461, -113.4938, "Home", "Edmonton", "2024-10-12T23:00:00Z",
                          "2024-10-13T08:00:00Z", "TYPE_HOME"),
           h::place_visit(53.5500, -113.5000, "Neighbour", "Edmonton", "2024-10-13T09:00:00Z",
                          "2024-10-13T11:00:00Z"),  // 460 m from home
           h::place_visit(35.6762, 139.6503, "東京タワー", "東京都港区", "2024-10-20T01:00:00Z",
                          "2024-10-21T02:00:00Z")}));
  HistoryOptions options;
  options.home = LonLat{-113.4938, 53.5461};
  const ImportBatch batch = read_google_history(file, options);
  EXPECT_TRUE(batch.problems.empty());
  ASSERT_EQ(batch.items.size(), 2u);
  const Entry& banff = batch.items[0].entry;
  EXPECT_EQ(banff.title, "Banff Upper Hot Springs");
  EXPECT_EQ(banff.notes, "1 Mountain Ave, Banff");
  EXPECT_EQ(banff.coordinates, (std::vector<LonLat>{{-115.5708, 51.1784}}));
  EXPECT_EQ(banff.date->text(), "2024-10-12T16:05:00Z");
  EXPECT_EQ(banff.end->text(), "2024-10-12T18:35:10Z");
  EXPECT_EQ(batch.items[0].origin, "2024_OCTOBER.json: /timelineObjects/0 (placeVisit)");
  EXPECT_EQ(batch.items[1].entry.title, "東京タワー");
  EXPECT_EQ(batch.items[1].entry.end->text(), "2024-10-21T02:00:00Z");
  EXPECT_EQ(batch.skipped, (Skipped{{"visits shorter than 15 minutes (--min-stay)", 1},
                                    {"visits at home (--include-home)", 2},
                                    {"journeys (--tracks imports them as tracks)", 1}}));
}

TEST_F(History, HomeAndShortVisitsOnRequest) {
  const auto file = write(
      "h.json", h::semantic_location_history(
                    {h::place_visit(53.5461, -113.4938, "Home", "Edmonton", "2024-10-12T23:00:00Z",
                                    "2024-10-13T08:00:00Z", "TYPE_HOME"),
                     h::place_visit(51.0447, -114.0719, "Gas station", "Calgary",
                                    "2024-10-12T20:10:00Z", "2024-10-12T20:20:00Z")}));
  HistoryOptions options;
  options.include_home = true;
  options.min_stay_minutes = 5;
  const ImportBatch batch = read_google_history(file, options);
  EXPECT_EQ(batch.items.size(), 2u);
  EXPECT_TRUE(batch.skipped.empty());
}

TEST_F(History, ActivitySegmentsBecomeTracksWhenAsked) {
  const auto file =
      write("tracks.json",
            h::semantic_location_history(
                {h::activity_segment({51.1784, -115.5708}, {51.0447, -114.0719},
                                     {{51.15, -115.2}, {51.1, -114.8}}, "2024-10-12T18:40:00Z",
                                     "2024-10-12T20:10:00Z"),
                 h::activity_segment({51.0, -114.0}, {51.0, -114.001}, {}, "2024-10-13T18:40:00Z",
                                     "2024-10-13T18:45:00Z", "WALKING")}));
  HistoryOptions options;
  options.tracks = true;
  const ImportBatch batch = read_google_history(file, options);
  EXPECT_TRUE(batch.problems.empty());
  ASSERT_EQ(batch.items.size(), 2u);
  const Entry& drive = batch.items[0].entry;
  EXPECT_EQ(drive.title, "In passenger vehicle");
  EXPECT_EQ(drive.coordinates,
            (std::vector<LonLat>{
                {-115.5708, 51.1784}, {-115.2, 51.15}, {-114.8, 51.1}, {-114.0719, 51.0447}}));
  EXPECT_EQ(drive.date->text(), "2024-10-12T18:40:00Z");
  EXPECT_EQ(drive.end->text(), "2024-10-12T20:10:00Z");
  EXPECT_EQ(batch.items[1].entry.title, "Walking");
  EXPECT_EQ(batch.items[1].entry.coordinates.size(), 2u);
  EXPECT_TRUE(batch.skipped.empty());
}

// A journey is stored as GPX tracks are: simplified to kTrackToleranceM, its length measured on
// every point. Here a drive of 2,000 waypoints that wobble 1 m either side of the road.
TEST_F(History, LongJourneysAreSimplifiedAndMeasuredOnEveryPoint) {
  std::vector<std::pair<double, double>> wobble;
  std::vector<LonLat> full{{-115.5708, 51.1784}};
  for (int i = 1; i <= 2000; ++i) {
    const double lat = 51.1784 + i * 0.0001 + (i % 2 == 0 ? 0.000009 : -0.000009);
    wobble.emplace_back(lat, -115.5708 + i * 0.0001);
    full.push_back({-115.5708 + i * 0.0001, std::round(lat * 1e7) / 1e7});
  }
  full.push_back({-115.3, 51.4});
  const auto file = write("drive.json", h::semantic_location_history({h::activity_segment(
                                            {51.1784, -115.5708}, {51.4, -115.3}, wobble,
                                            "2024-10-12T18:40:00Z", "2024-10-12T20:10:00Z")}));
  HistoryOptions options;
  options.tracks = true;
  const ImportBatch batch = read_google_history(file, options);
  ASSERT_EQ(batch.items.size(), 1u);
  const ImportItem& drive = batch.items[0];
  Entry all;
  all.coordinates = full;
  EXPECT_LT(drive.entry.coordinates.size(), 10u) << "a straight road with 1 m of noise";
  EXPECT_EQ(drive.entry.coordinates.front(), full.front());
  EXPECT_EQ(drive.entry.coordinates.back(), full.back());
  EXPECT_NEAR(drive.length_km, track_length_km(all), 1e-9);
  EXPECT_GT(drive.length_km, track_length_km(drive.entry) + 0.001) << "the wobble counts";
}

// Files written before 2022 give times as milliseconds since 1970.
TEST_F(History, OlderFilesWithMillisecondTimestamps) {
  h::Json visit = h::place_visit(48.2082, 16.3738, "Stephansdom", "Vienna", "", "");
  visit["placeVisit"]["duration"] = {{"startTimestampMs", "1546336800000"},
                                     {"endTimestampMs", "1546344000500"}};
  const auto file = write("2019_JANUARY.json", h::semantic_location_history({visit}));
  const ImportBatch batch = read_google_history(file, {});
  ASSERT_EQ(batch.items.size(), 1u);
  EXPECT_EQ(batch.items[0].entry.date->text(), "2019-01-01T10:00:00Z");
  EXPECT_EQ(batch.items[0].entry.end->text(), "2019-01-01T12:00:00Z");
}

TEST_F(History, AndroidTimelineExport) {
  const auto file =
      write("Timeline.json",
            h::android_timeline(
                {h::android_visit(48.1374, 11.5755, "2024-01-01T10:00:00.000+01:00",
                                  "2024-01-01T12:30:00.000+01:00"),
                 h::android_visit(48.1380, 11.5760, "2024-01-01T10:30:00.000+01:00",
                                  "2024-01-01T11:30:00.000+01:00", "UNKNOWN", 1),
                 h::android_activity(48.1374, 11.5755, "2024-01-01T12:30:00.000+01:00",
                                     "2024-01-01T13:00:00.000+01:00"),
                 h::android_path({{48.1374, 11.5755}, {48.2, 11.6}, {48.3, 11.7}},
                                 "2024-01-01T12:30:00.000+01:00", "2024-01-01T13:00:00.000+01:00"),
                 h::android_visit(48.3, 11.7, "2024-01-01T13:00:00.000+01:00",
                                  "2024-01-01T20:00:00.000+01:00", "INFERRED_HOME")}));
  HistoryOptions options;
  options.tracks = true;
  const ImportBatch batch = read_google_history(file, options);
  EXPECT_TRUE(batch.problems.empty());
  ASSERT_EQ(batch.items.size(), 2u);
  const Entry& visit = batch.items[0].entry;
  EXPECT_EQ(visit.coordinates, (std::vector<LonLat>{{11.5755, 48.1374}}));
  EXPECT_EQ(visit.date->text(), "2024-01-01T10:00:00+01:00");
  EXPECT_EQ(visit.end->text(), "2024-01-01T12:30:00+01:00");
  EXPECT_EQ(visit.title, "");
  EXPECT_EQ(batch.items[0].origin, "Timeline.json: /semanticSegments/0 (visit)");
  const Entry& path = batch.items[1].entry;
  EXPECT_EQ(path.coordinates,
            (std::vector<LonLat>{{11.5755, 48.1374}, {11.6, 48.2}, {11.7, 48.3}}));
  EXPECT_EQ(batch.items[1].origin, "Timeline.json: /semanticSegments/3 (timelinePath)");
  EXPECT_EQ(batch.skipped, (Skipped{{"visits at home (--include-home)", 1},
                                    {"visits inside another visit (hierarchyLevel above 0)", 1}}));
}

// A stay's length is measured between instants: 01:50 CET to 03:00 CEST on the night clocks
// go forward is 10 minutes, not 70.
TEST_F(History, StaysAreMeasuredInRealTime) {
  const auto file =
      write("dst.json",
            h::android_timeline({h::android_visit(48.1374, 11.5755, "2024-03-31T01:50:00+01:00",
                                                  "2024-03-31T03:00:00+02:00")}));
  const ImportBatch batch = read_google_history(file, {});
  EXPECT_TRUE(batch.items.empty());
  EXPECT_EQ(batch.skipped, (Skipped{{"visits shorter than 15 minutes (--min-stay)", 1}}));
}

TEST_F(History, IosTimelineExport) {
  const auto file =
      write("location-history.json",
            h::Json::array(
                {h::ios_visit(-33.8568, 151.2153, "2024-02-03T09:00:00.000+11:00",
                              "2024-02-03T11:00:00.000+11:00"),
                 h::ios_path({{-33.8568, 151.2153}, {-33.87, 151.21}},
                             "2024-02-03T11:00:00.000+11:00", "2024-02-03T11:30:00.000+11:00")}));
  const ImportBatch batch = read_google_history(file, {});
  EXPECT_TRUE(batch.problems.empty());
  ASSERT_EQ(batch.items.size(), 1u);
  EXPECT_EQ(batch.items[0].entry.coordinates, (std::vector<LonLat>{{151.2153, -33.8568}}));
  EXPECT_EQ(batch.items[0].entry.date->text(), "2024-02-03T09:00:00+11:00");
  EXPECT_EQ(batch.items[0].origin, "location-history.json: /0 (visit)");
  EXPECT_EQ(batch.skipped, (Skipped{{"journeys (--tracks imports them as tracks)", 1}}));
}

// A bad value spoils its own segment only: the problem names the line and column where the
// segment starts, its JSON pointer and the field.
TEST_F(History, BadValuesAreProblemsOfTheirSegment) {
  h::Json text_e7 = h::place_visit(1, 2, "A", "", "2024-01-01T10:00:00Z", "2024-01-01T12:00:00Z");
  text_e7["placeVisit"]["location"]["latitudeE7"] = "12";
  h::Json bad_time = h::place_visit(1, 2, "B", "", "yesterday", "2024-01-01T12:00:00Z");
  h::Json backwards = h::place_visit(1, 2, "C", "", "2024-01-01T12:00:00Z", "2024-01-01T10:00:00Z");
  h::Json off_globe = h::place_visit(1, 2, "D", "", "2024-01-01T10:00:00Z", "2024-01-01T12:00:00Z");
  off_globe["placeVisit"]["location"]["latitudeE7"] = 950000000;
  h::Json no_place = h::android_visit(1, 2, "2024-01-01T10:00:00Z", "2024-01-01T12:00:00Z");
  no_place["visit"]["topCandidate"]["placeLocation"]["latLng"] = "somewhere";
  const std::string objects =
      "[" + text_e7.dump() + ",\n" + bad_time.dump() + ",\n" + backwards.dump() + ",\n" +
      off_globe.dump() + ",\n" +
      h::place_visit(5, 6, "Good", "", "2024-01-01T10:00:00Z", "2024-01-01T12:00:00Z").dump() + "]";
  const auto file = write("bad.json", "{\"timelineObjects\": " + objects + "}");
  const ImportBatch batch = read_google_history(file, {});
  ASSERT_EQ(batch.items.size(), 1u);
  EXPECT_EQ(batch.items[0].entry.title, "Good");
  ASSERT_EQ(batch.problems.size(), 4u);
  EXPECT_EQ(problem_text(batch.problems[0]),
            "bad.json: line 1, column 22: /timelineObjects/0 (placeVisit): location.latitudeE7 is "
            "not a number");
  EXPECT_EQ(problem_text(batch.problems[1]),
            "bad.json: line 2, column 1: /timelineObjects/1 (placeVisit): "
            "duration.startTimestamp \"yesterday\" is not a timestamp");
  EXPECT_EQ(problem_text(batch.problems[2]),
            "bad.json: line 3, column 1: /timelineObjects/2 (placeVisit): duration.endTimestamp "
            "2024-01-01T10:00:00Z is before duration.startTimestamp 2024-01-01T12:00:00Z");
  EXPECT_EQ(problem_text(batch.problems[3]),
            "bad.json: line 4, column 1: /timelineObjects/3 (placeVisit): location (95.000000, "
            "2.000000) is off the globe");

  const auto device = write("device.json", h::android_timeline({no_place}).dump());
  const ImportBatch device_batch = read_google_history(device, {});
  ASSERT_EQ(device_batch.problems.size(), 1u);
  EXPECT_EQ(problem_text(device_batch.problems[0]),
            "device.json: line 1, column 22: /semanticSegments/0 (visit): "
            "visit.topCandidate.placeLocation \"somewhere\" is not a position");
}

// A time written as an object or an array is said to be one, not missing.
TEST_F(History, TimesOfTheWrongTypeAreNamed) {
  h::Json visit = h::place_visit(5, 6, "V", "", "", "2024-01-01T12:00:00Z");
  visit["placeVisit"]["duration"]["startTimestamp"] = {{"seconds", 1}};
  const auto slh = write("slh.json", h::semantic_location_history({visit}));
  ImportBatch batch = read_google_history(slh, {});
  ASSERT_EQ(batch.problems.size(), 1u);
  EXPECT_EQ(batch.problems[0].message,
            "/timelineObjects/0 (placeVisit): duration.startTimestamp is an object, not a "
            "timestamp");
  h::Json path = h::android_path({{48.1, 11.5}, {48.2, 11.6}}, "2024-01-01T12:30:00.000+01:00",
                                 "2024-01-01T13:00:00.000+01:00");
  path["endTime"] = h::Json::array({1});
  const auto device = write("device.json", h::android_timeline({path}));
  HistoryOptions options;
  options.tracks = true;
  batch = read_google_history(device, options);
  ASSERT_EQ(batch.problems.size(), 1u);
  EXPECT_EQ(batch.problems[0].message,
            "/semanticSegments/0 (timelinePath): endTime is an array, not a timestamp");
}

TEST_F(History, MalformedAndTruncatedFilesGiveLineAndColumn) {
  const std::string good =
      h::semantic_location_history({h::place_visit(51.1784, -115.5708, "Banff", "",
                                                   "2024-10-12T16:05:00Z", "2024-10-12T18:35:10Z"),
                                    h::place_visit(51.0447, -114.0719, "Calgary", "",
                                                   "2024-10-13T16:05:00Z", "2024-10-13T18:35:10Z")})
          .dump(2);
  // Cut in the middle of the second visit (after `"name": "`, the 19th character of line 61):
  // the first is kept.
  const auto truncated = write("truncated.json", good.substr(0, good.find("Calgary")));
  const ImportBatch cut = read_google_history(truncated, {});
  ASSERT_EQ(cut.items.size(), 1u);
  EXPECT_EQ(cut.items[0].entry.title, "Banff");
  ASSERT_EQ(cut.problems.size(), 1u);
  EXPECT_EQ(problem_text(cut.problems[0]),
            "truncated.json: line 61, column 19: syntax error while parsing value - invalid "
            "string: missing closing quote; last read: '\"'");

  const auto comma = write("comma.json", "{\"timelineObjects\": [\n  {\"placeVisit\": {}},\n]}");
  EXPECT_EQ(problem_text(read_google_history(comma, {}).problems.back()),
            "comma.json: line 3, column 1: syntax error while parsing value - unexpected ']'; "
            "expected '[', '{', or a literal");
  // Columns count characters, not bytes: 東 and 京 are three bytes each.
  const auto wide = write("wide.json", "{\"timelineObjects\": [\"東京\", ]}");
  EXPECT_EQ(problem_text(read_google_history(wide, {}).problems.back()),
            "wide.json: line 1, column 28: syntax error while parsing value - unexpected ']'; "
            "expected '[', '{', or a literal");
  const auto empty = write("empty.json", "");
  EXPECT_EQ(problem_text(read_google_history(empty, {}).problems.at(0)),
            "empty.json: line 1, column 1: syntax error while parsing value - unexpected end of "
            "input; expected '[', '{', or a literal");
  const auto other = write("other.json", R"({"type": "FeatureCollection", "features": []})");
  EXPECT_EQ(problem_text(read_google_history(other, {}).problems.at(0)),
            "other.json: : not a Google location history file: it has no \"timelineObjects\" or "
            "\"semanticSegments\" array and is not an array of Timeline segments");
  const auto deep = write("deep.json", std::string(100, '[') + std::string(100, ']'));
  EXPECT_EQ(problem_text(read_google_history(deep, {}).problems.at(0)),
            "deep.json: line 1, column 65: nesting deeper than 64 levels; this is not a location "
            "history file");
  EXPECT_THROW(read_google_history(dir / "missing.json", {}), IoError);
  EXPECT_THROW(read_google_history(dir.path(), {}), IoError);
  ASSERT_EQ(::mkfifo((dir / "fifo.json").c_str(), 0600), 0);
  try {
    read_google_history(dir / "fifo.json", {});
    ADD_FAILURE() << "a FIFO was read";
  } catch (const IoError& e) {
    EXPECT_EQ(std::string(e.what()),
              "cannot read " + (dir / "fifo.json").string() + ": not a regular file");
  }
}

TEST_F(History, ProgressCountsBytes) {
  std::vector<h::Json> visits;
  visits.reserve(2000);
  for (int i = 0; i < 2000; ++i) {
    visits.push_back(h::place_visit(10 + i * 0.001, 20, "P" + std::to_string(i), "",
                                    "2024-01-01T10:00:00Z", "2024-01-01T12:00:00Z"));
  }
  const auto file = write("big.json", h::semantic_location_history(visits));
  std::vector<std::uint64_t> done;
  HistoryOptions options;
  options.progress = [&](std::uint64_t bytes, std::uint64_t total) {
    EXPECT_EQ(total, fs::file_size(file));
    done.push_back(bytes);
  };
  EXPECT_EQ(read_google_history(file, options).items.size(), 2000u);
  ASSERT_GT(done.size(), 10u);
  EXPECT_TRUE(std::is_sorted(done.begin(), done.end()));
  EXPECT_EQ(done.back(), fs::file_size(file));
}

TEST_F(History, RecognizedByTheirFirstBytes) {
  EXPECT_TRUE(looks_like_google_history(write("a.json", h::semantic_location_history({}).dump(2))));
  EXPECT_TRUE(looks_like_google_history(write("b.json", h::android_timeline({}).dump())));
  EXPECT_TRUE(looks_like_google_history(write(
      "c.json", h::Json::array({h::ios_visit(1, 2, "2024-01-01T10:00:00Z", "2024-01-01T12:00:00Z")})
                    .dump())));
  EXPECT_FALSE(looks_like_google_history(
      write("d.json", R"({"type": "FeatureCollection", "features": []})")));
  EXPECT_FALSE(looks_like_google_history(write("e.json", "[1, 2, 3]")));
  EXPECT_FALSE(looks_like_google_history(write("f.gpx", "<?xml version=\"1.0\"?><gpx/>")));
  EXPECT_FALSE(looks_like_google_history(write("g.json", "")));
  EXPECT_FALSE(looks_like_google_history(dir / "missing.json"));
}

}  // namespace
}  // namespace footprint::core::import
