// What footprint asks the GDAL module to write: layers of features with text fields, built by
// export_layers.hpp for each format and written by the module's writer (ogr_writer.cpp) with the
// driver named. Only the module includes GDAL.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/entry.hpp"

namespace footprint::core::exporting {

enum class FieldType {
  text,
  date_time,  ///< ISO 8601 text, stored as OGR's DateTime (GPX <time>, KML <when>)
  list,       ///< items separated by '\n', stored as a list where the format has lists
};

struct OutField {
  std::string name;
  FieldType type = FieldType::text;
};

/// `any`: a point or a line per feature (GeoJSON, KML).
enum class OutGeometry { none, point, line, multi_line, any };

struct OutFeature {
  std::vector<LonLat> coordinates;  ///< one for a point, more for a line, none for no geometry
  std::vector<std::optional<std::string>> values;  ///< one per field of the layer; unset: null
  std::string style;  ///< an OGR style string or "@name" of the request's style table
};

struct OutLayer {
  std::string name;
  OutGeometry geometry = OutGeometry::point;
  std::vector<OutField> fields;
  std::vector<OutFeature> features;
  std::vector<std::string> options;  ///< layer creation options, "KEY=VALUE"
};

struct OgrWriteRequest {
  std::string path;
  std::string driver;                ///< GDAL's name: "GeoJSON", "GPX", "LIBKML", "CSV", "GPKG"
  std::vector<std::string> options;  ///< dataset creation options, "KEY=VALUE"
  std::vector<std::pair<std::string, std::string>> styles;  ///< named OGR style strings
  std::vector<OutLayer> layers;
};

/// The module's writer: creates `request.path` (which must not exist) with every layer.
using OgrWriteFunction = bool (*)(const OgrWriteRequest& request, std::string& error);
inline constexpr const char* kOgrWriteSymbol = "footprint_ogr_write";

/// Writes through the GDAL module (loaded on first use); throws IoError saying what failed.
void write_ogr(const OgrWriteRequest& request);

}  // namespace footprint::core::exporting
