// Reverse lookup: what a bare position is called (place, region, country), for entries added or
// imported by coordinates.
#pragma once

#include <optional>
#include <string>

#include "core/admin_areas.hpp"
#include "core/entry.hpp"
#include "core/gazetteer.hpp"
#include "core/place.hpp"

namespace footprint::core {

/// A nearby place further than this is not what a position "is"; the place is left empty.
inline constexpr double kPlaceRadiusKm = 30;

/// The names of a position. Country and region come from the basemap's polygons, so a point at
/// sea has neither; names are spelled as the gazetteer spells them where it knows the area.
struct PositionNames {
  std::string place;         ///< the nearest GeoNames place within kPlaceRadiusKm, else empty
  std::string region;
  std::string country;
  std::string country_code;  ///< ISO 3166-1 alpha-2; empty at sea
  std::optional<Place> nearest;  ///< the nearest place, however far
  double nearest_km = 0;
};

PositionNames describe_position(LonLat position, const Gazetteer& gazetteer,
                                const AdminAreas& areas);

}  // namespace footprint::core
