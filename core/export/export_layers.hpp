// Entries as the layers and fields of each export format: what `footprint export` asks the GDAL
// module to write (ogr_write.hpp), chosen so that `footprint import` reads the same entries back.
#pragma once

#include <string>
#include <vector>

#include "core/entry.hpp"
#include "core/export/export_format.hpp"
#include "core/export/ogr_write.hpp"

namespace footprint::core::exporting {

/// The write request for `entries` (in the order given) to `path` in `format`:
/// GeoJSON one RFC 7946 FeatureCollection; GPX waypoints and tracks, footprint's fields as GPX
/// extensions; KML a folder per trip with shared styles per status; CSV one row per entry
/// (lat, lon, and WKT for lines); GeoPackage a layer "points" and a layer "lines".
OgrWriteRequest export_request(const std::vector<Entry>& entries, ExportFormat format,
                               const std::string& path);

}  // namespace footprint::core::exporting
