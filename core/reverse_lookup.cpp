#include "core/reverse_lookup.hpp"

#include "core/geodesy.hpp"

namespace footprint::core {
namespace {

// Natural Earth calls Vienna's state "Wien" where GeoNames says "Vienna": prefer the gazetteer's
// spelling, so entries named by text and by coordinates agree. Its FIPS code ("AU09") often ends
// with GeoNames' admin1 code; otherwise its names may match a GeoNames region name.
std::string region_name(const AdminArea& region, const std::string& country_code,
                        const Gazetteer& gazetteer) {
  if (region.fips.size() > 2) {
    std::string name = gazetteer.region_name(country_code, region.fips.substr(2));
    if (!name.empty()) return name;
  }
  for (const std::string* candidate : {&region.name, &region.alt_name}) {
    if (candidate->empty()) continue;
    if (auto code = gazetteer.region_code_named(country_code, *candidate)) {
      return gazetteer.region_name(country_code, *code);
    }
  }
  return region.name;
}

// Country, code and region from the polygons that contain a position.
PositionNames area_names(const AdminAreasAt& at, const Gazetteer& gazetteer) {
  PositionNames names;
  if (at.country) {
    const bool iso = at.country->iso_a2.size() == 2;
    names.country_code = iso ? at.country->iso_a2 : "";
    names.country = iso ? gazetteer.country_name(names.country_code) : "";
    if (names.country.empty()) names.country = at.country->name;
  }
  if (at.region) {
    const std::string code = names.country_code.empty() ? at.region->iso_a2 : names.country_code;
    names.region = region_name(*at.region, code, gazetteer);
  }
  return names;
}

// The place part: the nearest place, and its name when it is near enough.
void add_nearest(PositionNames& names, LonLat position, std::optional<Place> nearest) {
  names.nearest = std::move(nearest);
  if (names.nearest) {
    names.nearest_km = geodesic_distance_km(position, names.nearest->position);
    if (names.nearest_km <= kPlaceRadiusKm) names.place = names.nearest->name;
  }
}

std::string area_key(const AdminAreasAt& at) {
  std::string key;
  for (const auto* area : {&at.country, &at.region}) {
    if (*area) key += (*area)->iso_a2 + '\0' + (*area)->name + '\0' + (*area)->fips + '\0';
    key += '\1';
  }
  return key;
}

}  // namespace

PositionNames describe_position(LonLat position, const Gazetteer& gazetteer,
                                const AdminAreas& areas) {
  PositionNames names = area_names(areas.at(position), gazetteer);
  add_nearest(names, position, gazetteer.nearest(position));
  return names;
}

ReverseLookup::ReverseLookup(const Gazetteer& gazetteer, const std::filesystem::path& basemap)
    : gazetteer_(gazetteer), areas_(basemap), places_(gazetteer.positions()) {}

PositionNames ReverseLookup::describe(LonLat position) const {
  // Many positions share their areas and nearest place: each is named once.
  const AdminAreasAt at = areas_.at(position);
  auto area = area_names_.find(area_key(at));
  if (area == area_names_.end()) {
    area = area_names_.emplace(area_key(at), area_names(at, gazetteer_)).first;
  }
  PositionNames names = area->second;
  std::optional<Place> nearest;
  if (const auto id = places_.nearest_id(position)) {
    auto place = places_by_id_.find(*id);
    if (place == places_by_id_.end()) {
      place = places_by_id_.emplace(*id, gazetteer_.place_with_id(*id)).first;
    }
    nearest = place->second;
  }
  add_nearest(names, position, std::move(nearest));
  return names;
}

}  // namespace footprint::core
