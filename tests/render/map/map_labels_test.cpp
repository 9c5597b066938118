// Label sizes within a cluster (issue 10, "label sizes within one cluster stay consistent"):
// labels that read together end at one size, each shrunk inside the box it was placed in and
// against the side facing its marker; labels apart from the cluster keep theirs.
#include <gtest/gtest.h>

#include "render/map/map_labels.hpp"

namespace footprint::render {
namespace {

// A point at (x, y) whose label measures 60×12, 50×10 and 40×8 pt at its three sizes.
LabelRequest request(double x, double y) {
  LabelRequest r;
  r.x = x;
  r.y = y;
  r.marker_radius = 4;
  r.sizes = {{60, 12}, {50, 10}, {40, 8}};
  return r;
}

// Placed above right of its marker at size `step`.
Placement placed_top_right(const LabelRequest& r, std::size_t step) {
  Placement p;
  p.placed = true;
  p.anchor = Anchor::top_right;
  p.size_index = step;
  const auto [w, h] = r.sizes[step];
  p.box = {r.x + 4, r.y - 4 - h, r.x + 4 + w, r.y - 4};
  return p;
}

bool inside(const Box& inner, const Box& outer) {
  return inner.x0 >= outer.x0 - 1e-9 && inner.y0 >= outer.y0 - 1e-9 &&
         inner.x1 <= outer.x1 + 1e-9 && inner.y1 <= outer.y1 + 1e-9;
}

TEST(LabelSizes, ACloseClusterTakesItsSmallestSizeAndAFarLabelKeepsItsOwn) {
  // Three markers 12 pt apart edge to edge (a cluster: under two lines of 8 pt), one 300 pt away.
  const std::vector<LabelRequest> requests{request(100, 100), request(108, 118), request(116, 136),
                                           request(420, 100)};
  std::vector<Placement> placements{
      placed_top_right(requests[0], 0), placed_top_right(requests[1], 2),
      placed_top_right(requests[2], 1), placed_top_right(requests[3], 0)};
  const std::vector<Placement> before = placements;
  harmonise_label_sizes(requests, placements);
  for (std::size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(placements[k].size_index, 2u) << k;
    EXPECT_DOUBLE_EQ(placements[k].box.width(), 40) << k;
    EXPECT_DOUBLE_EQ(placements[k].box.height(), 8) << k;
    EXPECT_TRUE(inside(placements[k].box, before[k].box)) << k;
    // Still against its marker: the corner next to it did not move.
    EXPECT_DOUBLE_EQ(placements[k].box.x0, before[k].box.x0) << k;
    EXPECT_DOUBLE_EQ(placements[k].box.y1, before[k].box.y1) << k;
  }
  EXPECT_EQ(placements[3].size_index, 0u);
  EXPECT_DOUBLE_EQ(placements[3].box.width(), 60);
}

TEST(LabelSizes, EveryAnchorShrinksInsideItsBoxTowardsTheMarker) {
  for (const Anchor anchor :
       {Anchor::top_right, Anchor::top_left, Anchor::bottom_right, Anchor::bottom_left,
        Anchor::right, Anchor::left, Anchor::top, Anchor::bottom}) {
    const std::vector<LabelRequest> requests{request(100, 100), request(105, 105)};
    std::vector<Placement> placements{placed_top_right(requests[0], 0),
                                      placed_top_right(requests[1], 2)};
    placements[0].anchor = anchor;
    const Box before = placements[0].box;
    harmonise_label_sizes(requests, placements);
    EXPECT_EQ(placements[0].size_index, 2u);
    EXPECT_TRUE(inside(placements[0].box, before));
    // The side facing the marker (below, left of the label for top_right, …) stays put.
    const Box& b = placements[0].box;
    switch (anchor) {
      case Anchor::top_right:
        EXPECT_TRUE(b.x0 == before.x0 && b.y1 == before.y1);
        break;
      case Anchor::top_left:
        EXPECT_TRUE(b.x1 == before.x1 && b.y1 == before.y1);
        break;
      case Anchor::bottom_right:
        EXPECT_TRUE(b.x0 == before.x0 && b.y0 == before.y0);
        break;
      case Anchor::bottom_left:
        EXPECT_TRUE(b.x1 == before.x1 && b.y0 == before.y0);
        break;
      case Anchor::right:
        EXPECT_DOUBLE_EQ(b.x0, before.x0);
        break;
      case Anchor::left:
        EXPECT_DOUBLE_EQ(b.x1, before.x1);
        break;
      case Anchor::top:
        EXPECT_DOUBLE_EQ(b.y1, before.y1);
        break;
      case Anchor::bottom:
        EXPECT_DOUBLE_EQ(b.y0, before.y0);
        break;
    }
  }
}

TEST(LabelSizes, ALabelWhoseSmallerTextWrapsWiderOrWhoseLeaderWouldMoveKeepsItsSize) {
  std::vector<LabelRequest> requests{request(100, 100), request(105, 105), request(110, 110)};
  requests[0].sizes = {{60, 24}, {50, 20}, {70, 8}};  // two lines, then one wider line
  std::vector<Placement> placements{placed_top_right(requests[0], 0),
                                    placed_top_right(requests[1], 2),
                                    placed_top_right(requests[2], 0)};
  // The third is away from its marker, on a leader ending at its box's bottom edge, under the
  // marker; a narrower box centred the same way would leave the leader's end outside it.
  Placement& led = placements[2];
  led.leader = true;
  led.box = {60, 40, 120, 52};
  led.anchor = Anchor::top_right;
  led.leader_x0 = 110;
  led.leader_y0 = 106;
  led.leader_x1 = 110;
  led.leader_y1 = 52;
  harmonise_label_sizes(requests, placements);
  EXPECT_EQ(placements[0].size_index, 0u);
  EXPECT_EQ(placements[2].size_index, 0u);
}

TEST(LabelSizes, UnplacedLabelsAreLeftAlone) {
  const std::vector<LabelRequest> requests{request(100, 100), request(105, 105)};
  std::vector<Placement> placements{placed_top_right(requests[0], 0), Placement{}};
  placements[1].size_index = 2;
  harmonise_label_sizes(requests, placements);
  EXPECT_EQ(placements[0].size_index, 0u);
  EXPECT_FALSE(placements[1].placed);
}

}  // namespace
}  // namespace footprint::render
