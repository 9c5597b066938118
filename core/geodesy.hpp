// Distances on the WGS 84 ellipsoid, for ranking places and checking positions.
#pragma once

#include "core/entry.hpp"

namespace footprint::core {

/// Geodesic distance between two positions in kilometres (Vincenty's formulae via Boost.Geometry).
double geodesic_distance_km(LonLat a, LonLat b);

}  // namespace footprint::core
