// Extra vector layers (--layer) read through GDAL/OGR into plain lon/lat paths, with a spatial
// filter, and kept in a per-process cache so that repeated renders (a poster's many maps) read each
// file once.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "render/basemap/vector_data.hpp"

namespace footprint::render {

/// Which file and layer to read; an empty layer name means the file's first layer.
struct VectorSource {
  std::filesystem::path file;
  std::string layer;
  /// "FILE" or "FILE:LAYER", as --layer takes it.
  static VectorSource parse(const std::string& spec);
};

/// Reads the features of a layer whose envelope meets `filter` (antimeridian-aware; the whole
/// globe reads everything), reprojecting to WGS 84 when the layer is in another CRS.
/// Results are cached by file, layer and filter. Throws IoError when GDAL cannot open it.
std::shared_ptr<const VectorData> read_vector(const VectorSource& source, const LonLatBox& filter);

/// Forgets every cached layer (tests and benchmarks use it to measure a cold read).
void clear_vector_cache();

}  // namespace footprint::render
