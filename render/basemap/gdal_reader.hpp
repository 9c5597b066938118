// The entry point of the GDAL reader module (render/basemap/gdal_reader.cpp, built as a shared
// module and loaded by read_vector() on first use): reads the features of `layer` in `file` (empty:
// its first layer) whose envelope meets the filter box {west, south, east, north} into `out`, in
// WGS 84 degrees. Returns 0, or non-zero with a message in `error`.
#pragma once

#include <cstddef>

#include "render/basemap/vector_data.hpp"

extern "C" int footprint_gdal_read(const char* file, const char* layer, const double filter[4],
                                   footprint::render::VectorData* out, char* error,
                                   std::size_t error_size);

namespace footprint::render {
using GdalReadFunction = decltype(&footprint_gdal_read);
inline constexpr const char* kGdalReadSymbol = "footprint_gdal_read";
}  // namespace footprint::render
