// What the GDAL module's vector reader hands to footprint: each feature of each layer as plain
// values (fields as text, geometry as lon/lat parts), streamed to a sink so that a long track's
// points never need to be held twice. The readers of GPX, KML, GeoJSON, GeoPackage and CSV map
// these to import items (feature_mapper.hpp); only the module itself includes GDAL.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/entry.hpp"

namespace footprint::core::import {

enum class GeometryKind {
  none,   ///< no geometry (a CSV row without a WKT column, a GPX track point's table row)
  point,  ///< one part of one position
  line,   ///< a LineString or MultiLineString: one part per line, in order
  other,  ///< a polygon, a curve…: `geometry_name` says which
};

/// One attribute of a feature. Date and time fields come as ISO 8601 text
/// ("2024-10-13T08:00:00Z", "2024-10-13T10:00:00-06:00", "2024-10-13"); lists joined by ", ".
struct OgrField {
  std::string name;
  std::string value;
  bool is_date_time = false;
};

struct OgrFeature {
  std::string layer;
  std::size_t number = 0;  ///< 1-based position in its layer, as read
  std::int64_t fid = -1;   ///< the driver's feature id (a CSV row's line-based number)
  GeometryKind geometry = GeometryKind::none;
  std::string geometry_name;  ///< OGR's name of the geometry type ("POLYGON") for `other`
  std::vector<std::vector<LonLat>> parts;
  std::vector<OgrField> fields;  ///< null fields are left out
  /// The names of every field of the layer, set or not (shared by its features).
  std::shared_ptr<const std::vector<std::string>> layer_fields;

  /// The value of the first field named `name` (exact case), or nullptr.
  const OgrField* field(const std::string& name) const {
    for (const OgrField& f : fields) {
      if (f.name == name) return &f;
    }
    return nullptr;
  }
};

/// Receives what the reader reads, in file order.
class OgrFeatureSink {
 public:
  virtual ~OgrFeatureSink() = default;
  virtual void feature(OgrFeature&& feature) = 0;
  /// A warning or error GDAL reported while reading ("line 12, column 3" when it says where).
  virtual void problem(const std::string& where, const std::string& message) = 0;
};

/// Which file to open and how.
struct OgrReadRequest {
  std::string path;
  std::vector<std::string> drivers;       ///< GDAL driver names allowed ("GPX"); empty: any
  std::vector<std::string> open_options;  ///< "KEY=VALUE" (CSV column names…)
  /// CSV: the column separator (csv_separator.hpp); GDAL's CSV driver finds ',' ';' and tab
  /// itself, and '|' is read through a copy with commas.
  char csv_separator = ',';
};

/// The module's reader: streams every layer's features to `sink`, reprojected to WGS 84.
/// Returns false with `error` set when the file cannot be opened at all.
using OgrReadFunction = bool (*)(const OgrReadRequest& request, OgrFeatureSink& sink,
                                 std::string& error);
inline constexpr const char* kOgrReadSymbol = "footprint_ogr_read";

/// Reads a vector file through the GDAL module (loaded on first use).
/// Returns false with `error` set when the file cannot be opened at all.
bool read_ogr_features(const OgrReadRequest& request, OgrFeatureSink& sink, std::string& error);

}  // namespace footprint::core::import
