// Vector geometry in WGS 84 degrees as the map drawing code consumes it, whatever file it came
// from.
#pragma once

#include <cstddef>
#include <vector>

#include "render/geo/geo_types.hpp"

namespace footprint::render {

/// One layer's geometry in WGS 84 degrees (x = longitude, y = latitude).
struct VectorData {
  /// Each polygon: its outer ring first, then its holes (all closed, first point not repeated).
  std::vector<std::vector<Path>> polygons;
  std::vector<Path> lines;
  std::vector<XY> points;
  std::size_t vertex_count() const;
};

}  // namespace footprint::render
