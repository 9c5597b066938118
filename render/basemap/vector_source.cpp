#include "render/basemap/vector_source.hpp"

#include <array>
#include <map>
#include <mutex>
#include <sstream>

#include "core/error.hpp"
#include "core/gdal_module.hpp"
#include "render/basemap/gdal_reader.hpp"

namespace footprint::render {
namespace {

// GDAL is loaded the first time a layer is read (core/gdal_module.hpp).
GdalReadFunction gdal_reader() {
  return core::gdal_module_function<GdalReadFunction>(kGdalReadSymbol);
}

VectorData read_uncached(const VectorSource& source, const LonLatBox& filter) {
  VectorData out;
  std::array<char, 1024> error{};
  const std::array<double, 4> box = {filter.west, filter.south, filter.east, filter.north};
  if (gdal_reader()(source.file.c_str(), source.layer.c_str(), box.data(), &out, error.data(),
                    error.size()) != 0) {
    throw IoError(error.data());
  }
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
