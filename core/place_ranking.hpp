// The one rule that ranks the places answering to a name and says when the first is clearly the
// one meant (Banff -> Alberta, Cologne -> Köln) rather than one of several (Amherst: Massachusetts
// or New York). `footprint place` lists by it and `footprint add` picks by it.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/entry.hpp"
#include "core/place.hpp"

namespace footprint::core {

/// Within this distance of a place the journal already has, a candidate counts as "near".
inline constexpr double kNearRadiusKm = 500;

/// True when `position` is within kNearRadiusKm of one of `near`.
bool is_near_any(LonLat position, std::span<const LonLat> near);

/// A candidate's weight: population (at least 500), times a bonus for capitals (PPLC ×5) and
/// regional seats (PPLA ×3, PPLA2 ×1.5), times (1 + its number of alternate names)² for how
/// widely it is known, times 100 when it is near one of `near` (where the person already goes),
/// divided by 4,000 when it was found by another of its names rather than its own.
double place_score(const Place& place, std::span<const LonLat> near);

/// Sorts best first by place_score; ties go to the lower GeoNames id, so the order is stable.
void rank_places(std::vector<Place>& places, std::span<const LonLat> near);

/// How many times `best` outweighs `runner_up`.
double score_ratio(const Place& best, const Place& runner_up, std::span<const LonLat> near);

/// True when the first of ranked candidates outweighing the next `margin` times is clear enough
/// to be chosen without asking: 5 times, or 2 times for a city of 250,000 or more (a name known
/// far beyond its region).
bool is_clear_margin(const Place& best, double margin);

/// True when `best` is clearly the one meant next to `runner_up` (is_clear_margin).
bool is_clear_best(const Place& best, const Place& runner_up, std::span<const LonLat> near);

/// The factors of place_score that are not 1, for showing why a place ranks where it does:
/// "capital x5, 108 names, near your places x100", "19 names, by another name /4000".
std::string score_reasons(const Place& place, std::span<const LonLat> near);

/// The rule for a clear pick in words, for messages: "5 times, or 2 times for a city of 250,000
/// or more".
std::string clear_rule();

}  // namespace footprint::core
