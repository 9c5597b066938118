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

}  // namespace

PositionNames describe_position(LonLat position, const Gazetteer& gazetteer,
                                const AdminAreas& areas) {
  PositionNames names;
  const AdminAreasAt at = areas.at(position);
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
  names.nearest = gazetteer.nearest(position);
  if (names.nearest) {
    names.nearest_km = geodesic_distance_km(position, names.nearest->position);
    if (names.nearest_km <= kPlaceRadiusKm) names.place = names.nearest->name;
  }
  return names;
}

}  // namespace footprint::core
