// The GDAL side of import, built into the GDAL module (footprint_gdal) and reached through
// read_ogr_features(): opens a vector file with the drivers asked for and streams its features,
// in WGS 84, as plain values (ogr_features.hpp). GDAL's warnings and errors while reading become
// problems of the file instead of lines on standard error.
#include <cpl_csv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstdio>
#include <memory>

#include "core/import/ogr_features.hpp"
#include "core/ogr_wgs84.hpp"

namespace footprint::core::import {
namespace {

// GDAL reports through a global handler: collect its messages for the file being read.
struct ErrorCollector {
  explicit ErrorCollector(OgrFeatureSink& sink) : sink_(sink) {
    CPLPushErrorHandlerEx(&ErrorCollector::handle, this);
  }
  ~ErrorCollector() { CPLPopErrorHandler(); }
  ErrorCollector(const ErrorCollector&) = delete;
  ErrorCollector& operator=(const ErrorCollector&) = delete;

  static void CPL_STDCALL handle(CPLErr level, CPLErrorNum, const char* message) {
    auto* self = static_cast<ErrorCollector*>(CPLGetErrorHandlerUserData());
    if (level == CE_Debug || self == nullptr) return;
    self->last = message;
    if (self->reporting) self->sink_.problem("", message);
  }

  OgrFeatureSink& sink_;
  bool reporting = false;  // while opening, a failure is said by the open's error instead
  std::string last;
};

std::string iso_date_time(const OGRFeature& feature, int i, OGRFieldType type) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
  float second = 0;
  feature.GetFieldAsDateTime(i, &year, &month, &day, &hour, &minute, &second, &zone);
  char text[64];
  if (type == OFTDate) {
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return text;
  }
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute,
                static_cast<int>(std::floor(second)));
  std::string out = text;
  // OGR's zone flag: 0 unknown, 1 local time, 100 UTC, 100 ± n quarter hours.
  if (zone == 100) {
    out += "Z";
  } else if (zone > 1) {
    const int minutes = std::abs(zone - 100) * 15;
    std::snprintf(text, sizeof text, "%c%02d:%02d", zone > 100 ? '+' : '-', minutes / 60,
                  minutes % 60);
    out += text;
  }
  return out;
}

std::vector<OgrField> fields_of(const OGRFeature& feature) {
  std::vector<OgrField> out;
  const OGRFeatureDefn* defn = feature.GetDefnRef();
  for (int i = 0; i < defn->GetFieldCount(); ++i) {
    if (!feature.IsFieldSetAndNotNull(i)) continue;
    const OGRFieldDefn* field = defn->GetFieldDefn(i);
    OgrField f;
    f.name = field->GetNameRef();
    const OGRFieldType type = field->GetType();
    if (type == OFTDate || type == OFTDateTime) {
      f.value = iso_date_time(feature, i, type);
      f.is_date_time = true;
    } else if (type == OFTStringList) {
      for (char** item = feature.GetFieldAsStringList(i); item && *item; ++item) {
        f.value += (f.value.empty() ? "" : ", ") + std::string(*item);
      }
    } else {
      f.value = feature.GetFieldAsString(i);
    }
    out.push_back(std::move(f));
  }
  return out;
}

void add_line(const OGRLineString& line, OgrFeature& out) {
  std::vector<LonLat> part;
  part.reserve(line.getNumPoints());
  for (int i = 0; i < line.getNumPoints(); ++i) part.push_back({line.getX(i), line.getY(i)});
  out.parts.push_back(std::move(part));
}

void set_geometry(const OGRGeometry* geometry, OgrFeature& out) {
  if (geometry == nullptr || geometry->IsEmpty()) return;
  switch (wkbFlatten(geometry->getGeometryType())) {
    case wkbPoint:
      out.geometry = GeometryKind::point;
      out.parts = {{{geometry->toPoint()->getX(), geometry->toPoint()->getY()}}};
      return;
    case wkbLineString:
      out.geometry = GeometryKind::line;
      add_line(*geometry->toLineString(), out);
      return;
    case wkbMultiLineString:
      out.geometry = GeometryKind::line;
      for (const OGRLineString* line : *geometry->toMultiLineString()) add_line(*line, out);
      return;
    default:
      out.geometry = GeometryKind::other;
      out.geometry_name = OGRGeometryTypeToName(geometry->getGeometryType());
      return;
  }
}

std::vector<const char*> c_strings(const std::vector<std::string>& strings) {
  std::vector<const char*> out;
  out.reserve(strings.size() + 1);
  for (const std::string& s : strings) out.push_back(s.c_str());
  out.push_back(nullptr);
  return out;
}

void read_layer(OGRLayer& layer, OgrFeatureSink& sink) {
  bool reprojectable = true;
  const TransformPtr transform = transform_to_wgs84(layer, reprojectable);
  if (!reprojectable) {
    sink.problem("", "cannot reproject layer " + std::string(layer.GetName()) + " to WGS 84");
    return;
  }
  auto names = std::make_shared<std::vector<std::string>>();
  OGRFeatureDefn* defn = layer.GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i)
    names->push_back(defn->GetFieldDefn(i)->GetNameRef());
  std::size_t number = 0;
  layer.ResetReading();
  for (auto& feature : layer) {
    OgrFeature out;
    out.layer = layer.GetName();
    out.number = ++number;
    out.fid = feature->GetFID();
    out.fields = fields_of(*feature);
    out.layer_fields = names;
    OGRGeometry* geometry = feature->GetGeometryRef();
    if (geometry != nullptr && transform && geometry->transform(transform.get()) != OGRERR_NONE) {
      geometry = nullptr;
    }
    set_geometry(geometry, out);
    sink.feature(std::move(out));
  }
}

// An in-memory (/vsimem/) file, removed when this goes.
struct MemoryFile {
  std::string name;
  MemoryFile() = default;
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;
  ~MemoryFile() {
    if (!name.empty()) VSIUnlink(name.c_str());
  }
};

// A field as RFC 4180 writes it: in quotes, quotes doubled.
std::string csv_field(const char* text) {
  std::string out = "\"";
  for (const char* c = text; *c != '\0'; ++c)
    out += *c == '"' ? std::string("\"\"") : std::string(1, *c);
  return out + "\"";
}

// GDAL's CSV driver (3.6) finds commas, semicolons and tabs but not "|": such a file is split by
// GDAL's own CSV line parser (quotes and line breaks inside them honoured) into an in-memory copy
// with commas, which the driver then reads like any CSV, row for row. Empty when unreadable.
std::string comma_copy(const std::string& path, char separator) {
  static int copies = 0;
  std::string copy = "/vsimem/footprint-import-" + std::to_string(++copies) + ".csv";
  VSILFILE* in = VSIFOpenL(path.c_str(), "rb");
  if (in == nullptr) return "";
  VSILFILE* out = VSIFOpenL(copy.c_str(), "wb");
  if (out == nullptr) {  // no memory for the copy: read as "cannot read it"
    VSIFCloseL(in);
    return "";
  }
  const char delimiter[2] = {separator, '\0'};
  while (char** fields = CSVReadParseLine3L(in, 0, delimiter, true, false, false, true)) {
    std::string line;
    for (int i = 0; fields[i] != nullptr; ++i) line += (i > 0 ? "," : "") + csv_field(fields[i]);
    line += "\n";
    VSIFWriteL(line.data(), 1, line.size(), out);
    CSLDestroy(fields);
  }
  VSIFCloseL(in);
  VSIFCloseL(out);
  return copy;
}

}  // namespace
}  // namespace footprint::core::import

extern "C" bool footprint_ogr_read(const footprint::core::import::OgrReadRequest& request,
                                   footprint::core::import::OgrFeatureSink& sink,
                                   std::string& error) {
  using namespace footprint::core::import;
  GDALAllRegister();
  ErrorCollector errors(sink);
  const auto drivers = c_strings(request.drivers);
  const auto options = c_strings(request.open_options);
  std::string path = request.path;
  MemoryFile copy;  // declared before the dataset: removed after it is closed
  if (request.csv_separator == '|') {
    copy.name = comma_copy(path.starts_with("CSV:") ? path.substr(4) : path, '|');
    path = copy.name;
  }
  GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                 request.drivers.empty() ? nullptr : drivers.data(),
                                                 options.data(), nullptr));
  if (!dataset) {
    error = errors.last.empty() ? "GDAL cannot read it" : errors.last;
    return false;
  }
  errors.reporting = true;
  for (OGRLayer* layer : dataset->GetLayers()) read_layer(*layer, sink);
  return true;
}
