// footprint export through the real binary: each format read back by footprint import (the
// round trip) and by GDAL's own tools, and files written whole or not at all.
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "../core/temp_dir.hpp"
#include "run_footprint.hpp"

namespace footprint::test {
namespace {

namespace fs = std::filesystem;

// Every kind of value an entry holds: scripts, a month, a time with an offset, a range, a track
// across the antimeridian, notes on two lines, tags, trips, statuses, an entry without a title.
const char* kJournal = R"({
  "type": "FeatureCollection",
  "footprint": {"version": 1, "home": {"place": "Edmonton", "coordinates": [-113.5, 53.5333]}},
  "features": [
    {"type": "Feature", "id": "2024-09-sf", "geometry": {"type": "Point", "coordinates": [-122.4194155, 37.7749295]},
     "properties": {"title": "旧金山 San Francisco", "place": "San Francisco", "region": "California",
                    "country": "United States", "date": "2024-09", "tags": ["work", "city"],
                    "trip": "bay-area-2024", "status": "visited"}},
    {"type": "Feature", "id": "2024-10-12-banff", "geometry": {"type": "Point", "coordinates": [-115.5708, 51.1784]},
     "properties": {"title": "Пещера «Cave» & <Basin>", "place": "Banff", "date": "2024-10-12",
                    "end": "2024-10-15", "notes": "line one\nline two", "tags": ["nature"],
                    "trip": "banff-2024"}},
    {"type": "Feature", "id": "2024-11-02-suva", "geometry": {"type": "LineString",
       "coordinates": [[178.4419, -18.1416], [-179.9, -17.5], [-171.7513, -13.8333]]},
     "properties": {"title": "Suva → Apia", "date": "2024-11-02T09:15+12:00", "end": "2024-11-02T13:40+13:00",
                    "tags": ["flight"]}},
    {"type": "Feature", "id": "2025-04-vienna", "geometry": {"type": "Point", "coordinates": [16.3738, 48.2082]},
     "properties": {"place": "Vienna", "country": "Austria", "date": "2025-04-24", "status": "cancelled"}}
  ]
})";

class Export : public ::testing::Test {
 protected:
  void SetUp() override { write_file(journal(), kJournal); }
  RunResult run(const std::vector<std::string>& args, const fs::path& j) {
    return run_footprint(args, j, scratch_.path());
  }
  fs::path journal() const { return dir_ / "journal.geojson"; }
  static nlohmann::json features(const fs::path& j) {
    return nlohmann::json::parse(read_file(j))["features"];
  }
  // Exports to `name`, imports it into a new journal, and compares entry by entry.
  void round_trip(const std::string& name, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"export", "-o", (dir_ / name).string()};
    args.insert(args.end(), extra.begin(), extra.end());
    RunResult r = run(args, journal());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "footprint: wrote 4 entries to " + (dir_ / name).string() + "\n");
    const fs::path back = dir_ / "back.geojson";
    r = run({"import", "-q", (dir_ / name).string()}, back);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto want = features(journal());
    auto got = features(back);
    ASSERT_EQ(got.size(), want.size()) << name;
    for (const auto& w : want) {
      // Imported in date order, as the journal keeps them; find it by title or place.
      const auto it = std::find_if(got.begin(), got.end(), [&](const nlohmann::json& g) {
        return g["properties"].value("title", "") == w["properties"].value("title", "") &&
               g["properties"].value("date", "") == w["properties"].value("date", "");
      });
      ASSERT_NE(it, got.end()) << name << ": " << w.dump();
      const auto& g = *it;
      EXPECT_EQ(g["geometry"]["type"], w["geometry"]["type"]) << name;
      auto flat = [](const nlohmann::json& geometry) {
        std::vector<double> out;
        if (geometry["type"] == "Point") return geometry["coordinates"].get<std::vector<double>>();
        for (const auto& p : geometry["coordinates"]) {
          out.push_back(p[0]);
          out.push_back(p[1]);
        }
        return out;
      };
      const auto wc = flat(w["geometry"]), gc = flat(g["geometry"]);
      ASSERT_EQ(gc.size(), wc.size()) << name;
      for (std::size_t k = 0; k < wc.size(); ++k) EXPECT_NEAR(gc[k], wc[k], 1e-6) << name;
      for (const char* key : {"title", "date", "end", "notes", "trip"}) {
        EXPECT_EQ(g["properties"].value(key, ""), w["properties"].value(key, ""))
            << name << ": " << key;
      }
      // What the journal left out, import fills from the offline data.
      for (const char* key : {"place", "region", "country"}) {
        if (w["properties"].contains(key)) {
          EXPECT_EQ(g["properties"].value(key, ""), w["properties"][key]) << name << ": " << key;
        }
      }
      EXPECT_EQ(g["properties"].value("tags", nlohmann::json::array()),
                w["properties"].value("tags", nlohmann::json::array()))
          << name;
      EXPECT_EQ(g["properties"].value("status", "visited"),
                w["properties"].value("status", "visited"))
          << name;
    }
    // And again: nothing new.
    r = run({"import", "-q", (dir_ / name).string()}, back);
    EXPECT_EQ(r.err, "footprint: nothing new to import: 4 entries are already in the journal\n")
        << name;
  }
  TempDir dir_, scratch_;
};

TEST_F(Export, GeoJsonRoundTrip) {
  round_trip("out.geojson");
}
TEST_F(Export, GpxRoundTrip) {
  round_trip("out.gpx");
}
TEST_F(Export, KmlRoundTrip) {
  round_trip("out.kml");
}
TEST_F(Export, CsvRoundTrip) {
  round_trip("out.csv");
}
TEST_F(Export, GeoPackageRoundTrip) {
  round_trip("out.gpkg");
}
TEST_F(Export, FormatByOption) {
  round_trip("entries.txt", {"--format", "csv"});
}

TEST_F(Export, GeoJsonIsAPlainFeatureCollection) {
  ASSERT_EQ(run({"export", "-o", (dir_ / "o.geojson").string()}, journal()).exit_code, 0);
  const auto doc = nlohmann::json::parse(read_file(dir_ / "o.geojson"));
  EXPECT_EQ(doc["type"], "FeatureCollection");
  EXPECT_FALSE(doc.contains("footprint"));
  EXPECT_FALSE(doc.contains("crs"));
  EXPECT_EQ(doc["features"][0]["id"], "2024-09-sf");
  EXPECT_EQ(doc["features"][0]["properties"]["tags"], nlohmann::json::parse(R"(["work","city"])"));
}

TEST_F(Export, GpxAndKmlAreWhatOtherProgramsRead) {
  ASSERT_EQ(run({"export", "-o", (dir_ / "o.gpx").string()}, journal()).exit_code, 0);
  ASSERT_EQ(run({"export", "-o", (dir_ / "o.kml").string(), "--year", "2024"}, journal()).exit_code,
            0);
  // gpsbabel reads both back: 3 waypoints and 1 track; 3 placemarks and a track in 2024.
  const std::string list = "cd '" + dir_.path().string() + "' && ";
  ASSERT_EQ(std::system((list + "gpsbabel -i gpx -f o.gpx -o unicsv -F wpts.csv").c_str()), 0);
  EXPECT_NE(read_file(dir_ / "wpts.csv").find("旧金山 San Francisco"), std::string::npos);
  const std::string kml = read_file(dir_ / "o.kml");
  EXPECT_NE(kml.find("<Folder"), std::string::npos);
  EXPECT_NE(kml.find("<name>banff-2024</name>"), std::string::npos);
  EXPECT_NE(kml.find("<Style id=\"visited\">"), std::string::npos) << kml.substr(0, 2000);
  EXPECT_NE(kml.find("<styleUrl>#visited</styleUrl>"), std::string::npos);
  EXPECT_EQ(kml.find("Vienna"), std::string::npos) << "--year 2024 leaves 2025 out";
}

TEST_F(Export, NothingIsLeftWhenTheFileCannotBeWritten) {
  RunResult r = run({"export", "-o", (dir_ / "missing" / "o.gpx").string()}, journal());
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_EQ(r.err, "footprint: error: cannot write " + (dir_ / "missing" / "o.gpx").string() +
                       ": the folder " + (dir_ / "missing").string() + " does not exist\n");
  r = run({"export", "-o", (dir_ / "o.shp").string()}, journal());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "footprint: error: cannot tell the format of " + (dir_ / "o.shp").string() +
                       " from its extension; say it with --format geojson|gpx|kml|csv|gpkg\n");
  r = run({"export", "-o", (dir_ / "o.gpx").string(), "--format", "shp"}, journal());
  EXPECT_EQ(r.exit_code, 2);
  // An existing output is replaced whole: the old bytes until the rename.
  write_file(dir_ / "o.csv", "old");
  ASSERT_EQ(run({"export", "-o", (dir_ / "o.csv").string()}, journal()).exit_code, 0);
  EXPECT_EQ(read_file(dir_ / "o.csv").rfind("id,lat,lon,wkt,title,", 0), 0u);
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir_.path())) {
    if (e.is_regular_file()) ++files;
  }
  EXPECT_EQ(files, 2u) << "the journal and o.csv: no temporary file left";
}

}  // namespace
}  // namespace footprint::test
