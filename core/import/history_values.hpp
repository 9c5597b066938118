// The values of Google location history files, read from their text forms: timestamps
// ("2019-01-01T10:00:00.123Z", "…+01:00", milliseconds since 1970 as a string) and positions
// ("geo:48.1,11.5", "48.1234567°, 11.5234567°", latitudeE7 / longitudeE7 integers).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/date.hpp"
#include "core/entry.hpp"

namespace footprint::core::import {

/// An instant, and how the journal writes it: to the second, in the time zone it was given in.
struct Timestamp {
  std::int64_t utc_seconds = 0;  ///< since 1970-01-01T00:00:00Z
  Date date;
};

/// An ISO 8601 date and time with "Z" or an offset, fractions of a second dropped; nothing when
/// the text is not one.
std::optional<Timestamp> parse_iso_timestamp(std::string_view text);

/// Milliseconds since 1970 written as decimal text ("1546336800000"), as older files write
/// `startTimestampMs`; written back in UTC.
std::optional<Timestamp> parse_millisecond_timestamp(std::string_view text);

/// A position written "geo:LAT,LNG" (iOS export) or "LAT°, LNG°" (Android export); nothing when
/// the text is neither or a coordinate is off the globe.
std::optional<LonLat> parse_position_text(std::string_view text);

/// Degrees from an E7 integer (latitudeE7 414216106 → 41.4216106).
inline double from_e7(double e7) {
  return e7 / 1e7;
}

/// True when the position is on the globe (latitude within ±90°, longitude within ±180°).
bool on_globe(const LonLat& p);

}  // namespace footprint::core::import
