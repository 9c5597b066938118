// Markers pushed apart where places crowd, by the rules of render/map/marker_layout.hpp: a small
// bounded move, sides kept, inside the frame and clear of furniture, and group markers where a
// crowd cannot be spread.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "render/map/marker_layout.hpp"
#include "render/style/style.hpp"

namespace footprint::render {
namespace {

double distance(XY a, XY b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

// The rules of render/map/marker_layout.hpp, each asserted on `markers` of `plan`; returns how
// many places the markers show.
std::size_t expect_rules(const MapPlan& plan, const std::vector<MarkerSpot>& markers,
                         const std::vector<Box>& obstacles = {}) {
  const Frame& f = plan.viewport.frame();
  std::vector<int> shown(plan.places.size(), 0);
  for (const MarkerSpot& m : markers) {
    EXPECT_LE(distance(m.page, m.anchor), kMaxMarkerShiftPt + 1e-9) << m.place_index;
    EXPECT_GE(m.page.x - m.radius_pt, f.x) << m.place_index;
    EXPECT_LE(m.page.x + m.radius_pt, f.right()) << m.place_index;
    EXPECT_GE(m.page.y - m.radius_pt, f.y) << m.place_index;
    EXPECT_LE(m.page.y + m.radius_pt, f.bottom()) << m.place_index;
    for (const Box& box : obstacles) {
      EXPECT_GE(box.distance2_to(m.page.x, m.page.y), m.radius_pt * m.radius_pt)
          << m.place_index << " is under an obstacle";
    }
    if (m.is_group()) {
      EXPECT_GE(m.members.size(), 2u);
      XY centre{0, 0};
      for (std::size_t p : m.members) {
        ++shown[p];
        const XY a = plan.viewport.to_page(*plan.projection.forward(plan.places[p].entry.anchor()));
        centre = {centre.x + a.x / static_cast<double>(m.members.size()),
                  centre.y + a.y / static_cast<double>(m.members.size())};
      }
      EXPECT_LT(distance(centre, m.anchor), 1e-6) << "a group stands at the centre of its places";
    } else {
      ++shown[m.place_index];
    }
  }
  for (std::size_t i = 0; i < markers.size(); ++i) {
    for (std::size_t j = i + 1; j < markers.size(); ++j) {
      const MarkerSpot& a = markers[i];
      const MarkerSpot& b = markers[j];
      const double d = distance(a.page, b.page);
      EXPECT_GE(d, a.radius_pt + b.radius_pt + kMarkerGapPt - 0.5)
          << a.place_index << " overlaps " << b.place_index;
      const XY along{b.anchor.x - a.anchor.x, b.anchor.y - a.anchor.y};
      if (std::hypot(along.x, along.y) >= 0.5 && d < 40) {
        EXPECT_GT(along.x * (b.page.x - a.page.x) + along.y * (b.page.y - a.page.y), 0)
            << a.place_index << " and " << b.place_index << " changed sides";
      }
    }
  }
  std::size_t total = 0;
  for (std::size_t i = 0; i < plan.places.size(); ++i) {
    EXPECT_EQ(shown[i], plan.places[i].in_frame ? 1 : 0) << "place " << i;
    total += static_cast<std::size_t>(shown[i]);
  }
  return total;
}

// A crowded regional journal: 40 places visited up to a dozen times each, 200 scattered.
MapRequest crowded_journal() {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> lon(-114.5, -112.5), lat(52.5, 54.5);
  std::vector<core::LonLat> places;
  places.reserve(40);
  for (int i = 0; i < 40; ++i) places.push_back({lon(rng), lat(rng)});
  MapRequest request;
  for (int i = 0; i < 400; ++i) {
    core::Entry e;
    e.id = "e" + std::to_string(i);
    e.coordinates = {i < 200 ? places[rng() % places.size()] : core::LonLat{lon(rng), lat(rng)}};
    const std::string month = (i % 12 < 9 ? "2024-0" : "2024-") + std::to_string(1 + i % 12);
    e.date = core::Date::parse(month + "-01");
    if (i % 10 == 0) e.end = core::Date::parse(month + "-05");
    request.entries.push_back(e);
  }
  return request;
}

TEST(MarkerLayout, CrowdsMoveALittleKeepTheirSidesAndGroupWhenTheyMust) {
  const MapPlan plan = plan_map(crowded_journal(), {0, 0, 800, 560});
  const std::vector<MarkerSpot> markers = layout_markers(plan, load_style("atlas"));
  EXPECT_EQ(expect_rules(plan, markers), 400u);
  std::size_t displaced = 0, groups = 0;
  for (const MarkerSpot& m : markers) {
    displaced += m.displaced() && !m.is_group() ? 1 : 0;
    groups += m.is_group() ? 1 : 0;
  }
  EXPECT_GT(displaced, 20u);  // the case does crowd: markers were pushed
  EXPECT_GT(groups, 10u);     // and some crowds could not be spread within the bound
  EXPECT_LT(markers.size(), 400u);
}

TEST(MarkerLayout, AFewNeighboursAreSpreadNotGrouped) {
  // Edmonton, Calgary, Red Deer and St. Albert at 300 pt: close, but room enough.
  MapRequest request;
  const core::LonLat spots[] = {
      {-113.49, 53.55}, {-114.07, 51.04}, {-113.81, 52.27}, {-113.63, 53.63}};
  for (int i = 0; i < 4; ++i) {
    core::Entry e;
    e.id = "e" + std::to_string(i);
    e.coordinates = {spots[i]};
    e.date = core::Date::parse("2024-0" + std::to_string(i + 1) + "-01");
    request.entries.push_back(e);
  }
  request.bbox = LonLatBox{-125, 45, -100, 60};
  const MapPlan plan = plan_map(request, {0, 0, 300, 200});
  const std::vector<MarkerSpot> markers = layout_markers(plan, load_style("atlas"));
  EXPECT_EQ(expect_rules(plan, markers), 4u);
  ASSERT_EQ(markers.size(), 4u);
  // Edmonton (0) stays north of Calgary (1), St. Albert (3) north of Edmonton.
  EXPECT_LT(markers[0].page.y, markers[1].page.y);
  EXPECT_LT(markers[3].page.y, markers[0].page.y);
}

TEST(MarkerLayout, TenEveningsAtOneSpotAreOneGroupMarker) {
  MapRequest request;
  for (int i = 0; i < 10; ++i) {
    core::Entry e;
    e.id = "e" + std::to_string(i);
    e.coordinates = {{-113.49, 53.55}};
    e.date = core::Date::parse("2024-03-1" + std::to_string(i));
    request.entries.push_back(e);
  }
  core::Entry calgary;
  calgary.id = "calgary";
  calgary.coordinates = {{-114.07, 51.04}};
  request.entries.push_back(calgary);
  const MapPlan plan = plan_map(request, {0, 0, 400, 300});
  const std::vector<MarkerSpot> markers = layout_markers(plan, load_style("atlas"));
  EXPECT_EQ(expect_rules(plan, markers), 11u);
  ASSERT_EQ(markers.size(), 2u);
  EXPECT_TRUE(markers[0].is_group());
  EXPECT_EQ(markers[0].count(), 10u);
  EXPECT_FALSE(markers[1].is_group());  // Calgary keeps its own marker
}

TEST(MarkerLayout, MarkersKeepClearOfFurnitureAndInsideTheFrame) {
  // Places along the frame's edges and under a scale bar's box in the bottom left corner.
  MapRequest request;
  request.bbox = LonLatBox{-120, 50, -110, 55};
  const core::LonLat spots[] = {{-119.99, 50.01}, {-119.5, 50.2}, {-110.01, 54.99}, {-115, 50.0}};
  for (int i = 0; i < 4; ++i) {
    core::Entry e;
    e.id = "e" + std::to_string(i);
    e.coordinates = {spots[i]};
    request.entries.push_back(e);
  }
  const MapPlan plan = plan_map(request, {0, 0, 400, 200});
  const Frame& f = plan.viewport.frame();
  const std::vector<Box> furniture = {{f.x + 2, f.bottom() - 14, f.x + 60, f.bottom() - 2}};
  const std::vector<MarkerSpot> markers = layout_markers(plan, load_style("atlas"), furniture);
  EXPECT_EQ(expect_rules(plan, markers, furniture), 4u);
}

// A frame far too small for its markers: discs in piles are left to the others, so the layout
// stays linear in the markers; every marker still lands at a finite spot, the same every time.
TEST(MarkerLayout, PilesInATinyFrameAreLaidOutDeterministically) {
  MapRequest request = crowded_journal();
  const std::vector<core::Entry> once = request.entries;
  for (int copy = 0; copy < 9; ++copy) {
    for (core::Entry e : once) {
      e.id += "-" + std::to_string(copy);
      request.entries.push_back(e);
    }
  }
  const MapPlan plan = plan_map(request, {0, 0, 150, 100});
  const std::vector<MarkerSpot> first = layout_markers(plan, load_style("atlas"));
  const std::vector<MarkerSpot> second = layout_markers(plan, load_style("atlas"));
  ASSERT_EQ(first.size(), second.size());
  std::size_t shown = 0;
  for (const MarkerSpot& m : first) shown += m.count();
  EXPECT_EQ(shown, 4000u);
  for (std::size_t i = 0; i < first.size(); ++i) {
    ASSERT_TRUE(std::isfinite(first[i].page.x) && std::isfinite(first[i].page.y)) << i;
    EXPECT_EQ(first[i].page.x, second[i].page.x) << i;
    EXPECT_EQ(first[i].page.y, second[i].page.y) << i;
  }
}

}  // namespace
}  // namespace footprint::render
