// A scale bar that is true where it stands: its length is measured along the ground at the
// bar's own place on the page, rounded to 1, 2 or 5 × 10ⁿ km or mi. Where the scale varies
// across the frame by more than kScaleVariesBy (Mercator from 30° to 60° N: by 1.6), the bar
// says where it is true ("500 km at 32° N"); where it varies by more than kScaleUselessBy, or
// on world maps, there is no bar: one length would mislead.
#pragma once

#include <optional>
#include <string>

#include "render/map/map_plan.hpp"

namespace footprint::render {

struct ScaleBar {
  double length_pt = 0;  ///< on the page
  double distance = 0;   ///< in `units`
  DistanceUnit units = DistanceUnit::km;
  std::string label;  ///< e.g. "500 km"
};

/// Beyond this ratio of largest to smallest scale in the frame, the bar names its latitude.
constexpr double kScaleVariesBy = 1.1;
/// Beyond this ratio there is no bar.
constexpr double kScaleUselessBy = 2.0;

/// Ground distance per page point at `at` on the page, horizontally, in km (0 off the globe).
double km_per_pt_at(const MapPlan& plan, XY at);
/// Ground distance per page point at the frame's centre.
double km_per_pt_at_centre(const MapPlan& plan);

/// The ratio of the largest to the smallest scale at points spread over the frame (those on
/// the globe): 1 where one bar is true everywhere.
double scale_variation(const MapPlan& plan);

/// A bar of a round length no longer than `max_length_pt`, true at `at` (the bar's middle), by
/// the rules above; nothing when there is no room (max_length_pt <= 0).
std::optional<ScaleBar> choose_scale_bar(const MapPlan& plan, double max_length_pt, XY at);

/// The largest 1, 2 or 5 × 10ⁿ not above `value`; 0 when value is not a positive number.
double round_down_nice(double value);

}  // namespace footprint::render
