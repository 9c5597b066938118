// Markers pushed apart where places crowd: the grid finds exactly the pairs that a comparison
// of every pair finds, so the layout is the one the O(n²) relaxation gave.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "render/map/marker_layout.hpp"
#include "render/style/style.hpp"

namespace footprint::render {
namespace {

// The layout as it was computed before the grid (comparing every pair), from the anchors.
void reference_layout(std::vector<MarkerSpot>& spots) {
  constexpr double kGap = 1.0;
  for (MarkerSpot& s : spots) s.page = s.anchor;
  std::vector<bool> done(spots.size(), false);
  for (std::size_t i = 0; i < spots.size(); ++i) {
    if (done[i]) continue;
    std::vector<std::size_t> same{i};
    for (std::size_t j = i + 1; j < spots.size(); ++j) {
      if (std::hypot(spots[i].anchor.x - spots[j].anchor.x, spots[i].anchor.y - spots[j].anchor.y) <
          1) {
        same.push_back(j);
        done[j] = true;
      }
    }
    if (same.size() < 2) continue;
    const double n = static_cast<double>(same.size());
    const double ring =
        std::max(spots[i].radius_pt, (2 * spots[i].radius_pt + kGap) * n / (2 * M_PI));
    for (std::size_t k = 0; k < same.size(); ++k) {
      const double angle = -M_PI / 2 + 2 * M_PI * static_cast<double>(k) / n;
      spots[same[k]].page = {spots[i].anchor.x + ring * std::cos(angle),
                             spots[i].anchor.y + ring * std::sin(angle)};
    }
  }
  for (int round = 0; round < 80; ++round) {
    bool moved = false;
    for (std::size_t i = 0; i < spots.size(); ++i) {
      for (std::size_t j = i + 1; j < spots.size(); ++j) {
        XY& a = spots[i].page;
        XY& b = spots[j].page;
        double dx = b.x - a.x, dy = b.y - a.y;
        double d = std::hypot(dx, dy);
        const double need = spots[i].radius_pt + spots[j].radius_pt + kGap;
        if (d >= need) continue;
        if (d < 1e-6) {
          dx = 1;
          dy = 0.5;
          d = std::hypot(dx, dy);
        }
        const double push = (need - d) / 2 * 0.8;
        a = {a.x - dx / d * push, a.y - dy / d * push};
        b = {b.x + dx / d * push, b.y + dy / d * push};
        moved = true;
      }
    }
    if (!moved) break;
    if (round < 40) {
      for (MarkerSpot& s : spots) {
        s.page = {s.page.x + (s.anchor.x - s.page.x) * 0.05,
                  s.page.y + (s.anchor.y - s.page.y) * 0.05};
      }
    }
  }
}

// A crowded regional journal: 40 places visited up to a dozen times each, 200 scattered.
MapRequest crowded_journal() {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> lon(-114.5, -112.5), lat(52.5, 54.5);
  std::vector<core::LonLat> places;
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

TEST(MarkerLayout, GridGivesTheLayoutOfComparingEveryPair) {
  // Crowded, but with no pile: every disc is pushed by its own pairs, as before the grid.
  const MapPlan plan = plan_map(crowded_journal(), {0, 0, 800, 560});
  const std::vector<MarkerSpot> got = layout_markers(plan, load_style("atlas"));
  ASSERT_EQ(got.size(), 400u);
  std::vector<MarkerSpot> want = got;
  reference_layout(want);
  std::size_t displaced = 0;
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].page.x, want[i].page.x) << i;
    EXPECT_EQ(got[i].page.y, want[i].page.y) << i;
    if (got[i].displaced()) ++displaced;
  }
  EXPECT_GT(displaced, 200u);  // the case does crowd: most markers were pushed
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
  ASSERT_EQ(first.size(), 4000u);
  for (std::size_t i = 0; i < first.size(); ++i) {
    ASSERT_TRUE(std::isfinite(first[i].page.x) && std::isfinite(first[i].page.y)) << i;
    EXPECT_EQ(first[i].page.x, second[i].page.x) << i;
    EXPECT_EQ(first[i].page.y, second[i].page.y) << i;
  }
}

}  // namespace
}  // namespace footprint::render
