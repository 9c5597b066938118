// Writes a Cairo image surface as PNG with a fast zlib level: Cairo's own writer uses zlib's
// default level, which costs more time than drawing a whole map for a few percent of size.
#pragma once

#include <cairo.h>

#include <filesystem>

namespace footprint::render {

/// Writes an ARGB32 or RGB24 surface as 8-bit RGBA PNG (colours un-premultiplied).
/// Throws IoError.
void write_png(cairo_surface_t* surface, const std::filesystem::path& path);

}  // namespace footprint::render
