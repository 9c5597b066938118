#include "render/geo/geo_types.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace footprint::render {
namespace {

// Winding number (counter-clockwise positive) of a closed ring about q, in longitude and
// latitude as they are (no wrapping).
int winding(const Path& ring, XY q) {
  int w = 0;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    const XY a = ring[i], b = ring[(i + 1) % ring.size()];
    const double side = (b.x - a.x) * (q.y - a.y) - (q.x - a.x) * (b.y - a.y);
    if (a.y <= q.y) {
      if (b.y > q.y && side > 0) ++w;
    } else if (b.y <= q.y && side < 0) {
      --w;
    }
  }
  return w;
}

// Antarctica as world-atlas stores it: its coast from 180°W eastwards round the pole to 179.62°E,
// closed by a short step east across the antimeridian back to the start. Closed straight down
// to the pole from its last point, it left out a wedge from 179.62°E to 180°, a keyhole of sea
// from the coast to the pole.
TEST(GeoTypes, RingRoundAPoleIsClosedAlongTheAntimeridianAndThePole) {
  Path ring{{-180, -84.35}, {-90, -73}, {0, -70}, {90, -67}, {179.62, -84.27}};
  unwrap_lon(ring);
  close_around_pole(ring);
  for (const double lon : {-179.9, -100.0, 0.0, 100.0, 179.7, 179.99}) {
    for (const double lat : {-85.0, -89.0, -89.99}) {
      EXPECT_EQ(std::abs(winding(ring, {lon, lat})), 1) << lon << "," << lat;
    }
  }
  EXPECT_EQ(winding(ring, {0, -60}), 0);
  EXPECT_EQ(winding(ring, {179.8, -80}), 0) << "north of the coast where it meets 180°";
  // The same coast run the other way round (westwards) closes the same way.
  Path westward{{179.62, -84.27}, {90, -67}, {0, -70}, {-90, -73}, {-180, -84.35}};
  unwrap_lon(westward);
  close_around_pole(westward);
  for (const double lon : {-179.9, 0.0, 179.7, 179.99}) {
    EXPECT_EQ(std::abs(winding(westward, {lon > 0 ? lon - 360 : lon, -89.5})), 1) << lon;
  }
  // A ring that does not go round a pole is left as it is.
  Path island{{170, -10}, {-170, -10}, {-170, 10}, {170, 10}};
  unwrap_lon(island);
  close_around_pole(island);
  EXPECT_EQ(island.size(), 4u);
}

}  // namespace
}  // namespace footprint::render
