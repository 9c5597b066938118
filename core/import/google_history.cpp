#include "core/import/google_history.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/import/history_segment.hpp"
#include "core/import/json_stream.hpp"

namespace footprint::core::import {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kMaxDepth = 64;

// A scalar as the SAX parser gives it.
struct Scalar {
  std::optional<double> number;
  std::optional<std::string> text;
};

// A number written where text or a small whole number is expected (a timestamp in milliseconds,
// a hierarchy level), as decimal text; a number that is not whole or beyond 64 bits is written
// as it is, and the reader refuses it as a timestamp.
std::string number_text(double v) {
  if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9e18) {
    return std::to_string(static_cast<long long>(v));
  }
  std::ostringstream out;
  out << v;
  return out.str();
}

// E7 coordinates come as two members; they are paired when their object ends.
struct E7Pair {
  std::optional<double> lat, lon;
};

// Collects each element of the history array into a HistorySegment and hands it on when it
// ends; everything else in the file (rawSignals, userLocationProfile, candidates) is skipped.
class HistorySax {
 public:
  HistorySax(JsonFileStream& stream, const std::string& file, const std::string& file_name,
             const HistoryOptions& options, ImportBatch& batch)
      : stream_(stream), file_(file), file_name_(file_name), options_(options), batch_(batch) {}

  bool null() { return value({}); }
  bool boolean(bool) { return value({}); }
  bool number_integer(Json::number_integer_t v) { return value({static_cast<double>(v), {}}); }
  bool number_unsigned(Json::number_unsigned_t v) { return value({static_cast<double>(v), {}}); }
  bool number_float(Json::number_float_t v, const std::string&) { return value({v, {}}); }
  bool string(std::string& v) { return value({{}, v}); }
  // NOLINTNEXTLINE(readability-convert-member-functions-to-static): one of nlohmann's SAX calls
  bool binary(Json::binary_t&) { return true; }
  bool start_object(std::size_t) { return open(false); }
  bool start_array(std::size_t) { return open(true); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(std::string& k) {
    key_ = k;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    // nlohmann's text starts "[json.exception.parse_error.101] parse error at line 1, column 2: ".
    const std::string what = e.what();
    const auto colon = what.find(": ", what.find("column"));
    problem(stream_.position(), colon == std::string::npos ? what : what.substr(colon + 2));
    return false;
  }

  /// True when the file had the layout of a location history: a timelineObjects or
  /// semanticSegments array, or a top-level array holding at least one Timeline segment.
  bool recognized() const {
    return saw_segment_ || (!element_path_.empty() && element_path_ != "/[]");
  }
  const HistoryCounts& counts() const { return counts_; }

 private:
  struct Frame {
    bool array;
    std::size_t parent_path_size;
    std::size_t children = 0;
  };

  void problem(const StreamPosition& at, std::string message) {
    StreamPosition p = at;
    if (p.column == 0) p.column = 1;
    batch_.problems.push_back({file_, p.text(), std::move(message)});
  }

  // The name of the value about to start in the current container: its key, or "[]".
  std::string_view child_name() const {
    if (frames_.empty()) return {};
    if (frames_.back().array) return "[]";
    return key_;
  }

  bool open(bool array) {
    if (frames_.size() >= kMaxDepth) {
      problem(stream_.position(), "nesting deeper than " + std::to_string(kMaxDepth) +
                                      " levels; this is not a location history file");
      return false;
    }
    std::size_t index = 0;
    if (!frames_.empty()) {
      index = frames_.back().children++;
      recognize(array);
    }
    frames_.push_back({array, path_.size()});
    if (frames_.size() > 1) (path_ += '/') += child_name_of_parent_;
    if (frames_.size() == 1 && array) set_layout("/[]", "");
    if (!in_element_ && !element_path_.empty() && path_ == element_path_) {
      in_element_ = true;
      element_depth_ = frames_.size();
      segment_ = HistorySegment{};
      segment_.pointer = element_pointer_ + "/" + std::to_string(index);
      segment_.where = stream_.position().text();
    } else if (in_element_) {
      opened_in_element(array);
    }
    return true;
  }

  // Called before a container opens inside another: remembers its name, and learns the layout
  // from the root object's first array member.
  void recognize(bool array) {
    child_name_of_parent_ = std::string(child_name());
    if (frames_.size() == 1 && !frames_.back().array && array && element_path_.empty()) {
      if (key_ == "timelineObjects") set_layout("/timelineObjects/[]", "/timelineObjects");
      if (key_ == "semanticSegments") set_layout("/semanticSegments/[]", "/semanticSegments");
    }
  }

  void set_layout(std::string path, std::string pointer) {
    element_path_ = std::move(path);
    element_pointer_ = std::move(pointer);
  }

  std::string_view relative() const { return std::string_view(path_).substr(element_path_.size()); }

  void opened_in_element(bool array) {
    const std::string_view rel = relative();
    refuse_container_time(rel, array);
    if (!segment_.kind.empty()) return;
    if (!array && (rel == "/placeVisit" || rel == "/activitySegment" || rel == "/visit" ||
                   rel == "/activity")) {
      segment_.kind = std::string(rel.substr(1));
    } else if (array && rel == "/timelinePath") {
      segment_.kind = "timelinePath";
    }
  }

  // A time written as an object or array is said to be one, rather than missing.
  void refuse_container_time(std::string_view rel, bool array) {
    for (std::string_view field :
         {"/duration/startTimestamp", "/duration/endTimestamp", "/duration/startTimestampMs",
          "/duration/endTimestampMs", "/startTime", "/endTime"}) {
      if (!rel.ends_with(field)) continue;
      const std::string_view owner = rel.substr(0, rel.size() - field.size());
      if (!owner.empty() && owner.substr(1) != segment_.kind) continue;
      std::string name(field.substr(1));
      std::replace(name.begin(), name.end(), '/', '.');
      segment_.problems.push_back(name + (array ? " is an array" : " is an object") +
                                  ", not a timestamp");
    }
  }

  bool close() {
    if (in_element_) {
      const std::string_view rel = relative();
      if (rel == "/activitySegment/waypointPath/waypoints/[]") {
        add_point(point_, "waypointPath.waypoints", segment_.path);
      } else if (rel == "/activitySegment/simplifiedRawPath/points/[]") {
        add_point(point_, "simplifiedRawPath.points", segment_.raw_path);
      }
      if (frames_.size() == element_depth_) finish_element();
    }
    path_.resize(frames_.back().parent_path_size);
    frames_.pop_back();
    return true;
  }

  void add_point(E7Pair& pair, const char* field, std::vector<LonLat>& to) {
    if (pair.lat || pair.lon) {
      if (const auto p = position_of(pair, field)) to.push_back(*p);
    }
    pair = {};
  }

  std::optional<LonLat> position_of(const E7Pair& pair, const std::string& field) {
    if (!pair.lat && !pair.lon) return std::nullopt;
    if (!pair.lat || !pair.lon) {
      segment_.problems.push_back(field + " has only one of its two coordinates");
      return std::nullopt;
    }
    const LonLat p{from_e7(*pair.lon), from_e7(*pair.lat)};
    if (!on_globe(p)) {
      segment_.problems.push_back(field + " (" + std::to_string(p.lat) + ", " +
                                  std::to_string(p.lon) + ") is off the globe");
      return std::nullopt;
    }
    return p;
  }

  void finish_element() {
    segment_.position = segment_.position ? segment_.position : position_of(location_, "location");
    segment_.center = position_of(center_, "centerLatE7/centerLngE7");
    segment_.path_start = position_of(start_, "startLocation");
    segment_.path_end = position_of(end_, "endLocation");
    saw_segment_ = saw_segment_ || !segment_.kind.empty();
    take_segment(segment_, file_, file_name_, options_, batch_, counts_);
    in_element_ = false;
    location_ = center_ = start_ = end_ = point_ = {};
    segment_ = HistorySegment{};
  }

  bool value(const Scalar& v) {
    if (!in_element_) return true;
    std::string rel(relative());
    (rel += '/') += child_name();
    if (rel.starts_with("/placeVisit/")) {
      visit_field(std::string_view(rel).substr(11), v);
    } else if (rel.starts_with("/activitySegment/")) {
      journey_field(std::string_view(rel).substr(16), v);
    } else {
      device_field(rel, v);
    }
    return true;
  }

  void number_into(std::optional<double>& into, const Scalar& v, std::string_view field) {
    if (v.number) {
      into = v.number;
    } else {
      segment_.problems.push_back(std::string(field) + " is not a number");
    }
  }

  static void text_into(std::string& into, const Scalar& v) {
    if (v.text) into = *v.text;
  }

  // duration.startTimestamp (ISO) or startTimestampMs (older files), in both record kinds.
  bool duration_field(std::string_view sub, const Scalar& v) {
    const auto text = v.text ? *v.text : v.number ? number_text(*v.number) : std::string();
    if (sub == "/duration/startTimestamp" || sub == "/duration/startTimestampMs") {
      segment_.start_text = text;
      segment_.start_in_ms = sub.ends_with("Ms");
      return true;
    }
    if (sub == "/duration/endTimestamp" || sub == "/duration/endTimestampMs") {
      segment_.end_text = text;
      segment_.end_in_ms = sub.ends_with("Ms");
      return true;
    }
    return false;
  }

  void visit_field(std::string_view sub, const Scalar& v) {
    if (duration_field(sub, v)) return;
    if (sub == "/location/latitudeE7") number_into(location_.lat, v, "location.latitudeE7");
    if (sub == "/location/longitudeE7") number_into(location_.lon, v, "location.longitudeE7");
    if (sub == "/centerLatE7") number_into(center_.lat, v, "centerLatE7");
    if (sub == "/centerLngE7") number_into(center_.lon, v, "centerLngE7");
    if (sub == "/location/name") text_into(segment_.name, v);
    if (sub == "/location/address") text_into(segment_.address, v);
    if (sub == "/location/semanticType") text_into(segment_.semantic_type, v);
  }

  void journey_field(std::string_view sub, const Scalar& v) {
    if (duration_field(sub, v)) return;
    if (sub == "/startLocation/latitudeE7") number_into(start_.lat, v, "startLocation.latitudeE7");
    if (sub == "/startLocation/longitudeE7") {
      number_into(start_.lon, v, "startLocation.longitudeE7");
    }
    if (sub == "/endLocation/latitudeE7") number_into(end_.lat, v, "endLocation.latitudeE7");
    if (sub == "/endLocation/longitudeE7") number_into(end_.lon, v, "endLocation.longitudeE7");
    if (sub == "/waypointPath/waypoints/[]/latE7" || sub == "/simplifiedRawPath/points/[]/latE7") {
      number_into(point_.lat, v, "latE7");
    }
    if (sub == "/waypointPath/waypoints/[]/lngE7" || sub == "/simplifiedRawPath/points/[]/lngE7") {
      number_into(point_.lon, v, "lngE7");
    }
    if (sub == "/activityType") text_into(segment_.activity_type, v);
  }

  // The Timeline export's fields: Android writes placeLocation as {"latLng": "48.1°, 11.5°"},
  // iOS as "geo:48.1,11.5", and iOS writes numbers as strings.
  void device_field(std::string_view rel, const Scalar& v) {
    if (rel == "/startTime") text_into(segment_.start_text, v);
    if (rel == "/endTime") text_into(segment_.end_text, v);
    if (rel == "/visit/topCandidate/placeLocation" ||
        rel == "/visit/topCandidate/placeLocation/latLng") {
      segment_.position = position_text(v, "visit.topCandidate.placeLocation");
    }
    if (rel == "/visit/topCandidate/semanticType") text_into(segment_.semantic_type, v);
    if (rel == "/visit/hierarchyLevel") {
      // Level 0 is the outermost visit; any other value, even one that is not a number, is taken
      // as nested.
      const std::string level = v.text ? *v.text : v.number ? number_text(*v.number) : "0";
      segment_.nested = level != "0";
    }
    if (rel == "/timelinePath/[]/point") {
      if (const auto p = position_text(v, "timelinePath.point")) segment_.path.push_back(*p);
    }
  }

  std::optional<LonLat> position_text(const Scalar& v, const char* field) {
    const auto p = v.text ? parse_position_text(*v.text) : std::nullopt;
    if (!p) {
      segment_.problems.push_back(std::string(field) + " " +
                                  (v.text ? "\"" + *v.text + "\"" : std::string("(not a string)")) +
                                  " is not a position");
    }
    return p;
  }

  JsonFileStream& stream_;
  const std::string& file_;
  const std::string& file_name_;
  const HistoryOptions& options_;
  ImportBatch& batch_;
  HistoryCounts counts_;

  std::vector<Frame> frames_;
  std::string path_;
  std::string key_;
  std::string child_name_of_parent_;
  std::string element_path_;     // "/timelineObjects/[]", "/semanticSegments/[]" or "/[]"
  std::string element_pointer_;  // "/timelineObjects", "/semanticSegments" or ""
  bool in_element_ = false;
  bool saw_segment_ = false;
  std::size_t element_depth_ = 0;
  HistorySegment segment_;
  E7Pair location_, center_, start_, end_, point_;
};

}  // namespace

bool looks_like_google_history(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::array<char, 4096> head{};
  in.read(head.data(), head.size());
  const std::string_view text(head.data(), static_cast<std::size_t>(in.gcount()));
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return false;
  const auto has = [&](std::string_view s) { return text.find(s) != std::string_view::npos; };
  if (text[first] == '{') {
    const auto key = text.find_first_not_of(" \t\r\n", first + 1);
    return key != std::string_view::npos && (text.substr(key).starts_with("\"timelineObjects\"") ||
                                             text.substr(key).starts_with("\"semanticSegments\""));
  }
  return text[first] == '[' && has("\"startTime\"") &&
         (has("\"visit\"") || has("\"activity\"") || has("\"timelinePath\""));
}

ImportBatch read_google_history(const std::filesystem::path& file, const HistoryOptions& options) {
  ImportBatch batch;
  JsonFileStream stream(file, options.progress);
  const std::string given = file.string();
  const std::string name = file.filename().string();
  HistorySax sax(stream, given, name, options, batch);
  const bool parsed = Json::sax_parse(stream.begin(), stream.end(), &sax);
  if (parsed && !sax.recognized()) {
    batch.problems.push_back(
        {given, "",
         "not a Google location history file: it has no \"timelineObjects\" or "
         "\"semanticSegments\" array and is not an array of Timeline segments"});
  }
  add_skipped(sax.counts(), options, batch);
  return batch;
}

}  // namespace footprint::core::import
