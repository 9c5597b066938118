#include "core/import/history_segment.hpp"

#include <cmath>
#include <sstream>

#include "core/geodesy.hpp"
#include "core/import/track_shape.hpp"

namespace footprint::core::import {
namespace {

// Thrown inside this file for a segment that cannot be taken; becomes an ImportProblem.
struct Unreadable {
  std::string message;
};

Timestamp timestamp(const std::string& text, bool in_ms, const char* field) {
  if (text.empty()) throw Unreadable{std::string("no ") + field};
  const auto t = in_ms ? parse_millisecond_timestamp(text) : parse_iso_timestamp(text);
  if (!t) throw Unreadable{std::string(field) + " \"" + text + "\" is not a timestamp"};
  return *t;
}

const char* start_field(const HistorySegment& s) {
  if (s.kind == "placeVisit" || s.kind == "activitySegment") {
    return s.start_in_ms ? "duration.startTimestampMs" : "duration.startTimestamp";
  }
  return "startTime";
}

const char* end_field(const HistorySegment& s) {
  if (s.kind == "placeVisit" || s.kind == "activitySegment") {
    return s.end_in_ms ? "duration.endTimestampMs" : "duration.endTimestamp";
  }
  return "endTime";
}

// Start and end of a segment; an end before the start is refused.
std::pair<Timestamp, Timestamp> span(const HistorySegment& s) {
  const Timestamp start = timestamp(s.start_text, s.start_in_ms, start_field(s));
  const Timestamp end = timestamp(s.end_text, s.end_in_ms, end_field(s));
  if (end.utc_seconds < start.utc_seconds) {
    throw Unreadable{std::string(end_field(s)) + " " + end.date.text() + " is before " +
                     start_field(s) + " " + start.date.text()};
  }
  return {start, end};
}

void set_dates(Entry& e, const Timestamp& start, const Timestamp& end) {
  e.date = start.date;
  if (end.utc_seconds > start.utc_seconds) e.end = end.date;
}

// Google marks the visits it knows are at home: TYPE_HOME (Semantic Location History), HOME and
// INFERRED_HOME (Android), Home (iOS).
bool marked_home(const std::string& type) {
  return type == "TYPE_HOME" || type == "HOME" || type == "INFERRED_HOME" || type == "Home";
}

std::string minutes_text(double minutes) {
  std::ostringstream out;
  out << minutes;
  return out.str();
}

void take_visit(const HistorySegment& s, const std::string& origin, const HistoryOptions& options,
                ImportBatch& batch, HistoryCounts& counts) {
  if (s.nested) {
    ++counts.nested_visits;
    return;
  }
  const auto position = s.position ? s.position : s.center;
  if (!position) {
    throw Unreadable{s.kind == "placeVisit" ? "no location.latitudeE7 and location.longitudeE7"
                                            : "no visit.topCandidate.placeLocation"};
  }
  const auto [start, end] = span(s);
  if (static_cast<double>(end.utc_seconds - start.utc_seconds) < options.min_stay_minutes * 60) {
    ++counts.short_visits;
    return;
  }
  const bool at_home =
      marked_home(s.semantic_type) ||
      (options.home && geodesic_distance_km(*options.home, *position) <= options.home_radius_km);
  if (at_home && !options.include_home) {
    ++counts.home_visits;
    return;
  }
  ImportItem item;
  item.entry.coordinates = {*position};
  item.entry.title = s.name;
  item.entry.notes = s.address;
  set_dates(item.entry, start, end);
  item.origin = origin;
  batch.items.push_back(std::move(item));
}

// "IN_PASSENGER_VEHICLE" → "In passenger vehicle", as a track's title.
std::string activity_title(const std::string& type) {
  std::string title;
  for (char c : type) {
    if (c == '_') {
      title += ' ';
    } else if (title.empty()) {
      title += c;
    } else {
      title += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return title;
}

void take_journey(const HistorySegment& s, const std::string& origin, const HistoryOptions& options,
                  ImportBatch& batch, HistoryCounts& counts) {
  if (!options.tracks) {
    ++counts.journeys;
    return;
  }
  std::vector<LonLat> points;
  if (s.path_start) points.push_back(*s.path_start);
  const auto& middle = s.path.empty() ? s.raw_path : s.path;
  points.insert(points.end(), middle.begin(), middle.end());
  if (s.path_end) points.push_back(*s.path_end);
  if (points.size() < 2) {
    throw Unreadable{"a journey needs 2 positions to be a track, it has " +
                     std::to_string(points.size())};
  }
  const auto [start, end] = span(s);
  ImportItem item;
  item.entry.coordinates = std::move(points);
  item.entry.title = activity_title(s.activity_type);
  set_dates(item.entry, start, end);
  item.origin = origin;
  shape_track(item);
  batch.items.push_back(std::move(item));
}

}  // namespace

void take_segment(const HistorySegment& s, const std::string& file, const std::string& file_name,
                  const HistoryOptions& options, ImportBatch& batch, HistoryCounts& counts) {
  // An on-device "activity" repeats what its "timelinePath" segment draws: left out.
  if (s.kind.empty() || s.kind == "activity") return;
  const std::string label = s.pointer + " (" + s.kind + ")";
  try {
    if (!s.problems.empty()) throw Unreadable{s.problems.front()};
    if (s.kind == "placeVisit" || s.kind == "visit") {
      take_visit(s, file_name + ": " + label, options, batch, counts);
    } else {
      take_journey(s, file_name + ": " + label, options, batch, counts);
    }
  } catch (const Unreadable& u) {
    batch.problems.push_back({file, s.where, label + ": " + u.message});
  }
}

void add_skipped(const HistoryCounts& counts, const HistoryOptions& options, ImportBatch& batch) {
  const auto add = [&batch](std::size_t n, std::string what) {
    if (n > 0) batch.skipped.emplace_back(std::move(what), n);
  };
  add(counts.short_visits,
      "visits shorter than " + minutes_text(options.min_stay_minutes) + " minutes (--min-stay)");
  add(counts.home_visits, "visits at home (--include-home)");
  add(counts.journeys, "journeys (--tracks imports them as tracks)");
  add(counts.nested_visits, "visits inside another visit (hierarchyLevel above 0)");
}

}  // namespace footprint::core::import
