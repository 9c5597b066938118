#include "render/map/scale_bar.hpp"

#include <cmath>
#include <sstream>

#include "render/geo/great_circle.hpp"

namespace footprint::render {

double round_down_nice(double value) {
  if (!(value > 0) || !std::isfinite(value)) return 0;
  const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
  for (double nice : {5.0, 2.0, 1.0}) {
    if (nice * magnitude <= value * (1 + 1e-9)) return nice * magnitude;
  }
  return magnitude;
}

double km_per_pt_at_centre(const MapPlan& plan) {
  const XY centre = plan.viewport.frame().centre();
  // A short span either side of the centre: the local scale, not an average over the map.
  const double half_pt = 5;
  const auto a = plan.projection.inverse(plan.viewport.to_metres({centre.x - half_pt, centre.y}));
  const auto b = plan.projection.inverse(plan.viewport.to_metres({centre.x + half_pt, centre.y}));
  if (!a || !b) return 0;
  return geodesic_km(*a, *b) / (2 * half_pt);
}

std::optional<ScaleBar> choose_scale_bar(const MapPlan& plan, double max_length_pt) {
  if (plan.choice.scale == MapScale::world || !(max_length_pt > 0)) return std::nullopt;
  const double km_per_pt = km_per_pt_at_centre(plan);
  if (!(km_per_pt > 0) || !std::isfinite(km_per_pt)) return std::nullopt;
  const double unit_km = plan.units == DistanceUnit::km ? 1.0 : 1.609344;
  const double units_per_pt = km_per_pt / unit_km;
  const double distance = round_down_nice(max_length_pt * units_per_pt);
  if (distance <= 0) return std::nullopt;
  ScaleBar bar;
  bar.distance = distance;
  bar.units = plan.units;
  bar.length_pt = distance / units_per_pt;
  std::ostringstream label;
  label << distance << (plan.units == DistanceUnit::km ? " km" : " mi");
  bar.label = label.str();
  return bar;
}

}  // namespace footprint::render
