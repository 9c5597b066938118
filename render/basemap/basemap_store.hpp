// The basemap store: footprint's own compact file of the basemap layers, built once at setup
// (data/basemap_store/build) from the Natural Earth and OpenStreetMap sources and read at render
// time without GDAL. Reading it is a memory map and a scan of per-feature boxes, so a map pays
// only for the features it shows and the renderer starts without loading GDAL's 60-odd libraries.
//
// Besides land and lake polygons it holds what the sources only imply: coastlines, and borders
// as lines along the edges two countries (or two provinces) share. Stroking those draws each
// border once and never along a coast, so no clip to the land is needed.
//
// File layout (little-endian, every offset a multiple of 8):
//   header  : "FPBASEMP" (8 bytes), u32 version, u32 layer count
//   layers  : per layer: char name[24] (NUL-padded), u32 kind (1 polygons, 2 lines), u32 0,
//             u64 offset of its section
//   section : u32 features, u32 parts, u32 points, u32 0,
//             features × {f32 west, south, east, north; u32 first part, part count},
//             parts × {u32 first point, point count}, points × {f32 lon, lat}
// A polygon's parts are its rings (outer first); a line has one part. Longitudes may run past
// ±180 where a ring crosses the antimeridian (rings are stored unwrapped), and the box says so.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "render/basemap/vector_data.hpp"
#include "render/geo/geo_types.hpp"

namespace footprint::render {

enum class StoreLayerKind : std::uint32_t { polygons = 1, lines = 2 };

inline constexpr std::uint32_t kBasemapStoreVersion = 1;
inline constexpr const char* kBasemapStoreFile = "basemap.fpb";

/// One layer as the builder hands it to the writer.
struct StoreLayer {
  std::string name;  ///< at most 23 bytes
  StoreLayerKind kind = StoreLayerKind::polygons;
  /// Polygons: each feature's parts are its rings. Lines: each feature has one part.
  std::vector<std::vector<Path>> features;
};

/// Writes the layers to `file` (through a temporary file renamed into place). Throws IoError.
void write_basemap_store(const std::filesystem::path& file, const std::vector<StoreLayer>& layers);

/// A store opened for reading (memory-mapped; cheap to open, safe to share between threads).
class BasemapStore {
 public:
  /// Opens and checks the file: throws IoError naming it when it is missing, truncated, of
  /// another version or inconsistent.
  explicit BasemapStore(const std::filesystem::path& file);
  ~BasemapStore();
  BasemapStore(const BasemapStore&) = delete;
  BasemapStore& operator=(const BasemapStore&) = delete;

  bool has_layer(const std::string& name) const;
  std::vector<std::string> layer_names() const;
  /// The features of layer `name` whose box meets `filter` (antimeridian-aware; a filter spanning
  /// 359° or more takes everything), as polygons or lines. Throws IoError for an unknown layer.
  VectorData read(const std::string& name, const LonLatBox& filter) const;

 private:
  struct Mapping;
  std::unique_ptr<Mapping> map_;
  std::filesystem::path file_;
};

/// The store at data_dir/basemap/basemap.fpb, opened once per process and kept.
const BasemapStore& basemap_store(const std::filesystem::path& data_dir);

}  // namespace footprint::render
