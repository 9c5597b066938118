#include "core/journal_schema.hpp"

#include <cmath>
#include <map>
#include <optional>

#include "core/date.hpp"
#include "core/entry.hpp"
#include "core/error.hpp"
#include "core/text_fold.hpp"
#include "core/user_text.hpp"

namespace footprint::core {
namespace {

const char* type_name(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null:
      return "null";
    case Json::value_t::boolean:
      return "a boolean";
    case Json::value_t::string:
      return "a string";
    case Json::value_t::array:
      return "an array";
    case Json::value_t::object:
      return "an object";
    case Json::value_t::binary:
      return "binary data";
    case Json::value_t::discarded:
      return "nothing";
    default:
      return "a number";
  }
}

// Collects problems for one feature, remembering which entry they belong to.
class Checker {
 public:
  Checker(std::vector<Problem>& out, std::string entry) : out_(out), entry_(std::move(entry)) {}

  void add(const std::string& pointer, std::string message) {
    out_.push_back(Problem{pointer, entry_, std::move(message)});
  }
  bool expect(const Json& v, bool ok, const std::string& pointer, const char* what) {
    if (!ok) add(pointer, std::string("expected ") + what + ", found " + type_name(v));
    return ok;
  }

 private:
  std::vector<Problem>& out_;
  std::string entry_;
};

// Checks one position. Its pointer is `base`, or `base/index` for an element of a LineString: made
// only when there is a problem to report, since a track of a million valid positions would
// otherwise build millions of pointer strings for nothing (seconds under AddressSanitizer).
void check_position(const Json& pos, const std::string& base, std::optional<std::size_t> index,
                    Checker& c) {
  const auto pointer = [&] { return index ? base + "/" + std::to_string(*index) : base; };
  if (!pos.is_array()) {
    c.expect(pos, false, pointer(), "a position [longitude, latitude]");
    return;
  }
  if (pos.size() < 2 || pos.size() > 3) {
    c.add(pointer(), "a position has 2 or 3 numbers [longitude, latitude, altitude], found " +
                         std::to_string(pos.size()));
    return;
  }
  for (std::size_t i = 0; i < pos.size(); ++i) {
    if (!pos[i].is_number()) c.expect(pos[i], false, pointer() + "/" + std::to_string(i), "a number");
  }
  if (!pos[0].is_number() || !pos[1].is_number()) return;
  const double lon = pos[0].get<double>();
  const double lat = pos[1].get<double>();
  if (lon < -180 || lon > 180) {
    c.add(pointer() + "/0", "longitude " + pos[0].dump() + " is outside -180..180");
  }
  if (lat < -90 || lat > 90) {
    c.add(pointer() + "/1", "latitude " + pos[1].dump() + " is outside -90..90");
  }
}

void check_geometry(const Json& feature, const std::string& p, Checker& c) {
  if (!feature.contains("geometry") || feature["geometry"].is_null()) {
    c.add(p + "/geometry", "an entry needs a geometry (a Point or a LineString)");
    return;
  }
  const Json& g = feature["geometry"];
  const std::string gp = p + "/geometry";
  if (!c.expect(g, g.is_object(), gp, "an object")) return;
  if (!g.contains("type") || !g["type"].is_string()) {
    c.add(gp + "/type", "a geometry needs a \"type\": \"Point\" or \"LineString\"");
    return;
  }
  const std::string type = g["type"].get<std::string>();
  if (type != "Point" && type != "LineString") {
    c.add(gp + "/type", "geometry type \"" + type + "\" is not supported; use Point or LineString");
    return;
  }
  if (!g.contains("coordinates")) {
    c.add(gp + "/coordinates", "a " + type + " needs \"coordinates\"");
    return;
  }
  const Json& coords = g["coordinates"];
  const std::string cp = gp + "/coordinates";
  if (type == "Point") {
    check_position(coords, cp, std::nullopt, c);
    return;
  }
  if (!c.expect(coords, coords.is_array(), cp, "an array of positions")) return;
  if (coords.size() < 2) c.add(cp, "a LineString needs at least 2 positions");
  for (std::size_t i = 0; i < coords.size(); ++i) check_position(coords[i], cp, i, c);
}

std::optional<Date> check_date(const Json& props, const char* name, const std::string& p,
                               Checker& c) {
  if (!props.contains(name)) return std::nullopt;
  const Json& v = props[name];
  const std::string vp = p + "/" + name;
  if (!c.expect(v, v.is_string(), vp, "a date string like \"2024-10-12\"")) return std::nullopt;
  try {
    return Date::parse(v.get<std::string>());
  } catch (const UsageError& e) {
    c.add(vp, e.what());
    return std::nullopt;
  }
}

void check_properties(const Json& feature, const std::string& p, Checker& c) {
  if (!feature.contains("properties") || feature["properties"].is_null()) return;
  const Json& props = feature["properties"];
  const std::string pp = p + "/properties";
  if (!c.expect(props, props.is_object(), pp, "an object")) return;
  for (const char* name : {"title", "place", "region", "country", "notes", "trip"}) {
    if (props.contains(name))
      c.expect(props[name], props[name].is_string(), pp + "/" + name, "a string");
  }
  const auto date = check_date(props, "date", pp, c);
  const auto end = check_date(props, "end", pp, c);
  if (end && !props.contains("date")) c.add(pp + "/end", "an end date needs a start \"date\"");
  if (date && end && end->last_day() < date->first_day()) {
    c.add(pp + "/end", "end " + end->text() + " is before the start date " + date->text());
  }
  if (props.contains("tags")) {
    const Json& tags = props["tags"];
    if (c.expect(tags, tags.is_array(), pp + "/tags", "an array of strings")) {
      for (std::size_t i = 0; i < tags.size(); ++i) {
        c.expect(tags[i], tags[i].is_string(), pp + "/tags/" + std::to_string(i), "a string");
      }
    }
  }
  if (props.contains("status")) {
    const Json& s = props["status"];
    if (c.expect(s, s.is_string(), pp + "/status", "a string")) {
      try {
        parse_status(s.get<std::string>());
      } catch (const UsageError& e) {
        c.add(pp + "/status", e.what());
      }
    }
  }
}

std::vector<Problem> check_feature(const Json& feature, const std::string& p,
                                   const std::string& fallback_name) {
  std::vector<Problem> out;
  std::string name = fallback_name;
  if (feature.is_object() && feature.contains("id") && feature["id"].is_string()) {
    name = feature["id"].get<std::string>();
  }
  Checker c(out, name);
  if (!c.expect(feature, feature.is_object(), p, "a Feature object")) return out;
  if (!feature.contains("type") || feature["type"] != "Feature") {
    c.add(p + "/type", "expected \"type\": \"Feature\"");
  }
  if (!feature.contains("id")) {
    c.add(p + "/id", "an entry needs an \"id\" (a string such as \"2024-10-12-banff\")");
  } else if (!feature["id"].is_string()) {
    c.add(p + "/id", "an id must be a string such as \"2024-10-12-banff\"");
  } else if (const auto problem = id_problem(feature["id"].get_ref<const std::string&>())) {
    c.add(p + "/id", *problem);
  }
  check_geometry(feature, p, c);
  check_properties(feature, p, c);
  return out;
}

// "footprint": {"places": [...]}: the user's own places (core/own_places.hpp), each with a
// name no other of them has (compared as lookups compare: case and accents folded).
void check_own_places(const Json& places, const std::string& p, Checker& c) {
  if (!c.expect(places, places.is_array(), p, "an array of places")) return;
  std::map<std::string, std::size_t> names;
  for (std::size_t i = 0; i < places.size(); ++i) {
    const Json& place = places[i];
    const std::string at = p + "/" + std::to_string(i);
    if (!c.expect(place, place.is_object(), at, "an object with \"name\" and \"coordinates\"")) continue;
    if (!place.contains("name")) {
      c.add(at, "a place needs a \"name\"");
    } else if (c.expect(place["name"], place["name"].is_string(), at + "/name", "a string")) {
      const std::string name = place["name"].get<std::string>();
      const std::string key = fold_key(name);
      if (key.empty()) {
        c.add(at + "/name", "a place's name must not be empty");
      } else if (const auto [it, added] = names.emplace(key, i); !added) {
        c.add(at + "/name", "\"" + name + "\" is already the name of " + p + "/" + std::to_string(it->second));
      }
    }
    if (!place.contains("coordinates")) {
      c.add(at, "a place needs \"coordinates\": [longitude, latitude]");
    } else {
      check_position(place["coordinates"], at + "/coordinates", std::nullopt, c);
    }
    for (const char* member : {"region", "country"}) {
      if (place.contains(member)) c.expect(place[member], place[member].is_string(), at + "/" + member, "a string");
    }
  }
}

void check_settings(const Json& doc, std::vector<Problem>& out) {
  if (!doc.contains(kSettingsMember)) return;
  const Json& s = doc[kSettingsMember];
  const std::string p = std::string("/") + kSettingsMember;
  Checker c(out, "");
  if (!c.expect(s, s.is_object(), p, "an object")) return;
  if (s.contains("version")) {
    const Json& v = s["version"];
    if (c.expect(v, v.is_number_integer(), p + "/version", "an integer") &&
        v.get<long long>() > kJournalFormatVersion) {
      c.add(p + "/version", "this journal was written in format version " + v.dump() +
                                " by a newer footprint; this one reads version " +
                                std::to_string(kJournalFormatVersion));
    }
  }
  if (s.contains("home")) {
    const Json& h = s["home"];
    if (c.expect(h, h.is_object(), p + "/home", "an object") && h.contains("coordinates")) {
      check_position(h["coordinates"], p + "/home/coordinates", std::nullopt, c);
    }
  }
  if (s.contains("places")) check_own_places(s["places"], p + "/places", c);
  if (s.contains("owner")) {
    const Json& o = s["owner"];
    if (c.expect(o, o.is_string(), p + "/owner", "a string")) {
      if (const auto problem = user_text_problem(o.get<std::string>(), TextLines::single)) {
        c.add(p + "/owner", "the owner's name " + *problem);
      }
    }
  }
}

}  // namespace

std::vector<Problem> validate_feature(const Json& feature, const std::string& pointer) {
  return check_feature(feature, pointer, "");
}

std::vector<Problem> validate_journal(const Json& doc) {
  std::vector<Problem> out;
  if (!doc.is_object()) {
    out.push_back(Problem{
        "", "",
        std::string("expected a GeoJSON FeatureCollection object, found ") + type_name(doc)});
    return out;
  }
  if (!doc.contains("type") || doc["type"] != "FeatureCollection") {
    out.push_back(Problem{"/type", "", "expected \"type\": \"FeatureCollection\""});
  }
  check_settings(doc, out);
  if (!doc.contains("features")) {
    out.push_back(Problem{"/features", "", "a journal needs a \"features\" array"});
    return out;
  }
  const Json& features = doc["features"];
  if (!features.is_array()) {
    out.push_back(
        Problem{"/features", "", std::string("expected an array, found ") + type_name(features)});
    return out;
  }
  std::map<std::string, std::size_t> first_index;
  for (std::size_t i = 0; i < features.size(); ++i) {
    const std::string p = "/features/" + std::to_string(i);
    auto problems = check_feature(features[i], p, "#" + std::to_string(i));
    out.insert(out.end(), problems.begin(), problems.end());
    const Json& f = features[i];
    if (f.is_object() && f.contains("id") && f["id"].is_string()) {
      const std::string id = f["id"].get<std::string>();
      auto [it, fresh] = first_index.emplace(id, i);
      if (!fresh) {
        out.push_back(Problem{
            p + "/id", id,
            "duplicate id \"" + id + "\" (also at /features/" + std::to_string(it->second) + ")"});
      }
    }
  }
  return out;
}

}  // namespace footprint::core
