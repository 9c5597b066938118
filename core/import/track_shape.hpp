// A GPS track as stored in the journal: simplified for storage (Douglas-Peucker) after its
// length was measured on every point (core::track_length_km).
#pragma once

#include <vector>

#include "core/entry.hpp"
#include "core/import/import_item.hpp"

namespace footprint::core::import {

/// Points of a track closer than this to the simplified line are dropped: a few metres, finer
/// than any map or poster draws, while a day's walk of 10,000 points keeps a few hundred.
inline constexpr double kTrackToleranceM = 5;

/// The track with the points that lie within `tolerance_m` of the line through the kept ones
/// removed (first and last always kept). Works across the antimeridian.
std::vector<LonLat> simplify_track(const std::vector<LonLat>& track,
                                   double tolerance_m = kTrackToleranceM);

/// Gives an imported track (GPX track or route, KML or GeoJSON line, Google history journey) its
/// stored form: length_km measured on every point, then the coordinates simplified.
void shape_track(ImportItem& item);

}  // namespace footprint::core::import
