// Geometry on the sphere before it is projected: cutting rings and lines at the antimeridian
// of the projection (d3-geo's order: cut on the sphere, densify, then project), so that no
// polygon is smeared across the page. Paths hold longitude in x and latitude in y, degrees.
#pragma once

#include <vector>

#include "render/geo/geo_types.hpp"

namespace footprint::render {

/// Splits a closed ring at the meridian `central_meridian + 180` and returns the pieces (each
/// closed along the cut) with longitudes relative to the central meridian, in (−180, 180).
std::vector<Path> cut_ring(const Path& ring, double central_meridian);

/// Splits an open line where it crosses the seam. Consecutive points are joined the short way
/// round (|Δλ| ≤ 180°), as a route between two places is. Longitudes become relative.
std::vector<Path> cut_line(const Path& line, double central_meridian);

/// Clips a closed ring (relative longitudes) to a box in the same coordinates
/// (Sutherland–Hodgman: zero-width bridges along the box edge are harmless for fills).
Path clip_ring(const Path& ring, double west, double south, double east, double north);

/// Inserts points so that no segment spans more than `max_step_deg` degrees.
Path densify(const Path& path, double max_step_deg);

}  // namespace footprint::render
