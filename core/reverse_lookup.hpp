// Reverse lookup: what a bare position is called (place, region, country), for entries added or
// imported by coordinates.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/admin_areas.hpp"
#include "core/entry.hpp"
#include "core/gazetteer.hpp"
#include "core/place.hpp"
#include "core/reverse_lookup_areas.hpp"
#include "core/reverse_lookup_places.hpp"

namespace footprint::core {

/// A nearby place further than this is not what a position "is"; the place is left empty.
inline constexpr double kPlaceRadiusKm = 30;

/// The names of a position. Country and region come from the basemap's polygons, so a point at
/// sea has neither; names are spelled as the gazetteer spells them where it knows the area.
struct PositionNames {
  std::string place;  ///< the nearest GeoNames place within kPlaceRadiusKm, else empty
  std::string region;
  std::string country;
  std::string country_code;      ///< ISO 3166-1 alpha-2; empty at sea
  std::optional<Place> nearest;  ///< the nearest place, however far
  double nearest_km = 0;
};

/// The names of one position, straight from the gazetteer's and the basemap's files: what a
/// command that names one or a few positions (`add --at`, `place`) needs, with nothing to load.
PositionNames describe_position(LonLat position, const Gazetteer& gazetteer,
                                const AdminAreas& areas);

/// describe_position's answers for many positions (an import): built once per process, it holds
/// the gazetteer's positions in memory (NearestPlaces) and the basemap's polygons as they are
/// first needed (AreaLookup), at about a tenth of a second to build.
class ReverseLookup {
 public:
  /// Keeps a reference to `gazetteer`, which must outlive it. Throws NotFound when the basemap
  /// is missing.
  explicit ReverseLookup(const Gazetteer& gazetteer,
                         const std::filesystem::path& basemap = AdminAreas::default_path());

  PositionNames describe(LonLat position) const;

 private:
  const Gazetteer& gazetteer_;
  AreaLookup areas_;  // first: a missing basemap fails before the places are read
  NearestPlaces places_;
  // Names already found, by the areas' names and by GeoNames id.
  mutable std::unordered_map<std::string, PositionNames> area_names_;
  mutable std::unordered_map<std::int64_t, std::optional<Place>> places_by_id_;
};

}  // namespace footprint::core
