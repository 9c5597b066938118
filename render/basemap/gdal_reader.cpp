// The GDAL/OGR reader behind --layer, built as a module that footprint-render loads (dlopen)
// only when a map asks for an extra layer: linking GDAL into the renderer made every render pay
// for loading GDAL's 60-odd shared libraries. See read_vector() in
// render/basemap/vector_source.cpp.
#include "render/basemap/gdal_reader.hpp"
#include "render/basemap/vector_source.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstring>
#include <set>

#include "core/error.hpp"
#include "core/ogr_wgs84.hpp"

namespace footprint::render {
namespace {

Path ring_path(const OGRLinearRing& ring) {
  Path out;
  const int n = ring.getNumPoints();
  out.reserve(n + 2);
  for (int i = 0; i < n; ++i) out.push_back({ring.getX(i), ring.getY(i)});
  // Rings are closed in OGR; our rings are implicitly closed.
  if (out.size() > 1 && out.front().x == out.back().x && out.front().y == out.back().y)
    out.pop_back();
  unwrap_lon(out);
  close_around_pole(out);
  return out;
}

void collect(const OGRGeometry& geometry, VectorData& out) {
  switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPoint: {
      const auto& p = *geometry.toPoint();
      out.points.push_back({p.getX(), p.getY()});
      break;
    }
    case wkbLineString: {
      const auto& line = *geometry.toLineString();
      Path path;
      for (int i = 0; i < line.getNumPoints(); ++i) path.push_back({line.getX(i), line.getY(i)});
      unwrap_lon(path);
      out.lines.push_back(std::move(path));
      break;
    }
    case wkbPolygon: {
      const auto& polygon = *geometry.toPolygon();
      std::vector<Path> rings;
      for (const OGRLinearRing* ring : polygon) rings.push_back(ring_path(*ring));
      if (!rings.empty() && rings.front().size() >= 3) out.polygons.push_back(std::move(rings));
      break;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
      for (const OGRGeometry* part : *geometry.toGeometryCollection()) collect(*part, out);
      break;
    default:
      break;  // curves, TINs…: not in map data we know of
  }
}

core::TransformPtr to_wgs84(OGRLayer& layer) {
  bool ok = true;
  core::TransformPtr transform = core::transform_to_wgs84(layer, ok);
  if (!ok) throw IoError("cannot reproject layer " + std::string(layer.GetName()) + " to WGS 84");
  return transform;
}

VectorData read_uncached(const VectorSource& source, const LonLatBox& filter) {
  GDALAllRegister();
  GDALDatasetUniquePtr dataset(
      GDALDataset::Open(source.file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!dataset) throw IoError("cannot open vector file " + source.file.string());
  OGRLayer* layer =
      source.layer.empty() ? dataset->GetLayer(0) : dataset->GetLayerByName(source.layer.c_str());
  if (layer == nullptr) {
    throw IoError("no layer \"" + source.layer + "\" in " + source.file.string());
  }
  core::TransformPtr transform = to_wgs84(*layer);
  // A filter in degrees only makes sense on a layer stored in degrees.
  std::vector<LonLatBox> rects =
      transform ? std::vector<LonLatBox>{} : split_at_antimeridian(filter);
  if (rects.empty()) rects.push_back({-180, -90, 180, 90});
  VectorData out;
  std::set<GIntBig> seen;
  for (const LonLatBox& rect : rects) {
    if (rect.lon_span() < 359)
      layer->SetSpatialFilterRect(rect.west, rect.south, rect.east, rect.north);
    else
      layer->SetSpatialFilter(nullptr);
    layer->ResetReading();
    for (const auto& feature : *layer) {
      if (!seen.insert(feature->GetFID()).second) continue;
      OGRGeometry* geometry = feature->GetGeometryRef();
      if (geometry == nullptr) continue;
      if (transform && geometry->transform(transform.get()) != OGRERR_NONE) continue;
      collect(*geometry, out);
    }
  }
  layer->SetSpatialFilter(nullptr);
  return out;
}

}  // namespace

}  // namespace footprint::render

extern "C" int footprint_gdal_read(const char* file, const char* layer, const double filter[4],
                                   footprint::render::VectorData* out, char* error,
                                   std::size_t error_size) {
  using namespace footprint::render;
  try {
    *out = read_uncached({file, layer}, LonLatBox{filter[0], filter[1], filter[2], filter[3]});
    return 0;
  } catch (const std::exception& e) {
    std::snprintf(error, error_size, "%s", e.what());
  } catch (...) {
    std::snprintf(error, error_size, "unknown error reading %s", file);
  }
  return 1;
}
