// Which entries are at the same place: the fourth concert at the Winspear Centre is not a new
// place, nor is "san francisco" after "San Francisco".
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/entry.hpp"

namespace footprint::core {

/// How far apart two unnamed positions may be and still be one place.
inline constexpr double kSamePlaceKm = 1.0;

/// A number per entry, equal for entries at the same place and counted from 0 in order of first
/// appearance. Named entries are the same place when place, region and country are equal
/// ignoring case, accents and punctuation; an entry without a place name is the same place as an
/// earlier unnamed one when its position (a track's first) is within kSamePlaceKm.
std::vector<std::size_t> fold_places(const std::vector<const Entry*>& entries);

/// The name to show for an entry's place: its place, else its title, else "LAT,LON" (4 decimals).
std::string place_label(const Entry& entry);

/// "Alberta, Canada", "Alberta" without a country; empty without a region.
std::string region_label(const Entry& entry);

}  // namespace footprint::core
