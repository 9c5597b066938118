// One journal entry: a place someone went (or plans to go), with when and what happened.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace footprint::core {

/// WGS 84 longitude and latitude in degrees, in GeoJSON's [lon, lat] order.
struct LonLat {
  double lon = 0;
  double lat = 0;
  bool operator==(const LonLat&) const = default;
};

enum class Status { visited, planned, cancelled };

/// "visited", "planned" or "cancelled".
std::string_view to_string(Status status);
/// Parses a status name; throws UsageError listing the valid names.
Status parse_status(std::string_view text);

/// A journal entry as the program understands it. Members the program does not know stay in
/// the journal's document and are not part of this value.
struct Entry {
  std::string id;
  /// One position for a Point; two or more for a LineString (a route or a track).
  std::vector<LonLat> coordinates;
  std::string title;
  std::string place;
  std::string region;
  std::string country;
  std::optional<Date> date;
  std::optional<Date> end;
  std::string notes;
  std::vector<std::string> tags;
  std::string trip;
  Status status = Status::visited;
  /// Photos of the entry, as the journal stores them: paths relative to the journal's folder
  /// for photos inside it, absolute paths for the others ("2024/IMG_0412.jpg").
  std::vector<std::string> photos;

  bool is_track() const { return coordinates.size() > 1; }
  /// The position to label and mark: the point, or a track's first position.
  LonLat anchor() const { return coordinates.empty() ? LonLat{} : coordinates.front(); }
  /// True when the entry spans more than one day (an `end` later than the start).
  bool is_range() const;
};

}  // namespace footprint::core
