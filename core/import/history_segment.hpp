// One element of a Google location history file (a timelineObjects or semanticSegments entry)
// as the streaming reader collects it, and how it becomes an entry, a count or a problem.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/entry.hpp"
#include "core/import/google_history.hpp"
#include "core/import/history_values.hpp"

namespace footprint::core::import {

/// What the reader found in one element; each member names the field it comes from.
struct HistorySegment {
  std::string pointer;  ///< "/timelineObjects/13"
  std::string where;    ///< "line 812, column 5"
  /// "placeVisit", "activitySegment" (Semantic Location History), "visit", "timelinePath",
  /// "activity" (Timeline export), or "" when the element holds none of them.
  std::string kind;
  std::optional<LonLat> position;  ///< location.latitudeE7/longitudeE7, placeLocation
  std::optional<LonLat> center;    ///< placeVisit.centerLatE7/centerLngE7
  std::string name, address, semantic_type, activity_type;
  std::string start_text, end_text;  ///< the timestamps as written (ISO text or milliseconds)
  bool start_in_ms = false, end_in_ms = false;
  bool nested = false;           ///< visit.hierarchyLevel above 0: inside another visit
  std::vector<LonLat> path;      ///< start, waypoints or timelinePath points, end
  std::vector<LonLat> raw_path;  ///< simplifiedRawPath points (used without waypoints)
  std::optional<LonLat> path_start, path_end;  ///< activitySegment start/endLocation
  std::vector<std::string> problems;  ///< values that could not be read, in the reader's words
};

/// What the reader left out, counted.
struct HistoryCounts {
  std::size_t short_visits = 0;
  std::size_t home_visits = 0;
  std::size_t journeys = 0;
  std::size_t nested_visits = 0;
};

/// Adds the segment to the batch as an item or a problem (naming `file`), or counts it; items'
/// origins name the file by `file_name`.
void take_segment(const HistorySegment& segment, const std::string& file,
                  const std::string& file_name, const HistoryOptions& options, ImportBatch& batch,
                  HistoryCounts& counts);

/// The counts as ImportBatch::skipped lines (only those above 0).
void add_skipped(const HistoryCounts& counts, const HistoryOptions& options, ImportBatch& batch);

}  // namespace footprint::core::import
