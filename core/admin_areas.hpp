// The countries and first-level regions (states, provinces) of the basemap, Natural Earth's
// polygons in world_map.gpkg, asked which of them contain a point.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/entry.hpp"

class GDALDataset;

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

/// Point-in-polygon lookups over the basemap's `countries` and `states_provinces` layers (GDAL's
/// GeoPackage R-tree narrows to bounding boxes, ray casting over the rings decides).
class AdminAreas {
 public:
  /// <data dir>/basemap/world_map.gpkg.
  static std::filesystem::path default_path();
  /// Throws NotFound when the file is missing, IoError when GDAL cannot open it.
  static AdminAreas open(const std::filesystem::path& path = default_path());

  AdminAreasAt at(LonLat position) const;

 private:
  struct Closer {
    void operator()(GDALDataset* dataset) const;
  };
  explicit AdminAreas(std::unique_ptr<GDALDataset, Closer> dataset)
      : dataset_(std::move(dataset)) {}
  std::optional<AdminArea> find(const char* layer, LonLat position) const;
  std::unique_ptr<GDALDataset, Closer> dataset_;
};

}  // namespace footprint::core
