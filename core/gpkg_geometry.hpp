// Point-in-polygon tests straight on GeoPackage geometry blobs (a small header, then WKB), so
// that reading the basemap's polygons needs SQLite only: linking GDAL would cost every run of
// footprint hundreds of milliseconds of start-up.
#pragma once

#include <string_view>

#include "core/entry.hpp"

namespace footprint::core {

/// True when `position` lies inside the Polygon or MultiPolygon a GeoPackage blob holds (holes
/// excluded, even-odd rule). Other geometry types contain nothing. Throws IoError for a blob
/// that is not a valid GeoPackage geometry.
bool gpkg_polygon_contains(std::string_view blob, LonLat position);

}  // namespace footprint::core
