// Distances on the WGS 84 ellipsoid, for ranking places and checking positions.
#pragma once

#include "core/entry.hpp"

namespace footprint::core {

/// Geodesic distance between two positions in kilometres (Vincenty's formulae via Boost.Geometry).
double geodesic_distance_km(LonLat a, LonLat b);

/// Great-circle distance on a sphere of the Earth's mean radius (6371.0088 km), in kilometres:
/// within 0.5% of the geodesic, and cheap enough to compare thousands of candidates.
double haversine_km(LonLat a, LonLat b);

}  // namespace footprint::core
