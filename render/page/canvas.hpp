// An output file to draw on: PNG, SVG or PDF chosen by the file's extension, with everything
// drawn in points (1/72 inch) whatever the format.
#pragma once

#include <cairo.h>

#include <filesystem>

#include "render/page/cairo_ptr.hpp"
#include "render/page/page_size.hpp"

namespace footprint::render {

enum class OutputFormat { png, svg, pdf };

/// The format for a file name's extension; throws UsageError for anything else.
OutputFormat format_for(const std::filesystem::path& path);

/// Owns the Cairo surface and context of one output page. PDF and SVG are written so that the
/// same drawing gives byte-identical files (no creation date). Call finish() to write; an
/// unfinished canvas leaves no file behind.
class Canvas {
 public:
  Canvas(const std::filesystem::path& path, const PageSize& size);
  ~Canvas();
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  cairo_t* context() const { return cr_.get(); }
  const PageSize& size() const { return size_; }
  OutputFormat format() const { return format_; }
  /// Writes the file (atomically: a temporary beside it, then renamed). Throws IoError.
  void finish();

 private:
  std::filesystem::path path_;
  std::filesystem::path temp_path_;
  PageSize size_;
  OutputFormat format_;
  CairoSurfacePtr surface_;
  CairoPtr cr_;
  bool finished_ = false;
};

}  // namespace footprint::render
