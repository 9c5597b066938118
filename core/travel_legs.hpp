// The distance a traveller covered: legs between the places they visited, in date order.
#pragma once

#include <optional>
#include <vector>

#include "core/entry.hpp"
#include "core/period.hpp"

namespace footprint::core {

/// A stretch of travel and the day it arrives (a leg's km belong to the month of the arrival).
struct Leg {
  long arrival_day = 0;
  double km = 0;
};

/// Length of an entry's own geometry: the sum of a track's segments, 0 for a point.
double track_length_km(const Entry& entry);

/// The legs of the visited entries (in date order, all overlapping `period`): home to the
/// first, each entry's end to the next one's start, along each track, and the last back home.
/// Without a home the route starts at the first entry and ends at the last. A leg arrives on
/// the first day (in the period) of the entry it reaches; the way home on the last entry's last
/// day (in the period). Geodesics on the WGS 84 ellipsoid, so the short way round across the
/// antimeridian.
std::vector<Leg> travel_legs(const std::vector<const Entry*>& visited,
                             const std::optional<LonLat>& home, const Period& period);

}  // namespace footprint::core
