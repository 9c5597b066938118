// How the places answering to one name are ranked, and when the first is clearly the one meant
// (Vancouver -> British Columbia) rather than one of several (Amherst: New York or Massachusetts).
#pragma once

#include <span>
#include <vector>

#include "core/entry.hpp"
#include "core/place.hpp"

namespace footprint::core {

/// Within this distance of a place the journal already has, a candidate counts as "near".
inline constexpr double kNearRadiusKm = 500;

/// A candidate's weight: population, times a bonus for capitals (PPLC) and regional seats
/// (PPLA, PPLA2), times a bonus when it is near one of `near` (where the person already goes).
double place_score(const Place& place, std::span<const LonLat> near);

/// Sorts best first by place_score; ties go to the lower GeoNames id, so the order is stable.
void rank_places(std::vector<Place>& places, std::span<const LonLat> near);

/// True when `best` outweighs `runner_up` clearly enough to be chosen without asking: five times
/// the score, or twice for a major city (a name known far beyond its region).
bool is_clear_best(const Place& best, const Place& runner_up, std::span<const LonLat> near);

}  // namespace footprint::core
