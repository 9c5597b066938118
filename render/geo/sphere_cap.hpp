// A cap of the sphere (everything within an angle of a centre) and geometry clipped to it on
// the sphere, before it is projected, as d3-geo's clipCircle does for azimuthal projections.
// An azimuthal projection is continuous everywhere but at the antipode of its centre, where it
// blows up (Lambert's equal-area turns that one point into the rim of its disc): a map shows a
// cap around the centre and nothing beyond, so polygons from the far side never smear across it.
//
// Paths hold longitude in x and latitude in y, degrees; edges are straight in longitude and
// latitude, as GIS data means them (a ring along the 90th parallel south is Antarctica's edge).
#pragma once

#include <vector>

#include "core/entry.hpp"
#include "render/geo/geo_types.hpp"

namespace footprint::render {

struct SphereCap {
  core::LonLat centre;
  double radius_deg = 90;
};

/// Great-circle angle between two points, in degrees (0..180).
double angle_between_deg(core::LonLat a, core::LonLat b);

/// The point `angle_deg` away from `from` in the direction `bearing_deg` (clockwise from north).
core::LonLat destination(core::LonLat from, double angle_deg, double bearing_deg);

/// True when `p` is in the cap or within `tolerance_deg` of its edge.
bool cap_contains(const SphereCap& cap, core::LonLat p, double tolerance_deg = 0);

/// The cap's edge as a closed ring (first point not repeated), a point every `step_deg` of
/// bearing, clockwise seen from above; longitudes continuous (they may run past ±180).
Path cap_outline(const SphereCap& cap, double step_deg);

/// The part of a closed ring inside the cap: its pieces inside, joined along the cap's edge the
/// way the ring goes round outside, plus whole turns of the edge where the ring encloses the
/// cap. Every point of the cap keeps the winding number the ring gives it in longitude and
/// latitude, so a non-zero fill of the result is the polygon's part in the cap. Consecutive
/// points are at most `max_step_deg` apart; longitudes are continuous.
std::vector<Path> clip_ring_to_cap(const Path& ring, const SphereCap& cap, double max_step_deg);

/// The pieces of an open line inside the cap, ending on its edge; points at most `max_step_deg`
/// apart, longitudes as the line has them.
std::vector<Path> clip_line_to_cap(const Path& line, const SphereCap& cap, double max_step_deg);

}  // namespace footprint::render
