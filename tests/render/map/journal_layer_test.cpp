// Routes between the same places are drawn once, wider the more often they were travelled, not
// as a bundle of offset dashed lines.
#include "render/map/journal_layer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "tests/render/image_probe.hpp"

namespace footprint::render {
namespace {

core::Entry place(double lon, double lat, const std::string& date,
                  core::Status status = core::Status::visited) {
  core::Entry e;
  e.id = date;
  e.coordinates = {{lon, lat}};
  e.date = core::Date::parse(date);
  e.status = status;
  return e;
}

TEST(JournalPaths, LegsBetweenTheSameSpotsAreOneLineWithACount) {
  // Edmonton, then the Bay Area (Menlo Park, Redwood City, San Francisco) and home, twice,
  // then Amherst: at continental scale the Bay Area towns are one spot.
  MapRequest request;
  request.entries = {place(-113.49, 53.55, "2024-01-01"),
                     place(-122.18, 37.45, "2024-06-01"),
                     place(-122.24, 37.49, "2024-06-10"),
                     place(-113.49, 53.55, "2024-07-01"),
                     place(-122.42, 37.77, "2024-07-20"),
                     place(-113.49, 53.55, "2024-08-01"),
                     place(-72.52, 42.37, "2024-08-10"),
                     place(16.37, 48.21, "2024-09-01", core::Status::cancelled)};
  const MapPlan plan = plan_map(request, Frame{0, 0, 800, 500});
  test::ImageProbe probe(10, 10);
  const JournalPaths paths =
      journal_paths(probe.cr(), plan, layout_markers(plan, load_style("atlas")), true);
  ASSERT_EQ(paths.routes.size(), paths.route_counts.size());
  std::vector<int> counts = paths.route_counts;
  std::sort(counts.begin(), counts.end());
  // Edmonton <-> Bay Area 4 times (one line), Menlo Park -> Redwood City within the spot,
  // Edmonton -> Amherst once; the cancelled trip to Vienna is not travelled.
  EXPECT_EQ(counts, (std::vector<int>{1, 1, 4}));
}

TEST(JournalPaths, ATravelledAgainRouteIsDrawnWider) {
  MapRequest request;
  request.entries = {place(-113.49, 53.55, "2024-01-01"), place(-114.07, 51.04, "2024-02-01"),
                     place(-113.49, 53.55, "2024-03-01"), place(-114.07, 51.04, "2024-04-01")};
  Style style = parse_style(R"({"route": {"color": "#ff0000", "width_pt": 1, "dash_pt": []},
      "markers": {"radius_pt": 0.1, "range_radius_pt": 0.1}})");
  const MapPlan plan = plan_map(request, Frame{0, 0, 300, 300});
  test::ImageProbe once(300, 300), thrice(300, 300);
  const JournalPaths three = journal_paths(thrice.cr(), plan, layout_markers(plan, style), true);
  ASSERT_EQ(three.route_counts, (std::vector<int>{3}));
  JournalPaths one = three;
  one.route_counts = {1};
  draw_journal_paths(once.cr(), one, style);
  draw_journal_paths(thrice.cr(), three, style);
  const auto red = [](const test::Pixel& p) { return p.a > 0.5 && p.r > 0.8 && p.g < 0.3; };
  const int thin = once.count(0, 0, 300, 300, red), wide = thrice.count(0, 0, 300, 300, red);
  EXPECT_GT(thin, 50);
  EXPECT_GT(wide, thin * 1.7);  // 2x as wide for three trips
}

double distance(XY a, XY b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

TEST(JournalPaths, RoutesEndAtTheMarkersAsDrawn) {
  // Six evenings in Edmonton share a spot: their markers are spread (or grouped), and the
  // routes to Calgary start where a marker is drawn, not at the true spot under the others.
  MapRequest request;
  for (int day = 1; day <= 3; ++day) {
    request.entries.push_back(place(-113.49, 53.55, "2024-01-0" + std::to_string(day)));
  }
  request.entries.push_back(place(-114.07, 51.04, "2024-02-01"));
  request.entries.push_back(place(-113.49, 53.55, "2024-03-01"));
  const MapPlan plan = plan_map(request, Frame{0, 0, 400, 400});
  const std::vector<MarkerSpot> markers = layout_markers(plan, load_style("atlas"));
  test::ImageProbe probe(10, 10);
  const JournalPaths paths = journal_paths(probe.cr(), plan, markers, true);
  ASSERT_FALSE(paths.routes.empty());
  std::vector<XY> ends;
  for (const Path& route : paths.routes) {
    ends.push_back(route.front());
    ends.push_back(route.back());
  }
  bool some_displaced = false;
  for (const XY& end : ends) {
    double nearest = 1e9;
    for (const MarkerSpot& m : markers) nearest = std::min(nearest, distance(end, m.page));
    EXPECT_LT(nearest, 0.01) << end.x << "," << end.y << " is not at a marker";
  }
  for (const MarkerSpot& m : markers) some_displaced = some_displaced || m.displaced();
  EXPECT_TRUE(some_displaced) << "the case must spread the markers to test anything";
}

TEST(JournalPaths, LegsInsideAGroupMarkerAreNotDrawn) {
  // Forty evenings at one spot cannot be spread within the bound: one group marker, and the
  // legs between its places (there are none to see) are left out.
  MapRequest request;
  for (int day = 1; day <= 28; ++day) {
    char date[16];
    std::snprintf(date, sizeof date, "2024-02-%02d", day);
    request.entries.push_back(place(-113.49 + 0.001 * (day % 2), 53.55, date));
  }
  const MapPlan plan = plan_map(request, Frame{0, 0, 400, 400});
  const std::vector<MarkerSpot> markers = layout_markers(plan, load_style("atlas"));
  ASSERT_EQ(markers.size(), 1u);
  EXPECT_EQ(markers[0].count(), 28u);
  test::ImageProbe probe(10, 10);
  EXPECT_TRUE(journal_paths(probe.cr(), plan, markers, true).routes.empty());
}

TEST(JournalPaths, ADenseNetworkLeavesTheContextAsItFoundIt) {
  // A dense network is rasterised with Cairo's faster antialiasing; markers and labels drawn
  // after it must not be.
  JournalPaths paths;
  paths.routes = {{{10, 10}, {290, 290}}, {{10, 290}, {290, 10}}};
  paths.route_counts = {1, 1};
  paths.weight = 0.5;
  test::ImageProbe probe(300, 300);
  draw_journal_paths(probe.cr(), paths, load_style("atlas"));
  EXPECT_EQ(cairo_get_antialias(probe.cr()), CAIRO_ANTIALIAS_DEFAULT);
  const auto inked = [](const test::Pixel& p) { return p.a > 0.05; };
  EXPECT_GT(probe.count(0, 0, 300, 300, inked), 300) << "the routes are drawn";
}

}  // namespace
}  // namespace footprint::render
