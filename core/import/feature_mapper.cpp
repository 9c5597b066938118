#include "core/import/feature_mapper.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>

#include "core/error.hpp"
#include "core/import/track_shape.hpp"
#include "core/number_text.hpp"

namespace footprint::core::import {
namespace {

bool is_gpx_point_layer(const std::string& layer) {
  return layer == "track_points" || layer == "route_points";
}

// The fields of a feature by role. A column with footprint's own name for a role ("title",
// "date", "enddate", as footprint's exports write them) decides for every feature of its layer,
// also where it is empty: an entry without a title has none, even if it has a "name". Otherwise
// the first usual name this feature has a value for (KML's "timestamp" when "begin" is empty).
class Roles {
 public:
  Roles(const OgrFeature& feature, const ColumnNames& given) : feature_(feature) {
    std::vector<std::string> present;
    for (const OgrField& f : feature.fields) present.push_back(f.name);
    const std::vector<std::string>& layer = feature.layer_fields ? *feature.layer_fields : present;
    for (Role role :
         {Role::title, Role::date, Role::end, Role::notes, Role::tags, Role::trip, Role::status,
          Role::place, Role::region, Role::country, Role::lat, Role::lon, Role::wkt}) {
      if (auto i = find_own_column(layer, role); i && given.empty()) {
        found_[role] = layer[*i];
      } else if (auto j = find_role(present, role, given)) {
        found_[role] = present[*j];
      } else if (auto k = find_role(layer, role, given)) {
        found_[role] = layer[*k];
      }
    }
  }
  /// The field playing `role`, or nullptr when no column plays it or this feature leaves it empty.
  const OgrField* field(Role role) const {
    auto it = found_.find(role);
    return it == found_.end() ? nullptr : feature_.field(it->second);
  }
  /// True when a column of the layer plays `role`.
  bool has(Role role) const { return found_.contains(role); }

 private:
  const OgrFeature& feature_;
  std::map<Role, std::string> found_;
};

std::string quoted(const std::string& text) {
  return "\"" + (text.size() > 60 ? text.substr(0, 57) + "…" : text) + "\"";
}

std::string number(double value) {
  std::array<char, 32> buf{};
  return std::string(buf.data(), std::to_chars(buf.data(), buf.data() + buf.size(), value).ptr);
}

void check_position(const LonLat& p) {
  if (!std::isfinite(p.lat) || p.lat < -90 || p.lat > 90) {
    throw UsageError("latitude " + number(p.lat) + " is outside -90..90");
  }
  if (!std::isfinite(p.lon) || p.lon < -180 || p.lon > 180) {
    throw UsageError("longitude " + number(p.lon) + " is outside -180..180");
  }
}

// Spreadsheets in much of Europe write "47,37": in a field that holds one number, a lone comma
// can only be the decimal mark.
double parse_degrees(const OgrField& field, const char* what) {
  std::string text = to_utf8(field.value);
  auto value = parse_decimal(text);
  if (!value && std::count(text.begin(), text.end(), ',') == 1 &&
      text.find('.') == std::string::npos) {
    std::replace(text.begin(), text.end(), ',', '.');
    value = parse_decimal(text);
  }
  if (!value) throw UsageError(std::string(what) + " " + quoted(field.value) + " is not a number");
  return *value;
}

// Runs `fill` and turns its complaint into one about the field it reads.
template <typename Fill>
void read_field(const Roles& roles, Role role, Fill fill) {
  const OgrField* f = roles.field(role);
  if (f == nullptr) return;
  try {
    fill(f->value);
  } catch (const UsageError& e) {
    throw UsageError(std::string(role_name(role)) + " (" + f->name + ") " + quoted(f->value) +
                     ": " + e.what());
  }
}

}  // namespace

std::string_view format_name(VectorFormat format) {
  switch (format) {
    case VectorFormat::gpx:
      return "GPX";
    case VectorFormat::kml:
      return "KML";
    case VectorFormat::geojson:
      return "GeoJSON";
    case VectorFormat::geopackage:
      return "GeoPackage";
    case VectorFormat::csv:
      return "CSV";
  }
  return "";
}

FeatureMapper::FeatureMapper(VectorFormat format, std::string file, ColumnNames columns)
    : format_(format), file_(std::move(file)), columns_(std::move(columns)) {}

void FeatureMapper::problem(const std::string& where, const std::string& message) {
  add_problem(where, message);
}

void FeatureMapper::add_problem(std::string where, std::string message) {
  batch_.problems.push_back({file_, std::move(where), std::move(message)});
}

std::string FeatureMapper::where(const OgrFeature& f) const {
  std::string n = std::to_string(f.number);
  switch (format_) {
    case VectorFormat::gpx:
      if (f.layer == "waypoints") return "waypoint " + n;
      if (f.layer == "tracks") return "track " + n;
      if (f.layer == "routes") return "route " + n;
      return f.layer + " " + n;
    case VectorFormat::kml:
      return "placemark " + n + " in folder \"" + f.layer + "\"";
    case VectorFormat::geojson:
      return "feature " + n;
    case VectorFormat::geopackage:
      return "layer " + f.layer + ", feature " + n;
    case VectorFormat::csv:
      return "row " + n;
  }
  return n;
}

void FeatureMapper::feature(OgrFeature&& f) {
  if (format_ == VectorFormat::gpx && is_gpx_point_layer(f.layer)) {
    note_track_point(f);
    return;
  }
  const std::string at = where(f);
  try {
    map_feature(f, at);
  } catch (const UsageError& e) {
    add_problem(at, e.what());
  }
}

void FeatureMapper::note_track_point(const OgrFeature& f) {
  const bool track = f.layer == "track_points";
  const OgrField* owner = f.field(track ? "track_fid" : "route_fid");
  const OgrField* time = f.field("time");
  if (owner == nullptr || time == nullptr) return;
  auto fid = parse_decimal(owner->value);
  if (!fid) return;
  TrackTimes& times = times_[{track ? "tracks" : "routes", static_cast<long long>(*fid)}];
  if (times.first.empty()) times.first = time->value;
  times.last = time->value;
}

void FeatureMapper::map_feature(const OgrFeature& f, const std::string& at) {
  const Roles roles(f, columns_);
  ImportItem item;
  Entry& e = item.entry;
  switch (f.geometry) {
    case GeometryKind::point:
    case GeometryKind::line:
      for (const auto& part : f.parts)
        e.coordinates.insert(e.coordinates.end(), part.begin(), part.end());
      if (e.coordinates.empty()) throw UsageError("has no position");
      break;
    case GeometryKind::other:
      throw UsageError("a " + f.geometry_name + " is neither a point nor a line");
    case GeometryKind::none:
      if (const OgrField* wkt = roles.field(Role::wkt); wkt != nullptr && !wkt->value.empty()) {
        throw UsageError("WKT " + quoted(wkt->value) + " is not a point or a line");
      }
      if (!roles.has(Role::lat) || !roles.has(Role::lon)) {
        if (format_ != VectorFormat::csv) throw UsageError("has no geometry");
        if (!missing_columns_reported_) {
          add_problem("",
                      "no position columns: expected lat, latitude or y and lon, lng, long, "
                      "longitude or x, or a WKT column (--columns lat=NAME,lon=NAME says "
                      "which)");
          missing_columns_reported_ = true;
        }
        return;
      }
      if (roles.field(Role::lat) == nullptr || roles.field(Role::lon) == nullptr) {
        throw UsageError("has no latitude and longitude");
      }
      e.coordinates = {{parse_degrees(*roles.field(Role::lon), "longitude"),
                        parse_degrees(*roles.field(Role::lat), "latitude")}};
      break;
  }
  for (const LonLat& p : e.coordinates) check_position(p);
  read_field(roles, Role::title, [&](const std::string& v) { e.title = single_line_text(v); });
  read_field(roles, Role::notes, [&](const std::string& v) { e.notes = multi_line_text(v); });
  read_field(roles, Role::place, [&](const std::string& v) { e.place = single_line_text(v); });
  read_field(roles, Role::region, [&](const std::string& v) { e.region = single_line_text(v); });
  read_field(roles, Role::country, [&](const std::string& v) { e.country = single_line_text(v); });
  read_field(roles, Role::tags, [&](const std::string& v) { e.tags = split_tags(v); });
  read_field(roles, Role::trip, [&](const std::string& v) { e.trip = single_line_text(v); });
  read_field(roles, Role::status, [&](const std::string& v) {
    if (!v.empty()) e.status = parse_status(single_line_text(v));
  });
  read_field(roles, Role::date, [&](const std::string& v) {
    if (!v.empty()) e.date = parse_field_date(v);
  });
  read_field(roles, Role::end, [&](const std::string& v) {
    if (!v.empty()) e.end = parse_field_date(v);
  });
  if (e.end && !e.date) throw UsageError("has an end but no date");
  if (e.end && e.date && e.end->last_day() < e.date->first_day()) {
    throw UsageError("end " + e.end->text() + " is before the date " + e.date->text());
  }
  // KML folders are trips, unless the file says the trip itself (footprint's own export does).
  if (format_ == VectorFormat::kml && !roles.has(Role::trip)) {
    e.trip = single_line_text(f.layer);
  }
  item.origin = file_ + ": " + at;
  const bool line = f.geometry == GeometryKind::line && e.coordinates.size() > 1;
  if (format_ == VectorFormat::gpx && line) {
    tracks_[{f.layer, f.fid}] = {batch_.items.size(), e.date.has_value()};
  } else if (line) {
    complete_track(item, nullptr, true);
  }
  batch_.items.push_back(std::move(item));
}

void FeatureMapper::complete_track(ImportItem& item, const TrackTimes* times,
                                   bool dated_by_fields) {
  Entry& e = item.entry;
  if (!dated_by_fields && times != nullptr) {
    try {
      e.date = parse_field_date(times->first);
      const Date last = parse_field_date(times->last);
      if (last.text() != e.date->text() && last.last_day() >= e.date->first_day()) e.end = last;
    } catch (const UsageError& error) {
      add_problem(item.origin.substr(file_.size() + 2), std::string("time: ") + error.what());
    }
  }
  shape_track(item);
}

ImportBatch FeatureMapper::finish() {
  for (const auto& [key, pending] : tracks_) {
    auto times = times_.find(key);
    complete_track(batch_.items[pending.item], times == times_.end() ? nullptr : &times->second,
                   pending.dated_by_fields);
  }
  tracks_.clear();
  times_.clear();
  return std::move(batch_);
}

}  // namespace footprint::core::import
