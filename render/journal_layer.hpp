// The journal drawn over the basemap: routes between consecutive places, tracks, and numbered
// markers coloured by month.
#pragma once

#include <cairo.h>

#include <vector>

#include "render/map_plan.hpp"
#include "render/marker_layout.hpp"
#include "render/style.hpp"

namespace footprint::render {

/// Great circles between consecutive places in date order (cancelled ones skipped), then the
/// LineString entries as tracks. Returns the drawn lines in page points (label obstacles).
std::vector<Path> draw_routes(cairo_t* cr, const MapPlan& plan, const Style& style, bool routes);

/// The markers laid out by layout_markers(): filled by month, larger for date ranges, hollow
/// when planned, dashed when cancelled; spread groups get spokes to their true spot.
void draw_markers(cairo_t* cr, const std::vector<MarkerSpot>& spots, const MapPlan& plan,
                  const Style& style);

/// The fill colour of a place's marker.
Rgba marker_color(const core::Entry& entry, const Style& style);

}  // namespace footprint::render
