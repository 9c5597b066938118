// Where each place's marker goes on the page. Places that share a spot (ten evenings in one
// city) or lie close together would hide each other's markers, so overlapping markers are
// pushed apart just enough and joined to their true position by thin spokes.
#pragma once

#include <vector>

#include "render/map/map_plan.hpp"
#include "render/style/style.hpp"

namespace footprint::render {

/// Where a place's marker landed on the page.
struct MarkerSpot {
  std::size_t place_index = 0;  ///< into MapPlan::places
  XY page;                      ///< the marker's centre (displaced when its group is spread)
  XY anchor;                    ///< where the place really is
  double radius_pt = 0;
  bool displaced() const { return page.x != anchor.x || page.y != anchor.y; }
};

/// Markers of every place inside the frame, in the places' order.
std::vector<MarkerSpot> layout_markers(const MapPlan& plan, const Style& style);

}  // namespace footprint::render
