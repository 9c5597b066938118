#include "render/geo/sphere_cap.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/data_paths.hpp"
#include "render/basemap/vector_source.hpp"
#include "render/geo/projection.hpp"

namespace footprint::render {
namespace {

constexpr double kDeg = M_PI / 180;

// Winding number (counter-clockwise positive) of a closed ring about q, in the plane.
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

// The azimuthal equidistant plane around the cap's centre (east = x, north = y): inside the
// cap it is one-to-one, so windings there are the clipped rings' true windings.
XY plane(const SphereCap& cap, XY p) {
  const double r = angle_between_deg(cap.centre, {p.x, p.y});
  const double lat = p.y * kDeg, lat0 = cap.centre.lat * kDeg, dlon = (p.x - cap.centre.lon) * kDeg;
  const double theta =
      std::atan2(std::sin(dlon) * std::cos(lat),
                 std::cos(lat0) * std::sin(lat) - std::sin(lat0) * std::cos(lat) * std::cos(dlon));
  return {r * std::sin(theta), r * std::cos(theta)};
}

// The winding GIS means: of the ring in longitude and latitude about q (q at any longitude
// the ring spans).
int lonlat_winding(const Path& ring, XY q) {
  double lo = 1e9, hi = -1e9;
  for (const XY& p : ring) {
    lo = std::min(lo, p.x);
    hi = std::max(hi, p.x);
  }
  int w = 0;
  for (double x = q.x + 360 * std::ceil((lo - q.x) / 360); x <= hi; x += 360)
    w += winding(ring, {x, q.y});
  return w;
}

// Checks the clipped rings against the input at `samples` random points of the cap.
void expect_same_windings(const Path& ring, const SphereCap& cap, int samples, unsigned seed,
                          const std::string& what) {
  const std::vector<Path> clipped = clip_ring_to_cap(ring, cap, 1.0);
  std::vector<Path> planar;
  for (const Path& piece : clipped) {
    Path p;
    for (const XY& v : piece) {
      EXPECT_TRUE(cap_contains(cap, {v.x, v.y}, 1e-6)) << what;
      p.push_back(plane(cap, v));
    }
    planar.push_back(p);
  }
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> bearing(0, 360), unit(0, 1);
  int mismatches = 0;
  for (int i = 0; i < samples; ++i) {
    // Uniform on the cap: the cosine of the angle is uniform.
    const double angle = std::acos(1 - unit(rng) * (1 - std::cos(cap.radius_deg * kDeg))) / kDeg;
    const core::LonLat q = destination(cap.centre, angle * 0.999, bearing(rng));
    XY ql{std::remainder(q.lon, 360.0), q.lat};
    int got = 0;
    for (const Path& p : planar) got += winding(p, plane(cap, ql));
    const int want = lonlat_winding(ring, ql);
    if (got != want && ++mismatches <= 3) {
      ADD_FAILURE() << what << ": at " << ql.x << "," << ql.y << " winding " << got << ", want "
                    << want;
    }
  }
  EXPECT_EQ(mismatches, 0) << what;
}

TEST(SphereCap, RealLandKeepsItsWindingsInsideTheCap) {
  const auto land =
      read_vector({core::data_dir() / "basemap" / "world_50m.gpkg", "land"}, {-180, -90, 180, 90});
  for (const core::LonLat centre :
       {core::LonLat{-65, -35}, core::LonLat{175, -40}, core::LonLat{0, 90}, core::LonLat{0, -90},
        core::LonLat{-110, 45}}) {
    const SphereCap cap{centre, 90};
    int index = 0;
    for (const auto& polygon : land->polygons) {
      for (const Path& ring : polygon) {
        const std::string what = "ring " + std::to_string(index) + " of " +
                                 std::to_string(ring.size()) + " points, centre " +
                                 std::to_string(centre.lon) + "," + std::to_string(centre.lat);
        expect_same_windings(ring, cap, 200, static_cast<unsigned>(index), what);
        ++index;
      }
    }
  }
}

// The outline is a circle of the cap's radius, around a pole too (the textbook destination
// formula loses the bearing there: every point came out on one meridian).
TEST(SphereCap, OutlineIsTheCircleAlsoAroundAPole) {
  for (const SphereCap cap :
       {SphereCap{{0, 90}, 179}, SphereCap{{30, -90}, 90}, SphereCap{{-110, 45}, 63}}) {
    const Path outline = cap_outline(cap, 1.0);
    ASSERT_EQ(outline.size(), 360u);
    // Neighbours 1° of bearing apart on a small circle of radius r: sin(d/2) = sin r sin 0.5°.
    const double chord =
        2 * std::asin(std::sin(cap.radius_deg * kDeg) * std::sin(0.5 * kDeg)) / kDeg;
    for (std::size_t i = 0; i < outline.size(); ++i) {
      const XY a = outline[i], b = outline[(i + 1) % outline.size()];
      EXPECT_NEAR(angle_between_deg(cap.centre, {a.x, a.y}), cap.radius_deg, 1e-9);
      EXPECT_NEAR(angle_between_deg({a.x, a.y}, {b.x, b.y}), chord, chord * 1e-6) << i;
    }
  }
}

// Clipped rings turn round the cap with continuous longitudes, far past ±180 (Eurasia seen
// from Argentina went to -573°): PROJ refused those, and the points it dropped left a chord
// across the map.
TEST(SphereCap, EveryPointOfClippedLandProjects) {
  const auto land =
      read_vector({core::data_dir() / "basemap" / "world_50m.gpkg", "land"}, {-180, -90, 180, 90});
  for (const SphereCap cap :
       {SphereCap{{-65, -35}, 90}, SphereCap{{0, 90}, 179}, SphereCap{{-110, 45}, 120}}) {
    Projection projection("+proj=laea +lat_0=" + std::to_string(cap.centre.lat) +
                          " +lon_0=" + std::to_string(cap.centre.lon));
    projection.set_visible_cap(cap);
    std::size_t points = 0, failed = 0;
    for (const auto& polygon : land->polygons) {
      for (const Path& ring : polygon) {
        for (const Path& piece : clip_ring_to_cap(ring, cap, 1.0)) {
          for (const XY& p : piece) {
            ++points;
            failed += projection.forward({p.x, p.y}) ? 0 : 1;
          }
        }
      }
    }
    EXPECT_GT(points, 1000u);
    EXPECT_EQ(failed, 0u) << cap.centre.lon << "," << cap.centre.lat;
  }
}

}  // namespace
}  // namespace footprint::render
