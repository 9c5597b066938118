#include "render/vector_source.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <map>
#include <mutex>
#include <set>
#include <sstream>

#include "core/error.hpp"

namespace footprint::render {
namespace {

struct TransformDeleter {
  void operator()(OGRCoordinateTransformation* t) const { OGRCoordinateTransformation::DestroyCT(t); }
};
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

// Some data (d3's world-atlas, GeoJSON from tools that think on the sphere) lets a ring jump
// from +180 to -180 where it crosses the antimeridian. No real edge spans more than 180° of
// longitude, so such jumps are unwrapped to keep every ring continuous.
void unwrap(Path& path) {
  double shift = 0;
  for (std::size_t i = 1; i < path.size(); ++i) {
    const double raw_previous = path[i - 1].x - shift;
    const double step = path[i].x - raw_previous;
    if (step > 180) shift -= 360;
    if (step < -180) shift += 360;
    path[i].x += shift;
  }
}

// A ring around a pole (Antarctica without its polar edge) ends 360° from where it began once
// unwrapped: close it along the pole so that it encloses what it means to.
void close_around_pole(Path& ring) {
  const double net = ring.back().x - ring.front().x;
  if (std::abs(net) < 270) return;
  double mean_lat = 0;
  for (const XY& p : ring) mean_lat += p.y;
  const double pole = mean_lat < 0 ? -90.0 : 90.0;
  const XY first = ring.front(), last = ring.back();
  ring.push_back({last.x, pole});
  ring.push_back({first.x, pole});
}

Path ring_path(const OGRLinearRing& ring) {
  Path out;
  const int n = ring.getNumPoints();
  out.reserve(n + 2);
  for (int i = 0; i < n; ++i) out.push_back({ring.getX(i), ring.getY(i)});
  // Rings are closed in OGR; our rings are implicitly closed.
  if (out.size() > 1 && out.front().x == out.back().x && out.front().y == out.back().y) out.pop_back();
  unwrap(out);
  if (out.size() > 2) close_around_pole(out);
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
      unwrap(path);
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

// The filter rectangles: two when the box crosses the antimeridian, none for the whole globe.
std::vector<LonLatBox> filter_rects(const LonLatBox& box) {
  if (box.lon_span() >= 359) return {};
  if (box.west <= box.east) return {box};
  return {{box.west, box.south, 180, box.north}, {-180, box.south, box.east, box.north}};
}

TransformPtr to_wgs84(OGRLayer& layer) {
  const OGRSpatialReference* srs = layer.GetSpatialRef();
  if (srs == nullptr) return nullptr;  // assume degrees, as GeoJSON is
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRSpatialReference source(*srs);
  source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  if (source.IsGeographic() && source.IsSameGeogCS(&wgs84)) return nullptr;
  TransformPtr transform(OGRCreateCoordinateTransformation(&source, &wgs84));
  if (!transform) throw IoError("cannot reproject layer " + std::string(layer.GetName()) + " to WGS 84");
  return transform;
}

VectorData read_uncached(const VectorSource& source, const LonLatBox& filter) {
  GDALAllRegister();
  GDALDatasetUniquePtr dataset(GDALDataset::Open(source.file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!dataset) throw IoError("cannot open vector file " + source.file.string());
  OGRLayer* layer = source.layer.empty() ? dataset->GetLayer(0) : dataset->GetLayerByName(source.layer.c_str());
  if (layer == nullptr) {
    throw IoError("no layer \"" + source.layer + "\" in " + source.file.string());
  }
  TransformPtr transform = to_wgs84(*layer);
  // A filter in degrees only makes sense on a layer stored in degrees.
  std::vector<LonLatBox> rects = transform ? std::vector<LonLatBox>{} : filter_rects(filter);
  if (rects.empty()) rects.push_back({-180, -90, 180, 90});
  VectorData out;
  std::set<GIntBig> seen;
  for (const LonLatBox& rect : rects) {
    if (rect.lon_span() < 359) layer->SetSpatialFilterRect(rect.west, rect.south, rect.east, rect.north);
    else layer->SetSpatialFilter(nullptr);
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

std::string cache_key(const VectorSource& source, const LonLatBox& filter) {
  std::ostringstream key;
  key.precision(6);
  key << source.file.string() << '|' << source.layer << '|' << filter.west << ',' << filter.south
      << ',' << filter.east << ',' << filter.north;
  return key.str();
}

std::mutex cache_mutex;
std::map<std::string, std::shared_ptr<const VectorData>>& cache() {
  static std::map<std::string, std::shared_ptr<const VectorData>> layers;
  return layers;
}

}  // namespace

std::size_t VectorData::vertex_count() const {
  std::size_t n = points.size();
  for (const auto& polygon : polygons) {
    for (const auto& ring : polygon) n += ring.size();
  }
  for (const auto& line : lines) n += line.size();
  return n;
}

VectorSource VectorSource::parse(const std::string& spec) {
  const auto colon = spec.rfind(':');
  if (colon != std::string::npos && colon > 0 && !std::filesystem::exists(spec)) {
    return {spec.substr(0, colon), spec.substr(colon + 1)};
  }
  return {spec, ""};
}

std::shared_ptr<const VectorData> read_vector(const VectorSource& source, const LonLatBox& filter) {
  const std::string key = cache_key(source, filter);
  {
    std::lock_guard lock(cache_mutex);
    if (auto it = cache().find(key); it != cache().end()) return it->second;
  }
  auto data = std::make_shared<const VectorData>(read_uncached(source, filter));
  std::lock_guard lock(cache_mutex);
  cache()[key] = data;
  return data;
}

void clear_vector_cache() {
  std::lock_guard lock(cache_mutex);
  cache().clear();
}

}  // namespace footprint::render
