#include "render/labels/label_placer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <random>
#include <string>

#include "render/text/text.hpp"
#include "tests/render/bay_area.hpp"
#include "tests/render/image_probe.hpp"

namespace footprint::render {
namespace {

constexpr double kPadding = 2;

// --- Independent checks (sampling, not the placer's own geometry code) ---------------------

bool segment_crosses_box(double x0, double y0, double x1, double y1, const Box& b) {
  if (std::max(x0, x1) <= b.x0 || std::min(x0, x1) >= b.x1 || std::max(y0, y1) <= b.y0 ||
      std::min(y0, y1) >= b.y1)
    return false;  // far apart: skip the sampling (keeps the sanitizer build quick)
  constexpr int kSteps = 400;
  for (int i = 1; i < kSteps; ++i) {  // endpoints excluded: a leader ends on its own box
    const double t = double(i) / kSteps;
    const double x = x0 + t * (x1 - x0), y = y0 + t * (y1 - y0);
    if (x > b.x0 + 1e-6 && x < b.x1 - 1e-6 && y > b.y0 + 1e-6 && y < b.y1 - 1e-6) return true;
  }
  return false;
}

double distance_to_box(double x, double y, const Box& b) {
  const double dx = std::max({b.x0 - x, 0.0, x - b.x1});
  const double dy = std::max({b.y0 - y, 0.0, y - b.y1});
  return std::hypot(dx, dy);
}

bool segments_cross(const Placement& a, const Placement& b) {
  const auto side = [](double px, double py, double qx, double qy, double rx, double ry) {
    return (qx - px) * (ry - py) - (qy - py) * (rx - px);
  };
  const double d1 =
      side(a.leader_x0, a.leader_y0, a.leader_x1, a.leader_y1, b.leader_x0, b.leader_y0);
  const double d2 =
      side(a.leader_x0, a.leader_y0, a.leader_x1, a.leader_y1, b.leader_x1, b.leader_y1);
  const double d3 =
      side(b.leader_x0, b.leader_y0, b.leader_x1, b.leader_y1, a.leader_x0, a.leader_y0);
  const double d4 =
      side(b.leader_x0, b.leader_y0, b.leader_x1, b.leader_y1, a.leader_x1, a.leader_y1);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

// Everything the issue promises about a placement, asserted label by label.
void expect_valid(const std::vector<LabelRequest>& requests, const std::vector<Placement>& result,
                  const Box& frame, const std::vector<Box>& obstacles = {}) {
  ASSERT_EQ(result.size(), requests.size()) << "every request is placed or reported";
  for (std::size_t i = 0; i < requests.size(); ++i) {
    const auto& r = requests[i];
    const auto& p = result[i];
    ASSERT_EQ(p.id, r.id) << "results are in request order";
    if (!p.placed) continue;
    SCOPED_TRACE("label " + std::to_string(r.id));
    ASSERT_LT(p.size_index, r.sizes.size());
    EXPECT_NEAR(p.box.width(), r.sizes[p.size_index].first, 1e-9);
    EXPECT_NEAR(p.box.height(), r.sizes[p.size_index].second, 1e-9);
    EXPECT_TRUE(p.box.inside(frame)) << "leaves the frame";
    for (const auto& o : obstacles) EXPECT_FALSE(p.box.inflated(kPadding).intersects(o));
    for (std::size_t j = 0; j < requests.size(); ++j) {
      const auto& m = requests[j];
      EXPECT_GE(distance_to_box(m.x, m.y, p.box), m.marker_radius + kPadding - 1e-9)
          << "covers marker " << m.id;
      if (j == i || !result[j].placed) continue;
      EXPECT_FALSE(p.box.inflated(kPadding).intersects(result[j].box)) << "overlaps label " << m.id;
      if (p.leader) {
        EXPECT_FALSE(
            segment_crosses_box(p.leader_x0, p.leader_y0, p.leader_x1, p.leader_y1, result[j].box))
            << "leader crosses label " << m.id;
        if (result[j].leader) {
          EXPECT_FALSE(segments_cross(p, result[j])) << "leaders cross";
        }
      }
    }
    const double gap = distance_to_box(r.x, r.y, p.box) - r.marker_radius;
    if (p.leader) {
      // Drawn only when the label is away from its point, from the marker's edge to the box.
      EXPECT_GT(gap, r.sizes[p.size_index].second * 0.9);
      EXPECT_NEAR(std::hypot(p.leader_x0 - r.x, p.leader_y0 - r.y), r.marker_radius, 1e-6);
      EXPECT_NEAR(distance_to_box(p.leader_x1, p.leader_y1, p.box), 0, 1e-9);
    } else {
      EXPECT_LT(gap, kPadding + 1.5) << "a label without leader sits next to its marker";
    }
  }
}

std::size_t placed_count(const std::vector<Placement>& result) {
  return std::size_t(
      std::count_if(result.begin(), result.end(), [](const Placement& p) { return p.placed; }));
}

LabelRequest request(int id, double x, double y, double w = 40, double h = 10) {
  return {id, x, y, 3, {{w, h}, {w * 0.8, h * 0.8}, {w * 0.65, h * 0.65}}, 0};
}

// --- Simple cases ---------------------------------------------------------------------------

TEST(LabelPlacer, FarApartPointsGetTopRight) {
  const Box frame{0, 0, 400, 300};
  const std::vector<LabelRequest> requests = {request(1, 60, 200), request(2, 300, 100)};
  LabelPlacer placer(frame, kPadding);
  const auto result = placer.place(requests);
  expect_valid(requests, result, frame);
  for (std::size_t i = 0; i < 2; ++i) {
    ASSERT_TRUE(result[i].placed);
    EXPECT_EQ(result[i].anchor, Anchor::top_right);
    EXPECT_EQ(result[i].size_index, 0u);
    EXPECT_FALSE(result[i].leader);
    EXPECT_GT(result[i].box.x0, requests[i].x);
    EXPECT_LT(result[i].box.y1, requests[i].y);
  }
}

TEST(LabelPlacer, ThePageEdgeTurnsTheLabelAround) {
  const Box frame{0, 0, 400, 300};
  const std::vector<LabelRequest> requests = {request(1, 390, 8)};  // top-right corner
  LabelPlacer placer(frame, kPadding);
  const auto result = placer.place(requests);
  expect_valid(requests, result, frame);
  ASSERT_TRUE(result[0].placed);
  EXPECT_EQ(result[0].anchor, Anchor::bottom_left);
}

TEST(LabelPlacer, ObstaclesAreAvoided) {
  const Box frame{0, 0, 400, 300};
  const std::vector<Box> obstacles = {{100, 50, 200, 98}};  // a title above-right of the point
  const std::vector<LabelRequest> requests = {request(1, 100, 100)};
  LabelPlacer placer(frame, kPadding);
  for (const auto& o : obstacles) placer.add_obstacle(o);
  const auto result = placer.place(requests);
  expect_valid(requests, result, frame, obstacles);
  ASSERT_TRUE(result[0].placed);
  EXPECT_NE(result[0].anchor, Anchor::top_right);
}

TEST(LabelPlacer, BoxesWithNaNSidesAreLeftOutAndCounted) {
  const Box frame{0, 0, 400, 300};
  LabelPlacer placer(frame, kPadding);
  placer.add_obstacle({28, 280, std::nan(""), 296});  // what a scale bar of NaN length gave
  placer.add_obstacle_line({{10, 10}, {std::numeric_limits<double>::infinity(), 20}}, 1);
  const auto result = placer.place({request(1, 200, 150)});
  ASSERT_TRUE(result[0].placed);
  EXPECT_EQ(placer.stats().dropped_fixed, 2u);
  LabelPlacer clean(frame, kPadding);
  clean.add_obstacle({28, 280, 120, 296});
  clean.place({request(1, 200, 150)});
  EXPECT_EQ(clean.stats().dropped_fixed, 0u);
}

TEST(LabelPlacer, RoutesAreSoftObstacles) {
  const Box frame{0, 0, 400, 300};
  // A route leaving the point up and to the right: the label goes top-left instead.
  LabelPlacer placer(frame, kPadding);
  placer.add_obstacle_line({{200, 150}, {300, 50}}, 2);
  auto result = placer.place({request(1, 200, 150)});
  ASSERT_TRUE(result[0].placed);
  EXPECT_EQ(result[0].anchor, Anchor::top_left);
  // Routes all round: the label covers one rather than leave its point.
  LabelPlacer boxed(frame, kPadding);
  for (double y = 100; y <= 200; y += 4) boxed.add_obstacle_line({{100, y}, {300, y}}, 1);
  result = boxed.place({request(1, 200, 150)});
  ASSERT_TRUE(result[0].placed);
  EXPECT_FALSE(result[0].leader);
}

TEST(LabelPlacer, HigherPriorityIsPlacedFirst) {
  // A frame so tight that only the position above the points fits one 90 x 12 label.
  const Box frame{0, 0, 100, 40};
  std::vector<LabelRequest> requests = {{1, 50, 28, 3, {{90, 12}}, 0},
                                        {2, 50.5, 28, 3, {{90, 12}}, 5}};
  LabelPlacer placer(frame, kPadding);
  auto result = placer.place(requests);
  expect_valid(requests, result, frame);
  EXPECT_TRUE(result[1].placed);
  EXPECT_FALSE(result[0].placed);
  // The other way round.
  std::swap(requests[0].priority, requests[1].priority);
  result = placer.place(requests);
  EXPECT_TRUE(result[0].placed);
  EXPECT_FALSE(result[1].placed);
}

TEST(LabelPlacer, CrowdedPointGetsALeaderLine) {
  const Box frame{0, 0, 400, 300};
  // Small obstacles at the far ends of every adjacent position of the point (200, 150), with
  // diagonal corridors free for a leader line.
  const std::vector<Box> obstacles = {
      {228, 135, 238, 165}, {162, 135, 172, 165}, {190, 126, 210, 136}, {190, 164, 210, 174}};
  LabelPlacer placer(frame, kPadding);
  for (const auto& o : obstacles) placer.add_obstacle(o);
  const std::vector<LabelRequest> requests = {request(1, 200, 150)};
  const auto result = placer.place(requests);
  expect_valid(requests, result, frame, obstacles);
  ASSERT_TRUE(result[0].placed);
  EXPECT_TRUE(result[0].leader);
  EXPECT_EQ(result[0].size_index, 0u) << "farther positions come before smaller sizes";
  for (const auto& o : obstacles)
    EXPECT_FALSE(segment_crosses_box(result[0].leader_x0, result[0].leader_y0, result[0].leader_x1,
                                     result[0].leader_y1, o));
}

TEST(LabelPlacer, WhatCannotBePlacedIsReported) {
  const Box frame{0, 0, 50, 30};
  const std::vector<LabelRequest> requests = {request(7, 25, 15, 200, 20)};
  LabelPlacer placer(frame, kPadding);
  const auto result = placer.place(requests);
  ASSERT_EQ(result.size(), 1u);
  EXPECT_EQ(result[0].id, 7);
  EXPECT_FALSE(result[0].placed);
}

TEST(LabelPlacer, EmptyInputGivesEmptyOutput) {
  LabelPlacer placer({0, 0, 100, 100}, kPadding);
  EXPECT_TRUE(placer.place({}).empty());
}

// --- Random and dense cases -----------------------------------------------------------------

std::vector<LabelRequest> random_requests(unsigned seed, int n, const Box& area, double cx,
                                          double cy, double spread) {
  std::mt19937 rng(seed);
  std::normal_distribution<double> around(0, spread);
  std::uniform_real_distribution<double> uniform(0, 1);
  std::vector<LabelRequest> out;
  for (int i = 0; i < n; ++i) {
    double x = spread > 0 ? cx + around(rng) : area.x0 + uniform(rng) * area.width();
    double y = spread > 0 ? cy + around(rng) : area.y0 + uniform(rng) * area.height();
    x = std::clamp(x, area.x0 + 4, area.x1 - 4);
    y = std::clamp(y, area.y0 + 4, area.y1 - 4);
    auto r = request(i, x, y, 20 + 60 * uniform(rng), 9 + 4 * uniform(rng));
    r.priority = int(uniform(rng) * 3);
    out.push_back(r);
  }
  return out;
}

TEST(LabelPlacer, RandomCasesAreValid) {
  const Box frame{0, 0, 600, 400};
  for (unsigned seed = 1; seed <= 8; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    const auto requests = random_requests(seed, 40 * int(seed), frame, 0, 0, 0);
    LabelPlacer placer(frame, kPadding);
    placer.add_obstacle({0, 0, 200, 30});       // title
    placer.add_obstacle({500, 360, 600, 400});  // scale bar
    const auto result = placer.place(requests);
    expect_valid(requests, result, frame, {{0, 0, 200, 30}, {500, 360, 600, 400}});
    EXPECT_EQ(placed_count(result), placer.stats().placed);
    EXPECT_GE(placer.stats().placed, placer.stats().greedy_placed);
  }
}

TEST(LabelPlacer, DenseClusterOfSixtyIsValidAndRepairHelps) {
  const Box frame{0, 0, 500, 350};
  const auto requests = random_requests(42, 60, frame, 250, 175, 40);
  LabelPlacer placer(frame, kPadding);
  const auto result = placer.place(requests);
  expect_valid(requests, result, frame);
  const auto& s = placer.stats();
  EXPECT_GT(s.placed, s.greedy_placed) << "the repair passes place more than greedy alone";
  EXPECT_GT(s.placed, 40u) << "most of a 60-point cluster fits in a 500x350 frame";
  LabelPlacer greedy(frame, kPadding);
  greedy.set_improve(false);
  expect_valid(requests, greedy.place(requests), frame);
  std::printf("dense 60: greedy %zu placed (%zu leaders), repaired %zu placed (%zu leaders)\n",
              s.greedy_placed, s.greedy_leaders, s.placed, s.leaders);
}

TEST(LabelPlacer, SameInputSameOutput) {
  const Box frame{0, 0, 500, 350};
  const auto requests = random_requests(7, 80, frame, 250, 175, 50);
  LabelPlacer a(frame, kPadding), b(frame, kPadding);
  const auto ra = a.place(requests);
  const auto rb = b.place(requests);
  const auto rc = a.place(requests);  // the same placer again
  ASSERT_EQ(ra.size(), rb.size());
  for (std::size_t i = 0; i < ra.size(); ++i) {
    for (const auto* other : {&rb, &rc}) {
      EXPECT_EQ(ra[i].placed, (*other)[i].placed);
      EXPECT_EQ(ra[i].box, (*other)[i].box);
      EXPECT_EQ(ra[i].anchor, (*other)[i].anchor);
      EXPECT_EQ(ra[i].leader, (*other)[i].leader);
    }
  }
}

TEST(LabelPlacer, BayAreaTownsAtSmallScaleAreValid) {
  const test::ImageProbe image(10, 10);
  const auto requests = test::bay_area_requests(image.cr(), TextStyle{});
  LabelPlacer placer(test::kBayAreaFrame, kPadding);
  placer.add_obstacle(test::kBayAreaTitle);
  const auto result = placer.place(requests);
  expect_valid(requests, result, test::kBayAreaFrame, {test::kBayAreaTitle});
  EXPECT_TRUE(result[0].placed) << "the highest priority is placed";
  EXPECT_GT(placer.stats().placed, requests.size() * 3 / 4);
  const auto& s = placer.stats();
  std::printf("Bay Area %zu towns: greedy %zu placed (%zu leaders), repaired %zu (%zu leaders)\n",
              requests.size(), s.greedy_placed, s.greedy_leaders, s.placed, s.leaders);
}

TEST(LabelPlacer, BayAreaAtHalfTheScaleLeavesSomeForTheLegend) {
  const test::ImageProbe image(10, 10);
  const auto requests = test::bay_area_requests(image.cr(), TextStyle{}, 0.5);
  const Box frame{0, 0, test::kBayAreaFrame.x1 / 2, test::kBayAreaFrame.y1 / 2};
  LabelPlacer placer(frame, kPadding);
  const auto result = placer.place(requests);
  expect_valid(requests, result, frame);
  const auto& s = placer.stats();
  EXPECT_LT(s.placed, requests.size()) << "38 towns cannot all be labelled in 180 x 190 pt";
  EXPECT_GT(s.placed, requests.size() / 3);
  EXPECT_GE(s.placed, s.greedy_placed);
  std::printf("Bay Area at half scale: greedy %zu placed (%zu leaders), repaired %zu (%zu)\n",
              s.greedy_placed, s.greedy_leaders, s.placed, s.leaders);
}

}  // namespace
}  // namespace footprint::render
