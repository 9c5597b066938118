// Google location history files for tests and benchmarks, made with the field names Google's
// exports use: Takeout's Semantic Location History (timelineObjects with placeVisit and
// activitySegment), and the phone's Timeline export from Android (semanticSegments, rawSignals,
// userLocationProfile) and from iOS (a top-level array of segments with "geo:" positions).
#pragma once

#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace footprint::test::history {

using Json = nlohmann::ordered_json;

inline std::int64_t e7(double degrees) {
  return std::llround(degrees * 1e7);
}

inline Json e7_location(double lat, double lon) {
  return {{"latitudeE7", e7(lat)}, {"longitudeE7", e7(lon)}};
}

/// A Semantic Location History placeVisit, with the candidates, child visits and confidence
/// fields Google writes around what the reader takes.
inline Json place_visit(double lat, double lon, const std::string& name, const std::string& address,
                        const std::string& start, const std::string& end,
                        const std::string& semantic_type = "TYPE_SEARCHED_ADDRESS") {
  Json location = e7_location(lat, lon);
  location["placeId"] = "ChIJ" + name.substr(0, 3) + "abc123";
  location["address"] = address;
  location["name"] = name;
  location["semanticType"] = semantic_type;
  location["sourceInfo"] = {{"deviceTag", 1234567}};
  location["locationConfidence"] = 87.5;
  location["calibratedProbability"] = 70.1;
  Json other = e7_location(lat + 0.01, lon + 0.01);
  other["placeId"] = "ChIJother";
  other["semanticType"] = "TYPE_UNKNOWN";
  other["locationConfidence"] = 3.2;
  Json child = {{"location", e7_location(lat + 0.002, lon)},
                {"duration", {{"startTimestamp", start}, {"endTimestamp", end}}},
                {"placeConfidence", "MEDIUM_CONFIDENCE"}};
  return {{"placeVisit",
           {{"location", location},
            {"duration", {{"startTimestamp", start}, {"endTimestamp", end}}},
            {"placeConfidence", "HIGH_CONFIDENCE"},
            {"centerLatE7", e7(lat + 0.0001)},
            {"centerLngE7", e7(lon + 0.0001)},
            {"visitConfidence", 95},
            {"otherCandidateLocations", Json::array({other})},
            {"editConfirmationStatus", "NOT_CONFIRMED"},
            {"locationConfidence", 87},
            {"placeVisitType", "SINGLE_PLACE"},
            {"placeVisitImportance", "MAIN"},
            {"childVisits", Json::array({child})}}}};
}

/// A Semantic Location History activitySegment from `from` to `to` through `waypoints`
/// ({lat, lon} pairs), with a simplifiedRawPath of its own.
inline Json activity_segment(std::pair<double, double> from, std::pair<double, double> to,
                             const std::vector<std::pair<double, double>>& waypoints,
                             const std::string& start, const std::string& end,
                             const std::string& type = "IN_PASSENGER_VEHICLE") {
  Json points = Json::array();
  for (const auto& [lat, lon] : waypoints)
    points.push_back({{"latE7", e7(lat)}, {"lngE7", e7(lon)}});
  Json segment = {{"startLocation", e7_location(from.first, from.second)},
                  {"endLocation", e7_location(to.first, to.second)},
                  {"duration", {{"startTimestamp", start}, {"endTimestamp", end}}},
                  {"distance", 12345},
                  {"activityType", type},
                  {"confidence", "HIGH"},
                  {"activities", Json::array({{{"activityType", type}, {"probability", 91.2}}})}};
  if (!waypoints.empty()) {
    segment["waypointPath"] = {{"waypoints", points},
                               {"source", "INFERRED"},
                               {"distanceMeters", 12001.5},
                               {"travelMode", "DRIVE"}};
  }
  return {{"activitySegment", segment}};
}

inline Json semantic_location_history(const std::vector<Json>& objects) {
  return {{"timelineObjects", objects}};
}

/// Android's "48.1234567°, 11.5234567°".
inline std::string degrees_text(double lat, double lon) {
  char text[64];
  std::snprintf(text, sizeof text, "%.7f\xC2\xB0, %.7f\xC2\xB0", lat, lon);
  return text;
}

/// iOS's "geo:48.123457,11.523457".
inline std::string geo_text(double lat, double lon) {
  char text[64];
  std::snprintf(text, sizeof text, "geo:%.6f,%.6f", lat, lon);
  return text;
}

/// A visit segment of Android's Timeline export.
inline Json android_visit(double lat, double lon, const std::string& start, const std::string& end,
                          const std::string& semantic_type = "UNKNOWN", int level = 0) {
  return {{"startTime", start},
          {"endTime", end},
          {"startTimeTimezoneUtcOffsetMinutes", 60},
          {"endTimeTimezoneUtcOffsetMinutes", 60},
          {"visit",
           {{"hierarchyLevel", level},
            {"probability", 0.87},
            {"topCandidate",
             {{"placeId", "ChIJandroid"},
              {"semanticType", semantic_type},
              {"probability", 0.7},
              {"placeLocation", {{"latLng", degrees_text(lat, lon)}}}}}}}};
}

/// A timelinePath segment of Android's Timeline export.
inline Json android_path(const std::vector<std::pair<double, double>>& points,
                         const std::string& start, const std::string& end) {
  Json path = Json::array();
  for (const auto& [lat, lon] : points) {
    path.push_back({{"point", degrees_text(lat, lon)}, {"time", start}});
  }
  return {{"startTime", start}, {"endTime", end}, {"timelinePath", path}};
}

/// An activity segment of Android's Timeline export (the reader leaves these out).
inline Json android_activity(double lat, double lon, const std::string& start,
                             const std::string& end) {
  return {{"startTime", start},
          {"endTime", end},
          {"activity",
           {{"start", {{"latLng", degrees_text(lat, lon)}}},
            {"end", {{"latLng", degrees_text(lat + 0.1, lon)}}},
            {"distanceMeters", 11000.0},
            {"topCandidate", {{"type", "IN_PASSENGER_VEHICLE"}, {"probability", 0.9}}}}}};
}

/// Android's whole export: the segments, raw signals with positions of their own (which the
/// reader must ignore) and the user's frequent places.
inline Json android_timeline(const std::vector<Json>& segments) {
  Json raw = Json::array(
      {{{"position",
         {{"LatLng", degrees_text(1.5, 2.5)},
          {"accuracyMeters", 13},
          {"altitudeMeters", 512.0},
          {"source", "WIFI"},
          {"timestamp", "2024-01-01T10:00:00.000+01:00"}}}},
       {{"activityRecord",
         {{"probableActivities", Json::array({{{"type", "STILL"}, {"confidence", 0.9}}})},
          {"timestamp", "2024-01-01T10:00:00.000+01:00"}}}}});
  return {{"semanticSegments", segments},
          {"rawSignals", raw},
          {"userLocationProfile",
           {{"frequentPlaces", Json::array({{{"placeId", "ChIJhome"},
                                             {"placeLocation", degrees_text(3.5, 4.5)},
                                             {"label", "HOME"}}})}}}};
}

/// A visit segment of the iOS export: numbers written as strings, positions as "geo:".
inline Json ios_visit(double lat, double lon, const std::string& start, const std::string& end,
                      const std::string& semantic_type = "Unknown") {
  return {{"endTime", end},
          {"startTime", start},
          {"visit",
           {{"hierarchyLevel", "0"},
            {"topCandidate",
             {{"probability", "0.850000"},
              {"semanticType", semantic_type},
              {"placeID", "ChIJios"},
              {"placeLocation", geo_text(lat, lon)}}},
            {"probability", "0.910000"}}}};
}

inline Json ios_path(const std::vector<std::pair<double, double>>& points, const std::string& start,
                     const std::string& end) {
  Json path = Json::array();
  int minute = 0;
  for (const auto& [lat, lon] : points) {
    path.push_back({{"point", geo_text(lat, lon)},
                    {"durationMinutesOffsetFromStartTime", std::to_string(minute++)}});
  }
  return {{"endTime", end}, {"startTime", start}, {"timelinePath", path}};
}

}  // namespace footprint::test::history
