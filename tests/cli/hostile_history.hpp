// A Google Takeout Semantic Location History file of about 200 MB with hostile parts, written by
// a test into its own folder: what a person's years of history look like in size (mostly
// activitySegments with long waypoint paths), with huge strings, deep nesting, values of the
// wrong type and an end cut off. One timeline object per line, so where each part is is known.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace footprint::test {

/// What the generator wrote where: 1-based lines of the parts a reader must report.
struct HostileHistory {
  std::size_t visits = 0;    ///< good placeVisits (each a distinct place and day)
  std::size_t journeys = 0;  ///< activitySegments that were written whole
  std::vector<std::pair<std::size_t, std::string>> bad;  ///< line, the visit's problem
  std::size_t last_line = 0;                             ///< the line the file is cut in
  std::size_t cut_column = 0;                            ///< the column its end is in
  std::uintmax_t bytes = 0;
};

namespace hostile {

inline std::string e7(double degrees) {
  return std::to_string(static_cast<long long>(degrees * 1e7 + (degrees < 0 ? -0.5 : 0.5)));
}

inline std::string visit(double lat, double lon, const std::string& name, const std::string& day,
                         const std::string& extra = "") {
  return R"({"placeVisit": {"location": {"latitudeE7": )" + e7(lat) + R"(, "longitudeE7": )" +
         e7(lon) + R"(, "placeId": "ChIJabc", "address": "1 Main St", "name": ")" + name +
         R"(", "semanticType": "TYPE_SEARCHED_ADDRESS", "locationConfidence": 87.5}, )" +
         R"("duration": {"startTimestamp": ")" + day + R"(T10:00:00Z", "endTimestamp": ")" + day +
         R"(T12:30:00Z"}, "placeConfidence": "HIGH_CONFIDENCE", "centerLatE7": )" + e7(lat) +
         R"(, "centerLngE7": )" + e7(lon) + extra + "}}";
}

inline std::string journey(double lat, double lon, int waypoints, const std::string& day) {
  std::string path;
  for (int i = 0; i < waypoints; ++i) {
    path += std::string(i > 0 ? ", " : "") + R"({"latE7": )" + e7(lat + i * 1e-4) +
            R"(, "lngE7": )" + e7(lon + i * 1e-4) + "}";
  }
  return R"({"activitySegment": {"startLocation": {"latitudeE7": )" + e7(lat) +
         R"(, "longitudeE7": )" + e7(lon) + R"(}, "endLocation": {"latitudeE7": )" +
         e7(lat + waypoints * 1e-4) + R"(, "longitudeE7": )" + e7(lon + waypoints * 1e-4) +
         R"(}, "duration": {"startTimestamp": ")" + day + R"(T13:00:00Z", "endTimestamp": ")" +
         day + R"(T14:00:00Z"}, "activityType": "IN_PASSENGER_VEHICLE", "waypointPath": )" +
         R"({"waypoints": [)" + path + R"(], "source": "INFERRED"}}})";
}

// Day `i` from 2001-01-01 on, as YYYY-MM-DD (28-day months: every date exists).
inline std::string day(std::size_t i) {
  char text[64];
  std::snprintf(text, sizeof text, "%04zu-%02zu-%02zu", 2001 + i / (std::size_t{12} * 28),
                i / 28 % 12 + 1, i % 28 + 1);
  return text;
}

}  // namespace hostile

/// Writes the file: `visits` good visits spread among journeys of 400 waypoints until about
/// `bytes` are written, then the hostile parts, then a journey cut in the middle.
inline HostileHistory write_hostile_history(const std::filesystem::path& path,
                                            std::uintmax_t bytes = 200'000'000,
                                            std::size_t visits = 1000) {
  using namespace hostile;
  HostileHistory h;
  std::ofstream out(path, std::ios::binary);
  std::size_t line = 2;  // of the next object: the first line opens the array
  auto put = [&](const std::string& object) {
    out << (line == 2 ? "" : ",\n") << object;
    ++line;
  };
  out << R"({"timelineObjects": [)"
      << "\n";
  const std::string journey_text = journey(45, -75, 400, day(0));
  constexpr std::uintmax_t kHostileBytes = 60'000'000;  // the huge strings below
  const std::size_t journeys = (bytes - std::min(bytes, kHostileBytes)) / journey_text.size() + 1;
  for (std::size_t j = 0; j < journeys; ++j) {
    while (h.visits < visits && h.visits * journeys <= j * visits) {
      const std::size_t i = h.visits++;
      const std::size_t row = i / 50, column = i % 50;
      put(visit(30 + static_cast<double>(row), -120 + static_cast<double>(column),
                "Visit " + std::to_string(i), day(i)));
    }
    put(journey(45 + static_cast<double>(j % 20), -75, 400, day(j)));
    ++h.journeys;
  }
  // Huge strings: 30 MB in a field the reader ignores, 30 MB of JSON escapes in another.
  put(visit(
      10, 10, "Huge placeId", day(5000),
      // NOLINTNEXTLINE(bugprone-string-constructor): this size is what the test is for
      R"(, "otherCandidateLocations": [{"placeId": ")" + std::string(30'000'000, 'x') + R"("}])"));
  ++h.visits;
  std::string escapes;
  for (int i = 0; i < 5'000'000; ++i) escapes += "\\u00e9";
  put(visit(10, 11, "Escapes", day(5001), R"(, "editConfirmationStatus": ")" + escapes + "\""));
  ++h.visits;
  // Deep but allowed nesting (60 levels) in an ignored member.
  put(visit(10, 12, "Deep", day(5002),
            R"(, "childVisits": )" + std::string(55, '[') + std::string(55, ']')));
  ++h.visits;
  // Values of the wrong type: each spoils its own visit only.
  std::string v = visit(10, 13, "Text latitude", day(5003));
  v.replace(v.find(e7(10)), e7(10).size(), R"("ten")");
  h.bad.emplace_back(line, "/timelineObjects/" + std::to_string(line - 2) +
                               " (placeVisit): location.latitudeE7 is not a number");
  put(v);
  v = visit(10, 14, "Object time", day(5004));
  v.replace(v.find('"' + day(5004) + "T10:00:00Z\""), 22, "{\"a\": 1}");
  h.bad.emplace_back(line, "/timelineObjects/" + std::to_string(line - 2) +
                               " (placeVisit): duration.startTimestamp is an object, not a "
                               "timestamp");
  put(v);
  // The end cut off inside a journey.
  const std::string last = journey(50, -75, 400, day(5005));
  h.last_line = line;
  out << ",\n" << last.substr(0, last.size() / 2);
  h.cut_column = last.size() / 2;  // the last character read
  out.close();
  h.bytes = std::filesystem::file_size(path);
  return h;
}

}  // namespace footprint::test
