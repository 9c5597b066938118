// Draws one map into a frame of a page: basemap, routes, markers, labels, scale bar and
// credits. It draws onto any Cairo context (PNG, SVG, PDF, or a poster's page) and never owns
// the output file.
#pragma once

#include <cairo.h>

#include <filesystem>
#include <vector>

#include "render/basemap.hpp"
#include "render/journal_layer.hpp"
#include "render/map_plan.hpp"
#include "render/style.hpp"

namespace footprint::render {

/// What was drawn, for the page around the map (legend, tests).
struct MapDrawing {
  std::vector<MarkerSpot> markers;
  std::vector<Path> routes;  ///< page points
  DataUsed data;
};

/// Draws the plan's map inside its frame. `routes` draws great circles between places.
MapDrawing draw_map(cairo_t* cr, const MapPlan& plan, const Style& style,
                    const std::filesystem::path& data_dir, bool routes);

}  // namespace footprint::render
