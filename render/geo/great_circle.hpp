// Routes between places along geodesics of the WGS 84 ellipsoid, densified so that they are
// drawn as the curves they are in every projection.
#pragma once

#include "core/entry.hpp"
#include "render/geo/geo_types.hpp"

namespace footprint::render {

/// Points every `step_km` (and at both ends) along the geodesic from `from` to `to`
/// (PROJ's geod_inverseline / geod_position). Longitudes are continuous: they may run past ±180
/// so that the caller can cut the line at the map's seam.
Path geodesic(core::LonLat from, core::LonLat to, double step_km = 50);

/// Geodesic length in km.
double geodesic_km(core::LonLat from, core::LonLat to);

}  // namespace footprint::render
