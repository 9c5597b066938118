#include "core/entry_json.hpp"

namespace footprint::core {
namespace {

std::string string_member(const Json& props, const char* name) {
  auto it = props.find(name);
  return it != props.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Json position(const LonLat& p) {
  return Json::array({p.lon, p.lat});
}

// Sets a string member, or removes it when empty; keeps its place in the member order.
void set_or_erase(Json& props, const char* name, const std::string& value) {
  if (value.empty()) {
    props.erase(name);
  } else {
    props[name] = value;
  }
}

// Writes geometry only when the positions changed, so untouched geometries keep their exact
// numbers (and any altitude) as written.
void update_geometry(Json& feature, const Entry& entry) {
  if (feature.contains("geometry") && feature["geometry"].is_object() &&
      entry_from_feature(feature).coordinates == entry.coordinates) {
    return;
  }
  Json geometry;
  if (entry.is_track()) {
    geometry["type"] = "LineString";
    geometry["coordinates"] = Json::array();
    for (const LonLat& p : entry.coordinates) geometry["coordinates"].push_back(position(p));
  } else {
    geometry["type"] = "Point";
    geometry["coordinates"] = position(entry.anchor());
  }
  feature["geometry"] = std::move(geometry);
}

}  // namespace

Entry entry_from_feature(const Json& feature) {
  Entry e;
  e.id = feature.value("id", std::string());
  // find(), not operator[]: on a const object a missing key would be undefined behaviour.
  static const Json kNoGeometry;
  const auto geometry_it = feature.find("geometry");
  const Json& g = geometry_it != feature.end() ? *geometry_it : kNoGeometry;
  if (g.is_object() && g.contains("coordinates")) {
    const Json& c = g["coordinates"];
    if (g.value("type", std::string()) == "Point") {
      e.coordinates.push_back({c[0].get<double>(), c[1].get<double>()});
    } else {
      e.coordinates.reserve(c.size());
      for (const Json& p : c) e.coordinates.push_back({p[0].get<double>(), p[1].get<double>()});
    }
  }
  auto props_it = feature.find("properties");
  if (props_it == feature.end() || !props_it->is_object()) return e;
  const Json& props = *props_it;
  e.title = string_member(props, "title");
  e.place = string_member(props, "place");
  e.region = string_member(props, "region");
  e.country = string_member(props, "country");
  e.notes = string_member(props, "notes");
  e.trip = string_member(props, "trip");
  if (auto d = string_member(props, "date"); !d.empty()) e.date = Date::parse(d);
  if (auto d = string_member(props, "end"); !d.empty()) e.end = Date::parse(d);
  if (auto s = string_member(props, "status"); !s.empty()) e.status = parse_status(s);
  if (auto t = props.find("tags"); t != props.end()) {
    for (const Json& tag : *t) e.tags.push_back(tag.get<std::string>());
  }
  if (auto p = props.find("photos"); p != props.end()) {
    for (const Json& photo : *p) e.photos.push_back(photo.get<std::string>());
  }
  return e;
}

Json feature_from_entry(const Entry& entry) {
  Json feature;
  feature["type"] = "Feature";
  feature["id"] = entry.id;
  feature["geometry"] = nullptr;
  feature["properties"] = Json::object();
  update_feature(feature, entry);
  // New entries state their status, so a reader of the file sees it.
  feature["properties"]["status"] = std::string(to_string(entry.status));
  return feature;
}

void update_feature(Json& feature, const Entry& entry) {
  feature["id"] = entry.id;
  update_geometry(feature, entry);
  if (!feature.contains("properties") || !feature["properties"].is_object()) {
    feature["properties"] = Json::object();
  }
  Json& props = feature["properties"];
  set_or_erase(props, "title", entry.title);
  set_or_erase(props, "place", entry.place);
  set_or_erase(props, "region", entry.region);
  set_or_erase(props, "country", entry.country);
  set_or_erase(props, "date", entry.date ? entry.date->text() : std::string());
  set_or_erase(props, "end", entry.end ? entry.end->text() : std::string());
  set_or_erase(props, "notes", entry.notes);
  if (entry.tags.empty()) {
    props.erase("tags");
  } else {
    props["tags"] = entry.tags;
  }
  set_or_erase(props, "trip", entry.trip);
  if (entry.photos.empty()) {
    props.erase("photos");
  } else {
    props["photos"] = entry.photos;
  }
  // "visited" is the default: keep an explicit "visited" that was written, but do not add one.
  if (entry.status != Status::visited || props.contains("status")) {
    props["status"] = std::string(to_string(entry.status));
  }
}

}  // namespace footprint::core
