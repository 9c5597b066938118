#include "core/import/feature_mapper.hpp"

#include <gtest/gtest.h>

namespace footprint::core::import {
namespace {

OgrFeature feature(const char* layer, std::size_t number, std::vector<OgrField> fields,
                   GeometryKind kind = GeometryKind::none,
                   std::vector<std::vector<LonLat>> parts = {}) {
  OgrFeature f;
  f.layer = layer;
  f.number = number;
  f.fid = static_cast<std::int64_t>(number) - 1;
  f.fields = std::move(fields);
  f.geometry = kind;
  f.parts = std::move(parts);
  return f;
}

std::string problems_of(const ImportBatch& batch) {
  std::string out;
  for (const auto& p : batch.problems) out += p.file + ": " + p.where + ": " + p.message + "\n";
  return out;
}

TEST(FeatureMapper, GpxWaypointsTracksAndTheirTimes) {
  FeatureMapper m(VectorFormat::gpx, "walk.gpx");
  m.feature(
      feature("waypoints", 1,
              {{"time", "2024-10-12T10:00:00Z", true}, {"name", "Cave 洞穴"}, {"desc", "nice"}},
              GeometryKind::point, {{{-115.5708, 51.1784}}}));
  // A track of 3 points in two segments, on a straight meridian: the middle point goes.
  m.feature(feature("tracks", 1, {{"name", "Hike"}}, GeometryKind::line,
                    {{{-115.57, 51.17}, {-115.57, 51.175}}, {{-115.57, 51.18}}}));
  m.feature(feature("track_points", 1, {{"track_fid", "0"}, {"time", "2024-10-13T08:00:00Z"}}));
  m.feature(feature("track_points", 2, {{"track_fid", "0"}}));
  m.feature(
      feature("track_points", 3, {{"track_fid", "0"}, {"time", "2024-10-14T10:00:00-06:00"}}));
  const ImportBatch batch = m.finish();
  EXPECT_EQ(problems_of(batch), "");
  ASSERT_EQ(batch.items.size(), 2u);
  const Entry& wpt = batch.items[0].entry;
  EXPECT_EQ(wpt.title, "Cave 洞穴");
  EXPECT_EQ(wpt.notes, "nice");
  EXPECT_EQ(wpt.date->text(), "2024-10-12T10:00:00Z");
  EXPECT_EQ(batch.items[0].origin, "walk.gpx: waypoint 1");
  const ImportItem& track = batch.items[1];
  EXPECT_EQ(track.origin, "walk.gpx: track 1");
  EXPECT_EQ(track.entry.title, "Hike");
  EXPECT_EQ(track.entry.date->text(), "2024-10-13T08:00:00Z");
  EXPECT_EQ(track.entry.end->text(), "2024-10-14T10:00:00-06:00");
  EXPECT_EQ(track.entry.coordinates, (std::vector<LonLat>{{-115.57, 51.17}, {-115.57, 51.18}}));
  EXPECT_NEAR(track.length_km, 1.112, 0.001);  // measured before the middle point was dropped
}

TEST(FeatureMapper, GpxRoutesAreDatedByTheirPoints) {
  FeatureMapper m(VectorFormat::gpx, "r.gpx");
  m.feature(feature("routes", 1, {{"name", "Ferry"}}, GeometryKind::line, {{{1, 2}, {1.5, 2.5}}}));
  m.feature(feature("route_points", 1, {{"route_fid", "0"}, {"time", "2024-06-01T09:00:00Z"}}));
  m.feature(feature("route_points", 2, {{"route_fid", "0"}, {"time", "2024-06-03T09:00:00Z"}}));
  const ImportBatch batch = m.finish();
  ASSERT_EQ(batch.items.size(), 1u);
  EXPECT_EQ(batch.items[0].origin, "r.gpx: route 1");
  EXPECT_EQ(batch.items[0].entry.date->text(), "2024-06-01T09:00:00Z");
  EXPECT_EQ(batch.items[0].entry.end->text(), "2024-06-03T09:00:00Z");
}

TEST(FeatureMapper, FootprintsOwnExtensionsWinOverGpxTimes) {
  FeatureMapper m(VectorFormat::gpx, "j.gpx");
  m.feature(
      feature("tracks", 1,
              {{"name", "Hike"}, {"ogr_date", "2024-10"}, {"ogr_title", ""}, {"ogr_tags", "a, b"}},
              GeometryKind::line, {{{1, 2}, {1.1, 2.1}}}));
  m.feature(feature("track_points", 1, {{"track_fid", "0"}, {"time", "2024-10-13T08:00:00Z"}}));
  const ImportBatch batch = m.finish();
  ASSERT_EQ(batch.items.size(), 1u);
  EXPECT_EQ(batch.items[0].entry.date->text(), "2024-10");
  EXPECT_EQ(batch.items[0].entry.title, "");
  EXPECT_EQ(batch.items[0].entry.tags, (std::vector<std::string>{"a", "b"}));
}

TEST(FeatureMapper, CsvRowsWithTheirProblems) {
  FeatureMapper m(VectorFormat::csv, "places.csv");
  m.feature(feature("places", 1,
                    {{"Name", "Caf\xE9"},
                     {"Lat", "47.37"},
                     {"Lon", "8.54"},
                     {"Date", "2024/05/01"},
                     {"Tags", "food; coffee"}}));
  m.feature(feature("places", 2, {{"Name", "Bad"}, {"Lat", "abc"}, {"Lon", "8.54"}}));
  m.feature(feature("places", 3, {{"Name", "Far"}, {"Lat", "95"}, {"Lon", "8.54"}}));
  m.feature(
      feature("places", 4, {{"Name", "When"}, {"Lat", "1"}, {"Lon", "2"}, {"Date", "05/01/2024"}}));
  OgrFeature polygon =
      feature("places", 5, {{"Name", "Shape"}, {"WKT", "POLYGON ((0 0,1 0,1 1,0 0))"}},
              GeometryKind::other);
  polygon.geometry_name = "Polygon";
  m.feature(std::move(polygon));
  const ImportBatch batch = m.finish();
  ASSERT_EQ(batch.items.size(), 1u);
  EXPECT_EQ(batch.items[0].entry.title, "Café");
  EXPECT_EQ(batch.items[0].entry.date->text(), "2024-05-01");
  EXPECT_EQ(batch.items[0].entry.tags, (std::vector<std::string>{"food", "coffee"}));
  EXPECT_EQ(batch.items[0].entry.coordinates, (std::vector<LonLat>{{8.54, 47.37}}));
  EXPECT_EQ(problems_of(batch),
            "places.csv: row 2: latitude \"abc\" is not a number\n"
            "places.csv: row 3: latitude 95 is outside -90..90\n"
            "places.csv: row 4: date (Date) \"05/01/2024\": invalid date \"05-01-2024\": expected "
            "a year of four digits, as in 2024, 2024-05 or 2024-05-17\n"
            "places.csv: row 5: a Polygon is neither a point nor a line\n");
}

TEST(FeatureMapper, CsvWithoutPositionColumnsIsOneProblem) {
  FeatureMapper m(VectorFormat::csv, "t.csv");
  for (std::size_t i = 1; i <= 3; ++i) m.feature(feature("t", i, {{"name", "x"}}));
  const ImportBatch batch = m.finish();
  EXPECT_TRUE(batch.items.empty());
  ASSERT_EQ(batch.problems.size(), 1u);
  EXPECT_EQ(batch.problems[0].where, "");
}

TEST(FeatureMapper, KmlFoldersAreTripsUnlessTheFileSaysTheTrip) {
  FeatureMapper m(VectorFormat::kml, "my.kml");
  m.feature(feature("Summer 2024", 1, {{"Name", "Lake"}, {"description", "<b>swim</b>"}},
                    GeometryKind::point, {{{8, 47}}}));
  m.feature(feature("Journal", 1, {{"Name", "X"}, {"trip", ""}}, GeometryKind::point, {{{9, 47}}}));
  m.feature(feature("Summer 2024", 2, {{"Name", "Area"}}, GeometryKind::other));
  const ImportBatch batch = m.finish();
  ASSERT_EQ(batch.items.size(), 2u);
  EXPECT_EQ(batch.items[0].entry.trip, "Summer 2024");
  EXPECT_EQ(batch.items[0].entry.notes, "<b>swim</b>");
  EXPECT_EQ(batch.items[1].entry.trip, "");
  ASSERT_EQ(batch.problems.size(), 1u);
  EXPECT_EQ(batch.problems[0].where, "placemark 2 in folder \"Summer 2024\"");
}

TEST(FeatureMapper, EndBeforeDateIsAProblem) {
  FeatureMapper m(VectorFormat::geojson, "a.geojson");
  m.feature(feature("a", 1, {{"date", "2024-05-02"}, {"end", "2024-05-01"}}, GeometryKind::point,
                    {{{1, 2}}}));
  const ImportBatch batch = m.finish();
  EXPECT_EQ(problems_of(batch),
            "a.geojson: feature 1: end 2024-05-01 is before the date 2024-05-02\n");
}

}  // namespace
}  // namespace footprint::core::import
