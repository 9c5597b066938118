// Applying style values (colours, line styles) to a Cairo context.
#pragma once

#include <cairo.h>

#include "render/style/color.hpp"
#include "render/style/style.hpp"

namespace footprint::render {

inline void set_color(cairo_t* cr, const Rgba& c) {
  cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

/// Colour, width, dashes, round joins (sharp mitres spike at the corners of coastlines).
inline void set_line(cairo_t* cr, const LineStyle& line) {
  set_color(cr, line.color);
  cairo_set_line_width(cr, line.width_pt);
  cairo_set_dash(cr, line.dash_pt.data(), static_cast<int>(line.dash_pt.size()), 0);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
}

/// True when a line style draws anything.
inline bool visible(const LineStyle& line) {
  return line.width_pt > 0 && line.color.a > 0;
}

}  // namespace footprint::render
