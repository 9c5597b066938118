#include "render/geo_painter.hpp"

#include <gtest/gtest.h>

namespace footprint::render {
namespace {

// A square with a spike down a line and back up it, with other vertices on the way back (as a
// ring reads that runs to the pole along 180°E and back along 180°W): the spike goes, the
// square stays.
TEST(GeoPainter, RetracedSpikesAreDropped) {
  const Path ring{{0, 0}, {10, 0}, {10, 10}, {5, 10},  {5, 30}, {5, 50}, {5, 47.5},
                  {5, 31}, {5, 20}, {5, 10.02}, {0, 10}};
  const Path out = without_retraced(ring);
  ASSERT_EQ(out.size(), 5u);
  for (const XY& p : out) EXPECT_LE(p.y, 10.02);
  // A spike across the ring's start goes too, and a plain square is kept as it is.
  const Path across{{5, 40}, {5, 10}, {0, 10}, {0, 0}, {10, 0}, {10, 10}, {5, 10.01}};
  EXPECT_EQ(without_retraced(across).size(), 5u);
  const Path square{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
  EXPECT_EQ(without_retraced(square).size(), 4u);
  // A narrow inlet wider than the tolerance is geometry, not a retrace.
  const Path inlet{{0, 0}, {10, 0}, {10, 10}, {5.2, 10}, {5.2, 30}, {4.8, 30}, {4.8, 10}, {0, 10}};
  EXPECT_EQ(without_retraced(inlet).size(), inlet.size());
}

}  // namespace
}  // namespace footprint::render
