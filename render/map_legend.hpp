// The numbered legend beside a map: every place that has no label on the map (no room, or
// outside the frame) with its number, marker colour, title and date.
#pragma once

#include <cairo.h>

#include <string>
#include <vector>

#include "render/map_plan.hpp"
#include "render/map_renderer.hpp"
#include "render/style.hpp"

namespace footprint::render {

struct LegendItem {
  int number = 0;
  Rgba color;
  core::Status status = core::Status::visited;
  std::string text;  ///< "Title · 2024-06-01 – 2024-08-30", "(not on this map)" when outside
};

std::vector<LegendItem> legend_items(const MapPlan& plan, const MapLayout& layout, const Style& style);

struct LegendShape {
  double column_width = 0;
  int columns = 0;
  double width() const { return columns * column_width + (columns > 1 ? (columns - 1) * 8.0 : 0); }
};

/// The legend's columns: each at most `column_max_pt` wide, as many (up to four) as it takes
/// to fit the items in `height_pt`.
LegendShape legend_shape(cairo_t* cr, const std::vector<LegendItem>& items, const Style& style,
                         double column_max_pt, double height_pt);

/// Draws the items top-down in `frame`, column after column; any that still do not fit are
/// summed up in a last line.
void draw_legend(cairo_t* cr, const Frame& frame, const LegendShape& shape,
                 const std::vector<LegendItem>& items, const Style& style);

}  // namespace footprint::render
