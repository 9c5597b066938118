// The countries and first-level regions (states, provinces) of the basemap, Natural Earth's
// polygons in world_map.gpkg, asked which of them contain a point.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/entry.hpp"
#include "core/sqlite.hpp"

namespace footprint::core {

/// One polygon's names as Natural Earth gives them.
struct AdminArea {
  std::string iso_a2;    ///< ISO 3166-1 alpha-2 of the country; "-99" for a few disputed areas
  std::string name;      ///< "Canada", "Alberta", "Wien"
  std::string fips;      ///< regions only: FIPS 10-4 code, "CA01", "AU09"
  std::string alt_name;  ///< regions only: GeoNames' name when Natural Earth has one
};

/// The country and region containing a point; either is empty at sea.
struct AdminAreasAt {
  std::optional<AdminArea> country;
  std::optional<AdminArea> region;
};

/// The SQL that finds the polygons whose boxes hold a point (?1 lon, ?2 lat), in the order both
/// AdminAreas and ReverseLookup take them: iso_a2, name, fips, alt_name, geom, fid.
std::string_view admin_areas_query(bool countries);

/// Point-in-polygon lookups over the basemap's `countries` and `states_provinces` layers, read
/// with SQLite (a GeoPackage is an SQLite file) rather than GDAL, whose start-up costs more than
/// the whole lookup.
class AdminAreas {
 public:
  /// <data dir>/basemap/world_map.gpkg.
  static std::filesystem::path default_path();
  /// Throws MissingData when the file is missing, IoError when it cannot be opened.
  static AdminAreas open(const std::filesystem::path& path = default_path());

  AdminAreasAt at(LonLat position) const;
  /// Only the region (cheaper: a country's polygon is far larger than a province's).
  std::optional<AdminArea> region_at(LonLat position) const { return find(false, position); }
  /// Only the country.
  std::optional<AdminArea> country_at(LonLat position) const { return find(true, position); }

 private:
  explicit AdminAreas(sqlite::Database db) : db_(std::move(db)) {}
  std::optional<AdminArea> find(bool countries, LonLat position) const;
  sqlite::Database db_;
};

}  // namespace footprint::core
