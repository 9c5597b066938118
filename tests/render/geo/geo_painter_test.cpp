#include "render/geo/geo_painter.hpp"

#include <gtest/gtest.h>

#include "render/geo/projection.hpp"
#include "render/geo/viewport.hpp"
#include "render/page/cairo_ptr.hpp"

namespace footprint::render {
namespace {

// A square with a spike down a line and back up it, with other vertices on the way back (as a
// ring reads that runs to the pole along 180°E and back along 180°W): the spike goes, the
// square stays.
TEST(GeoPainter, RetracedSpikesAreDropped) {
  const Path ring{{0, 0},    {10, 0}, {10, 10}, {5, 10},    {5, 30}, {5, 50},
                  {5, 47.5}, {5, 31}, {5, 20},  {5, 10.02}, {0, 10}};
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

// Douglas–Peucker on page points: what lies within the tolerance of the simplified line goes,
// what stands out of it stays, and the ends are always kept.
TEST(GeoPainter, SimplifyKeepsOnlyWhatStandsOutOfTheTolerance) {
  Path straight;
  for (int i = 0; i <= 100; ++i) straight.push_back({i * 1.0, 0.1 * ((i % 2) ? 1 : -1)});
  const Path flat = simplify(straight, 0.3);
  ASSERT_EQ(flat.size(), 2u);
  EXPECT_EQ(flat.front().x, 0);
  EXPECT_EQ(flat.back().x, 100);
  // The same zigzag at 0.5 pt each side of the line is drawing, not noise.
  for (XY& p : straight) p.y *= 5;
  EXPECT_EQ(simplify(straight, 0.3).size(), straight.size());
  // One bump of 2 pt in a line: the bump's top and the ends.
  const Path bump{{0, 0}, {1, 0.1}, {2, 0}, {3, 2}, {4, 0}, {5, 0.1}, {6, 0}};
  const Path kept = simplify(bump, 0.3);
  ASSERT_EQ(kept.size(), 5u);
  EXPECT_EQ(kept[2].y, 2);
  // A closed ring whose ends meet keeps its shape.
  const Path ring{{0, 0}, {10, 0}, {10, 0.1}, {10, 10}, {0, 10}, {0, 0}};
  EXPECT_EQ(simplify(ring, 0.3).size(), 5u);
  EXPECT_EQ(simplify({{0, 0}, {1, 1}}, 0.3).size(), 2u);
}

// A ring clipped to a box closes along the box's edge: here along 20°N, the north edge of what
// a map round the South Pole reads, from 120°E back to 10°E. In the conic projection that map
// was drawn in, that parallel is an arc; closed with a straight chord, the ring lost the land
// between the chord and the arc and filled sea beyond it (open sea in the Indian Ocean drawn as
// land with a straight edge).
TEST(GeoPainter, ClippedRingClosesAlongItsParallelNotAcrossIt) {
  const Projection projection("+proj=aea +lat_1=-82.5 +lat_2=-52.5 +lat_0=-67.5 +lon_0=0");
  const Viewport viewport(project_bounds(projection, {-180, -90, 180, 30}),
                          Frame{0, 0, 1000, 1000});
  CairoSurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 10, 10));
  CairoPtr cr(cairo_create(surface.get()));
  GeoPainter painter(cr.get(), projection, viewport, LonLatBox{-180, -90, 180, 20}, 0.25, 0.3);
  // 10°E to 120°E, 10°S to 40°N: clipped to 10°S..20°N.
  painter.add_polygon({{{10, 40}, {10, -10}, {120, -10}, {120, 40}}});
  const auto filled = [&](double lon, double lat) {
    const XY page = viewport.to_page(*projection.forward({lon, lat}));
    return cairo_in_fill(cr.get(), page.x, page.y) != 0;
  };
  for (const double lon : {20.0, 65.0, 110.0}) {
    EXPECT_TRUE(filled(lon, 19)) << lon << "°E, 19°N is in the ring";
    EXPECT_TRUE(filled(lon, -9)) << lon;
    EXPECT_FALSE(filled(lon, 21)) << lon << "°E, 21°N is beyond the clip";
  }
  EXPECT_FALSE(filled(5, 0));
  EXPECT_FALSE(filled(125, 0));
}

}  // namespace
}  // namespace footprint::render
