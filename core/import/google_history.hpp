// The Google location history reader of `footprint import`: Takeout's Semantic Location History
// monthly files (`timelineObjects`) and the phone's own Timeline export (`semanticSegments` from
// Android, a top-level array from iOS), streamed through nlohmann_json's SAX parser.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>

#include "core/entry.hpp"
#include "core/import/import_item.hpp"

namespace footprint::core::import {

struct HistoryOptions {
  /// Visits shorter than this are counted in `skipped`, not imported.
  double min_stay_minutes = 15;
  /// Visits at home (within home_radius_km of `home`, or marked home by Google) are counted in
  /// `skipped` unless this is set.
  bool include_home = false;
  std::optional<LonLat> home;
  /// Journeys (activitySegment, timelinePath) become tracks (LineString entries) when set, and
  /// are counted in `skipped` when not.
  bool tracks = false;
  /// Called as the file is read, about every 64 KiB.
  std::function<void(std::uint64_t bytes_done, std::uint64_t bytes_total)> progress;
  double home_radius_km = 1.0;
};

/// True when the file's first 4 KiB look like one of the three layouts: an object whose first
/// member is "timelineObjects" or "semanticSegments", or an array whose first element has
/// "startTime" and a "visit", "activity" or "timelinePath".
bool looks_like_google_history(const std::filesystem::path& file);

/// Reads the file in one pass, holding only the entries it makes. A file that is not JSON, or
/// ends early, gives a problem with its line and column; what was read before it is kept.
/// Throws IoError when the file cannot be read at all.
ImportBatch read_google_history(const std::filesystem::path& file, const HistoryOptions& options);

}  // namespace footprint::core::import
