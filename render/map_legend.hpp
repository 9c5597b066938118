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

/// The width the legend needs: one column at most `column_max_pt` wide, and as many columns
/// (up to four) as it takes to fit the items in `height_pt`.
double legend_width(cairo_t* cr, const std::vector<LegendItem>& items, const Style& style,
                    double column_max_pt, double height_pt);

/// Draws the items top-down in `frame`, in as many columns as the width holds; any that still
/// do not fit are summed up in a last line.
void draw_legend(cairo_t* cr, const Frame& frame, const std::vector<LegendItem>& items,
                 const Style& style);

}  // namespace footprint::render
