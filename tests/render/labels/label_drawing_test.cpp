#include "render/labels/label_drawing.hpp"

#include <gtest/gtest.h>

#include "tests/render/image_probe.hpp"

namespace footprint::render {
namespace {

using test::ImageProbe;
using test::Pixel;

bool is_ink(const Pixel& p) {
  return p.a > 0.2;
}

TEST(AlignFor, FollowsTheSideOfThePoint) {
  EXPECT_EQ(align_for(Anchor::top_left), TextAlign::right);
  EXPECT_EQ(align_for(Anchor::left), TextAlign::right);
  EXPECT_EQ(align_for(Anchor::top), TextAlign::center);
  EXPECT_EQ(align_for(Anchor::bottom_right), TextAlign::left);
}

TEST(DrawLabel, AlignmentDoesNotChangeTheMeasuredBox) {
  // The placer gets sizes measured left-aligned; drawing right-aligned must fill the same box.
  const ImageProbe image(10, 10);
  TextStyle style;
  const char* text = "Conference at UMass Amherst 会议";
  const TextBlock left(image.cr(), text, style, 60);
  for (TextAlign align : {TextAlign::center, TextAlign::right}) {
    style.align = align;
    const TextBlock other(image.cr(), text, style, 60);
    EXPECT_NEAR(other.width(), left.width(), 0.01);
    EXPECT_NEAR(other.height(), left.height(), 0.01);
  }
}

TEST(DrawLabel, DrawsInsideThePlacedBoxAtTheChosenSize) {
  ImageProbe image(400, 100, 2);
  const std::vector<double> sizes = {12, 9};
  const TextStyle style;
  const auto measured = measure_sizes(image.cr(), "Banff 班夫", style, sizes);
  Placement p;
  p.placed = true;
  p.size_index = 1;
  p.anchor = Anchor::top_left;
  p.box = {50, 20, 50 + measured[1].first, 20 + measured[1].second};
  draw_label(image.cr(), "Banff 班夫", style, sizes, p);
  const int margin = int(2 * (style.halo_pt + 0.5));
  const int total = image.count(0, 0, image.width(), image.height(), is_ink);
  const int inside =
      image.count(int(2 * p.box.x0) - margin, int(2 * p.box.y0) - margin,
                  int(2 * p.box.x1) + margin + 1, int(2 * p.box.y1) + margin + 1, is_ink);
  EXPECT_GT(total, 100);
  EXPECT_EQ(inside, total);
}

TEST(DrawLabel, NothingForAnUnplacedLabel) {
  const ImageProbe image(100, 100);
  draw_label(image.cr(), "x", TextStyle{}, {9}, Placement{});
  draw_leader(image.cr(), Placement{});
  EXPECT_EQ(image.count(0, 0, 100, 100, is_ink), 0);
}

TEST(DrawLeader, StrokesFromMarkerToBoxWithAHalo) {
  const ImageProbe image(100, 100);
  Placement p;
  p.placed = true;
  p.leader = true;
  // Along a pixel row's centre: the 1 pt line fills row 50, the halo rows 48-49 and 51-52.
  p.leader_x0 = 10, p.leader_y0 = 50.5, p.leader_x1 = 90, p.leader_y1 = 50.5;
  LeaderStyle style;
  style.color = {0, 0, 0, 1};
  style.halo = {1, 0, 0, 1};
  style.width_pt = 1;
  style.halo_pt = 2;
  draw_leader(image.cr(), p, style);
  const auto dark = [](const Pixel& q) { return q.a > 0.9 && q.r < 0.2; };
  const auto red = [](const Pixel& q) { return q.a > 0.9 && q.r > 0.8; };
  EXPECT_EQ(image.count(20, 50, 80, 51, dark), 60);  // the line
  EXPECT_EQ(image.count(20, 48, 80, 50, red), 120);  // its halo above
  EXPECT_EQ(image.count(20, 51, 80, 53, red), 120);  // and below
  EXPECT_EQ(image.count(0, 0, 100, 45, is_ink), 0);
  // No leader: nothing drawn.
  p.leader = false;
  const ImageProbe empty(100, 100);
  draw_leader(empty.cr(), p, style);
  EXPECT_EQ(empty.count(0, 0, 100, 100, is_ink), 0);
}

}  // namespace
}  // namespace footprint::render
