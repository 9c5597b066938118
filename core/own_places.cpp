#include "core/own_places.hpp"

#include "core/error.hpp"
#include "core/text_fold.hpp"

namespace footprint::core {
namespace {

const std::string kPointer = std::string("/footprint/") + kOwnPlacesSetting;

Json places_member(const Json& settings) {
  if (!settings.is_object() || !settings.contains(kOwnPlacesSetting)) return Json::array();
  const Json& places = settings[kOwnPlacesSetting];
  if (!places.is_array()) throw JournalError(kPointer + ": expected an array of places");
  return places;
}

Place read_place(const Json& j, std::size_t index) {
  const std::string where = kPointer + "/" + std::to_string(index);
  if (!j.is_object() || !j.contains("name") || !j["name"].is_string() ||
      !j.contains("coordinates") || !j["coordinates"].is_array() || j["coordinates"].size() < 2 ||
      !j["coordinates"][0].is_number() || !j["coordinates"][1].is_number()) {
    throw JournalError(where + R"(: a place needs a "name" and "coordinates": [lon, lat])");
  }
  Place p;
  p.own = true;
  p.name = j["name"].get<std::string>();
  p.qualifier = p.name;
  p.position = {j["coordinates"][0].get<double>(), j["coordinates"][1].get<double>()};
  if (j.contains("region") && j["region"].is_string()) p.region = j["region"].get<std::string>();
  if (j.contains("country") && j["country"].is_string())
    p.country = j["country"].get<std::string>();
  return p;
}

}  // namespace

std::vector<Place> own_places(const Json& settings) {
  const Json places = places_member(settings);
  std::vector<Place> out;
  for (std::size_t i = 0; i < places.size(); ++i) out.push_back(read_place(places[i], i));
  return out;
}

Json with_own_place(const Json& settings, const Place& place) {
  Json places = places_member(settings);
  const std::string key = fold_key(place.name);
  for (const Place& existing : own_places(settings)) {
    if (fold_key(existing.name) == key) {
      throw UsageError("there is already a place called \"" + existing.name +
                       "\"; remove it first with: footprint place rm \"" + existing.name + "\"");
    }
  }
  Json j = Json::object();
  j["name"] = place.name;
  j["coordinates"] = Json::array({place.position.lon, place.position.lat});
  if (!place.region.empty()) j["region"] = place.region;
  if (!place.country.empty()) j["country"] = place.country;
  places.push_back(std::move(j));
  return places;
}

Json without_own_place(const Json& settings, std::string_view name) {
  Json places = places_member(settings);
  const std::vector<Place> existing = own_places(settings);
  const std::string key = fold_key(name);
  std::string names;
  for (std::size_t i = 0; i < existing.size(); ++i) {
    if (fold_key(existing[i].name) == key) {
      places.erase(i);
      return places;
    }
    names += (names.empty() ? "" : ", ") + existing[i].name;
  }
  throw NotFound("no place of yours is called \"" + std::string(name) + "\"" +
                 (names.empty() ? " (you have none)" : "; yours are: " + names));
}

}  // namespace footprint::core
