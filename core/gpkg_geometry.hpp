// Point-in-polygon tests straight on GeoPackage geometry blobs (a small header, then WKB), so
// that reading the basemap's polygons needs SQLite only: linking GDAL would cost every run of
// footprint hundreds of milliseconds of start-up.
#pragma once

#include <limits>
#include <string_view>
#include <vector>

#include "core/entry.hpp"

namespace footprint::core {

/// True when `position` lies inside the Polygon or MultiPolygon a GeoPackage blob holds (holes
/// excluded, even-odd rule). Other geometry types contain nothing. Throws IoError for a blob
/// that is not a valid GeoPackage geometry.
bool gpkg_polygon_contains(std::string_view blob, LonLat position);

/// A Polygon or MultiPolygon read once from a GeoPackage blob, for many containment tests with
/// the same answers as gpkg_polygon_contains (which reads the blob each time).
class GpkgArea {
 public:
  /// Throws IoError like gpkg_polygon_contains; other geometry types give an area holding nothing.
  static GpkgArea parse(std::string_view blob);
  bool contains(LonLat position) const;

  /// One ring's vertices and the extent that lets a test skip it.
  struct Ring {
    std::vector<LonLat> points;
    double min_lat = std::numeric_limits<double>::infinity();
    double max_lat = -std::numeric_limits<double>::infinity();
    double max_lon = -std::numeric_limits<double>::infinity();
  };

 private:
  std::vector<std::vector<Ring>> polygons_;  // each polygon's rings, outer first
};

}  // namespace footprint::core
