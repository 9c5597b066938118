// The journal drawn over the basemap: routes between consecutive places, tracks, and numbered
// markers coloured by month.
#pragma once

#include <cairo.h>

#include <vector>

#include "render/map_plan.hpp"
#include "render/style.hpp"

namespace footprint::render {

/// Where a place's marker landed on the page.
struct MarkerSpot {
  std::size_t place_index = 0;  ///< into MapPlan::places
  XY page;
  double radius_pt = 0;
};

/// Great circles between consecutive places in date order (cancelled ones skipped), then the
/// LineString entries as tracks. Returns the drawn lines in page points (label obstacles).
std::vector<Path> draw_routes(cairo_t* cr, const MapPlan& plan, const Style& style, bool routes);

/// The marker of each place inside the frame: filled by month, larger for date ranges, hollow
/// when planned, dashed when cancelled. Later places are drawn on top.
std::vector<MarkerSpot> draw_markers(cairo_t* cr, const MapPlan& plan, const Style& style);

/// The fill colour of a place's marker.
Rgba marker_color(const core::Entry& entry, const Style& style);

}  // namespace footprint::render
