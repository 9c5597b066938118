// A scale bar that is right at the centre of the map: its length is measured along the ground
// at the frame's centre (projections stretch elsewhere), rounded to 1, 2 or 5 × 10ⁿ km or mi.
#pragma once

#include <optional>
#include <string>

#include "render/map/map_plan.hpp"

namespace footprint::render {

struct ScaleBar {
  double length_pt = 0;  ///< on the page
  double distance = 0;   ///< in `units`
  DistanceUnit units = DistanceUnit::km;
  std::string label;     ///< e.g. "500 km"
};

/// Ground distance per page point at the frame's centre, horizontally, in km.
double km_per_pt_at_centre(const MapPlan& plan);

/// A bar of a round length no longer than `max_length_pt`, or nothing on world maps, where
/// the scale changes too much across the map for one bar to be true (and nothing when there
/// is no room: max_length_pt <= 0).
std::optional<ScaleBar> choose_scale_bar(const MapPlan& plan, double max_length_pt);

/// The largest 1, 2 or 5 × 10ⁿ not above `value`; 0 when value is not a positive number.
double round_down_nice(double value);

}  // namespace footprint::render
