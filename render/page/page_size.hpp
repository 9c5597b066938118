// The size of an output page: pixels (--size 2000x1200, at a dpi) or paper (--paper A4, mm or
// inches), always handed to drawing code in points.
#pragma once

#include <string>

namespace footprint::render {

struct PageSize {
  double width_pt = 0;
  double height_pt = 0;
  double dpi = 144;  ///< pixels per inch for raster output
  /// Raster size in pixels at this dpi (rounded).
  int width_px() const;
  int height_px() const;
};

/// "2000x1200" pixels at `dpi`. Throws UsageError on anything else.
PageSize parse_pixel_size(const std::string& text, double dpi);

/// "A4", "A3", "Letter", "210x297mm", "8.5x11in"; `landscape` swaps to the long side across.
PageSize parse_paper(const std::string& text, double dpi, bool landscape);

}  // namespace footprint::render
