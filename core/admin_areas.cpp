#include "core/admin_areas.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/data_paths.hpp"
#include "core/error.hpp"

namespace footprint::core {
namespace {

std::string field(const OGRFeature& feature, const char* name) {
  const int index = feature.GetFieldIndex(name);
  return index >= 0 && feature.IsFieldSetAndNotNull(index) ? feature.GetFieldAsString(index) : "";
}

// Ray casting over the rings (holes included) without GEOS, whose general-purpose Intersects
// builds a graph of the whole polygon: Canada has tens of thousands of vertices.
bool contains(const OGRGeometry& geometry, const OGRPoint& point) {
  const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
  if (type == wkbPolygon) return geometry.toPolygon()->IsPointOnSurface(&point);
  if (type == wkbMultiPolygon) {
    for (const OGRPolygon* part : *geometry.toMultiPolygon()) {
      if (part->IsPointOnSurface(&point)) return true;
    }
    return false;
  }
  return geometry.Intersects(&point);
}

}  // namespace

void AdminAreas::Closer::operator()(GDALDataset* dataset) const { GDALClose(dataset); }

std::filesystem::path AdminAreas::default_path() {
  return data_dir() / "basemap" / "world_map.gpkg";
}

AdminAreas AdminAreas::open(const std::filesystem::path& path) {
  if (!std::filesystem::exists(path)) {
    throw NotFound("the basemap " + path.string() + " is missing: run data/build");
  }
  // Only the GeoPackage driver: registering all of GDAL's drivers costs more than the lookup.
  RegisterOGRGeoPackage();
  const char* const drivers[] = {"GPKG", nullptr};
  auto* dataset = static_cast<GDALDataset*>(
      GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
  if (dataset == nullptr) {
    throw IoError("cannot open the basemap " + path.string() + ": " + CPLGetLastErrorMsg());
  }
  return AdminAreas(std::unique_ptr<GDALDataset, Closer>(dataset));
}

std::optional<AdminArea> AdminAreas::find(const char* layer_name, LonLat position) const {
  OGRLayer* layer = dataset_->GetLayerByName(layer_name);
  if (layer == nullptr) throw IoError(std::string("the basemap has no layer ") + layer_name);
  OGRPoint point(position.lon, position.lat);
  layer->SetSpatialFilter(&point);  // bounding boxes through the GeoPackage's R-tree
  layer->ResetReading();
  std::optional<AdminArea> found;
  for (auto& feature : *layer) {
    const OGRGeometry* geometry = feature->GetGeometryRef();
    if (geometry == nullptr || !contains(*geometry, point)) continue;
    const bool country = std::string_view(layer_name) == "countries";
    found = AdminArea{field(*feature, "iso_a2"), field(*feature, country ? "NAME" : "name"),
                      country ? "" : field(*feature, "fips"),
                      country ? "" : field(*feature, "gn_name")};
    break;
  }
  layer->SetSpatialFilter(nullptr);
  return found;
}

AdminAreasAt AdminAreas::at(LonLat position) const {
  return {find("countries", position), find("states_provinces", position)};
}

}  // namespace footprint::core
