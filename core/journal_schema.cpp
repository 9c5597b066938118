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

// A JSON pointer made only when a problem is reported: a parent and one more token. A valid journal
// is walked without building a string for every value it checks (a journal of 100,000 entries
// made millions, a fifth of the time an `add` took).
class Pointer {
 public:
  Pointer(const std::string& text) : text_(&text) {}  // implicit: a whole pointer
  Pointer(const Pointer& parent, std::string_view token) : parent_(&parent), token_(token) {}
  Pointer(const Pointer& parent, std::size_t index) : parent_(&parent), index_(index) {}

  std::string str() const {
    if (text_ != nullptr) return *text_;
    std::string s = parent_->str() + "/";
    if (index_) return s + std::to_string(*index_);
    return s.append(token_);
  }

 private:
  const std::string* text_ = nullptr;
  const Pointer* parent_ = nullptr;
  std::string_view token_;
  std::optional<std::size_t> index_;
};

// Collects problems for one feature, remembering which entry they belong to.
class Checker {
 public:
  Checker(std::vector<Problem>& out, std::string entry) : out_(out), entry_(std::move(entry)) {}

  void add(const Pointer& pointer, std::string message) {
    out_.push_back(Problem{pointer.str(), entry_, std::move(message)});
  }
  bool expect(const Json& v, bool ok, const Pointer& pointer, const char* what) {
    if (!ok) add(pointer, std::string("expected ") + what + ", found " + type_name(v));
    return ok;
  }

 private:
  std::vector<Problem>& out_;
  std::string entry_;
};

// Checks one position at `p`.
void check_position(const Json& pos, const Pointer& p, Checker& c) {
  if (!pos.is_array()) {
    c.expect(pos, false, p, "a position [longitude, latitude]");
    return;
  }
  if (pos.size() < 2 || pos.size() > 3) {
    c.add(p, "a position has 2 or 3 numbers [longitude, latitude, altitude], found " +
                 std::to_string(pos.size()));
    return;
  }
  for (std::size_t i = 0; i < pos.size(); ++i) {
    if (!pos[i].is_number()) c.expect(pos[i], false, Pointer(p, i), "a number");
  }
  if (!pos[0].is_number() || !pos[1].is_number()) return;
  const double lon = pos[0].get<double>();
  const double lat = pos[1].get<double>();
  if (lon < -180 || lon > 180) {
    c.add(Pointer(p, "0"), "longitude " + pos[0].dump() + " is outside -180..180");
  }
  if (lat < -90 || lat > 90) {
    c.add(Pointer(p, "1"), "latitude " + pos[1].dump() + " is outside -90..90");
  }
}

// The member `name` of an object, or nullptr: one search where contains() and [] made two.
const Json* member(const Json& object, const char* name) {
  const auto it = object.find(name);
  return it == object.end() ? nullptr : &*it;
}

void check_geometry(const Json& feature, const Pointer& p, Checker& c) {
  const Pointer gp(p, "geometry");
  const Json* g = member(feature, "geometry");
  if (g == nullptr || g->is_null()) {
    c.add(gp, "an entry needs a geometry (a Point or a LineString)");
    return;
  }
  if (!c.expect(*g, g->is_object(), gp, "an object")) return;
  const Json* type_value = member(*g, "type");
  if (type_value == nullptr || !type_value->is_string()) {
    c.add(Pointer(gp, "type"), R"(a geometry needs a "type": "Point" or "LineString")");
    return;
  }
  const std::string& type = type_value->get_ref<const std::string&>();
  if (type != "Point" && type != "LineString") {
    c.add(Pointer(gp, "type"),
          "geometry type \"" + type + "\" is not supported; use Point or LineString");
    return;
  }
  const Pointer cp(gp, "coordinates");
  const Json* coords = member(*g, "coordinates");
  if (coords == nullptr) {
    c.add(cp, "a " + type + " needs \"coordinates\"");
    return;
  }
  if (type == "Point") {
    check_position(*coords, cp, c);
    return;
  }
  if (!c.expect(*coords, coords->is_array(), cp, "an array of positions")) return;
  if (coords->size() < 2) c.add(cp, "a LineString needs at least 2 positions");
  for (std::size_t i = 0; i < coords->size(); ++i) check_position((*coords)[i], Pointer(cp, i), c);
}

std::optional<Date> check_date(const Json& props, const char* name, const Pointer& p, Checker& c) {
  const Json* v = member(props, name);
  if (v == nullptr) return std::nullopt;
  const Pointer vp(p, name);
  if (!c.expect(*v, v->is_string(), vp, "a date string like \"2024-10-12\"")) return std::nullopt;
  try {
    return Date::parse(v->get_ref<const std::string&>());
  } catch (const UsageError& e) {
    c.add(vp, e.what());
    return std::nullopt;
  }
}

// "photos": paths of the entry's photos, relative to the journal's folder or absolute: an
// array of strings, each one line of text, never empty.
void check_photos(const Json& props, const Pointer& pp, Checker& c) {
  const Json* photos = member(props, "photos");
  if (photos == nullptr) return;
  const Pointer lp(pp, "photos");
  if (!c.expect(*photos, photos->is_array(), lp, "an array of strings")) return;
  for (std::size_t i = 0; i < photos->size(); ++i) {
    const Json& photo = (*photos)[i];
    const Pointer at(lp, i);
    if (!c.expect(photo, photo.is_string(), at, "a string")) continue;
    const std::string path = photo.get<std::string>();
    if (path.empty()) {
      c.add(at, "a photo's path must not be empty");
    } else if (const auto problem = user_text_problem(path, TextLines::single)) {
      c.add(at, "a photo's path " + *problem);
    }
  }
}

void check_properties(const Json& feature, const Pointer& p, Checker& c) {
  const Json* found = member(feature, "properties");
  if (found == nullptr || found->is_null()) return;
  const Json& props = *found;
  const Pointer pp(p, "properties");
  if (!c.expect(props, props.is_object(), pp, "an object")) return;
  for (const char* name : {"title", "place", "region", "country", "notes", "trip"}) {
    if (const Json* v = member(props, name))
      c.expect(*v, v->is_string(), Pointer(pp, name), "a string");
  }
  const auto date = check_date(props, "date", pp, c);
  const auto end = check_date(props, "end", pp, c);
  if (end && !props.contains("date"))
    c.add(Pointer(pp, "end"), "an end date needs a start \"date\"");
  if (date && end && end->last_day() < date->first_day()) {
    c.add(Pointer(pp, "end"), "end " + end->text() + " is before the start date " + date->text());
  }
  if (const Json* tags = member(props, "tags")) {
    const Pointer tp(pp, "tags");
    if (c.expect(*tags, tags->is_array(), tp, "an array of strings")) {
      for (std::size_t i = 0; i < tags->size(); ++i) {
        c.expect((*tags)[i], (*tags)[i].is_string(), Pointer(tp, i), "a string");
      }
    }
  }
  check_photos(props, pp, c);
  if (const Json* s = member(props, "status")) {
    const Pointer sp(pp, "status");
    if (c.expect(*s, s->is_string(), sp, "a string")) {
      try {
        parse_status(s->get_ref<const std::string&>());
      } catch (const UsageError& e) {
        c.add(sp, e.what());
      }
    }
  }
}

std::vector<Problem> check_feature(const Json& feature, const std::string& p,
                                   const std::string& fallback_name) {
  std::vector<Problem> out;
  const Json* id = feature.is_object() ? member(feature, "id") : nullptr;
  Checker c(out, id != nullptr && id->is_string() ? id->get<std::string>() : fallback_name);
  if (!c.expect(feature, feature.is_object(), p, "a Feature object")) return out;
  const Json* type = member(feature, "type");
  if (type == nullptr || !type->is_string() || type->get_ref<const std::string&>() != "Feature") {
    c.add(Pointer(p, "type"), R"(expected "type": "Feature")");
  }
  if (id == nullptr) {
    c.add(Pointer(p, "id"), R"(an entry needs an "id" (a string such as "2024-10-12-banff"))");
  } else if (!id->is_string()) {
    c.add(Pointer(p, "id"), "an id must be a string such as \"2024-10-12-banff\"");
  } else if (const auto problem = id_problem(id->get_ref<const std::string&>())) {
    c.add(Pointer(p, "id"), *problem);
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
    if (!c.expect(place, place.is_object(), at, R"(an object with "name" and "coordinates")"))
      continue;
    if (!place.contains("name")) {
      c.add(at, "a place needs a \"name\"");
    } else if (c.expect(place["name"], place["name"].is_string(), at + "/name", "a string")) {
      const std::string name = place["name"].get<std::string>();
      const std::string key = fold_key(name);
      if (key.empty()) {
        c.add(at + "/name", "a place's name must not be empty");
      } else if (const auto [it, added] = names.emplace(key, i); !added) {
        c.add(at + "/name",
              "\"" + name + "\" is already the name of " + p + "/" + std::to_string(it->second));
      }
    }
    if (!place.contains("coordinates")) {
      c.add(at, "a place needs \"coordinates\": [longitude, latitude]");
    } else {
      check_position(place["coordinates"], at + "/coordinates", c);
    }
    for (const char* member : {"region", "country"}) {
      if (place.contains(member))
        c.expect(place[member], place[member].is_string(), at + "/" + member, "a string");
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
      check_position(h["coordinates"], p + "/home/coordinates", c);
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
    out.push_back(Problem{"/type", "", R"(expected "type": "FeatureCollection")"});
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
