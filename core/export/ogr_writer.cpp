// The GDAL side of export, built into the GDAL module (footprint_gdal) and reached through
// write_ogr(): creates a dataset with the driver asked for and writes the layers it is given.
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

#include "core/export/ogr_write.hpp"

namespace footprint::core::exporting {
namespace {

// GDAL's messages become the error of the write instead of lines on standard error.
struct ErrorCollector {
  ErrorCollector() { CPLPushErrorHandlerEx(&ErrorCollector::handle, this); }
  ~ErrorCollector() { CPLPopErrorHandler(); }
  ErrorCollector(const ErrorCollector&) = delete;
  ErrorCollector& operator=(const ErrorCollector&) = delete;
  static void CPL_STDCALL handle(CPLErr level, CPLErrorNum, const char* message) {
    auto* self = static_cast<ErrorCollector*>(CPLGetErrorHandlerUserData());
    if (self != nullptr && level >= CE_Failure) {
      self->last = message;
      ++self->failures;
    }
  }
  std::string last;
  int failures = 0;
};

class Failure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

CPLStringList string_list(const std::vector<std::string>& items) {
  CPLStringList out;
  for (const std::string& item : items) out.AddString(item.c_str());
  return out;
}

OGRwkbGeometryType geometry_type(OutGeometry g) {
  switch (g) {
    case OutGeometry::none:
      return wkbNone;
    case OutGeometry::point:
      return wkbPoint;
    case OutGeometry::line:
      return wkbLineString;
    case OutGeometry::multi_line:
      return wkbMultiLineString;
    case OutGeometry::any:
      return wkbUnknown;
  }
  return wkbUnknown;
}

std::unique_ptr<OGRGeometry> geometry_of(const OutFeature& f, OutGeometry kind) {
  if (f.coordinates.empty() || kind == OutGeometry::none) return nullptr;
  if (kind == OutGeometry::point || (kind == OutGeometry::any && f.coordinates.size() == 1)) {
    return std::make_unique<OGRPoint>(f.coordinates.front().lon, f.coordinates.front().lat);
  }
  auto line = std::make_unique<OGRLineString>();
  for (const LonLat& p : f.coordinates) line->addPoint(p.lon, p.lat);
  if (kind != OutGeometry::multi_line) return line;
  auto multi = std::make_unique<OGRMultiLineString>();
  multi->addGeometryDirectly(line.release());
  return multi;
}

void set_value(OGRFeature& feature, int i, FieldType type, const std::string& value) {
  if (type != FieldType::list) {
    feature.SetField(i, value.c_str());
    return;
  }
  CPLStringList items;
  std::size_t start = 0;
  while (start <= value.size() && !value.empty()) {
    const std::size_t end = std::min(value.find('\n', start), value.size());
    items.AddString(value.substr(start, end - start).c_str());
    start = end + 1;
  }
  feature.SetField(i, items.List());
}

void write_layer(GDALDataset& dataset, const OutLayer& spec, OGRSpatialReference& wgs84) {
  CPLStringList options = string_list(spec.options);
  OGRLayer* layer =
      dataset.CreateLayer(spec.name.c_str(), spec.geometry == OutGeometry::none ? nullptr : &wgs84,
                          geometry_type(spec.geometry), options.List());
  if (layer == nullptr) throw Failure("cannot create the layer " + spec.name);
  for (const OutField& field : spec.fields) {
    OGRFieldDefn defn(field.name.c_str(), field.type == FieldType::date_time ? OFTDateTime
                                          : field.type == FieldType::list    ? OFTStringList
                                                                             : OFTString);
    if (layer->CreateField(&defn) != OGRERR_NONE) {
      throw Failure("cannot create the field " + field.name);
    }
  }
  for (const OutFeature& f : spec.features) {
    OGRFeature feature(layer->GetLayerDefn());
    for (std::size_t i = 0; i < spec.fields.size() && i < f.values.size(); ++i) {
      // Fields are found by name: a driver may have added its own (GPX, KML) before ours.
      const int index = feature.GetFieldIndex(spec.fields[i].name.c_str());
      if (index >= 0 && f.values[i]) set_value(feature, index, spec.fields[i].type, *f.values[i]);
    }
    if (auto geometry = geometry_of(f, spec.geometry)) {
      feature.SetGeometryDirectly(geometry.release());
    }
    if (!f.style.empty()) feature.SetStyleString(f.style.c_str());
    if (layer->CreateFeature(&feature) != OGRERR_NONE) {
      throw Failure("cannot write a feature of the layer " + spec.name);
    }
  }
}

}  // namespace
}  // namespace footprint::core::exporting

extern "C" bool footprint_ogr_write(const footprint::core::exporting::OgrWriteRequest& request,
                                    std::string& error) {
  using namespace footprint::core::exporting;
  GDALAllRegister();
  ErrorCollector errors;
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(request.driver.c_str());
  if (driver == nullptr) {
    error = "GDAL has no " + request.driver + " driver";
    return false;
  }
  try {
    CPLStringList options = string_list(request.options);
    GDALDatasetUniquePtr dataset(
        driver->Create(request.path.c_str(), 0, 0, 0, GDT_Unknown, options.List()));
    if (!dataset) throw Failure(errors.last.empty() ? "cannot create the file" : errors.last);
    if (!request.styles.empty()) {
      OGRStyleTable table;
      for (const auto& [name, style] : request.styles) table.AddStyle(name.c_str(), style.c_str());
      dataset->SetStyleTable(&table);
    }
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    for (const OutLayer& layer : request.layers) write_layer(*dataset, layer, wgs84);
    // Closing writes what drivers keep until the end (GPX, KML, GeoJSON's trailer).
    const int failures = errors.failures;
    GDALClose(GDALDataset::ToHandle(dataset.release()));
    if (errors.failures != failures) throw Failure(errors.last);
  } catch (const std::exception& e) {
    error = errors.last.empty() || errors.last == e.what()
                ? e.what()
                : std::string(e.what()) + ": " + errors.last;
    return false;
  }
  return true;
}
