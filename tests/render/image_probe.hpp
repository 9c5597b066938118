// Test helper: an ARGB32 image surface to draw into, and un-premultiplied pixel reads.
#pragma once

#include <cairo.h>

#include <cstdint>
#include <functional>

#include "render/page/cairo_ptr.hpp"

namespace footprint::render::test {

struct Pixel {
  double r, g, b, a;  ///< 0..1, not premultiplied
};

class ImageProbe {
 public:
  /// A transparent w x h pixel image whose user space is scaled by `scale` pixels per point.
  ImageProbe(int width_px, int height_px, double scale = 1.0)
      : surface_(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width_px, height_px)),
        cr_(cairo_create(surface_.get())),
        scale_(scale) {
    cairo_scale(cr_.get(), scale, scale);
  }
  cairo_t* cr() const { return cr_.get(); }
  cairo_surface_t* surface() const { return surface_.get(); }
  int width() const { return cairo_image_surface_get_width(surface_.get()); }
  int height() const { return cairo_image_surface_get_height(surface_.get()); }
  double scale() const { return scale_; }

  Pixel at(int x, int y) const {
    cairo_surface_flush(surface_.get());
    const unsigned char* row = cairo_image_surface_get_data(surface_.get()) +
                               std::ptrdiff_t{y} * cairo_image_surface_get_stride(surface_.get());
    const std::uint32_t v = reinterpret_cast<const std::uint32_t*>(row)[x];
    const double a = ((v >> 24) & 0xff) / 255.0;
    if (a == 0) return {0, 0, 0, 0};
    return {((v >> 16) & 0xff) / 255.0 / a, ((v >> 8) & 0xff) / 255.0 / a, (v & 0xff) / 255.0 / a,
            a};
  }
  /// Number of pixels in [x0, x1) x [y0, y1) (pixel units, clamped) for which `pred` holds.
  int count(int x0, int y0, int x1, int y1, const std::function<bool(const Pixel&)>& pred) const {
    int n = 0;
    for (int y = std::max(y0, 0); y < std::min(y1, height()); ++y)
      for (int x = std::max(x0, 0); x < std::min(x1, width()); ++x) n += pred(at(x, y)) ? 1 : 0;
    return n;
  }

 private:
  CairoSurfacePtr surface_;
  CairoPtr cr_;
  double scale_;
};

}  // namespace footprint::render::test
