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

double km_per_pt_at(const MapPlan& plan, XY at) {
  // A short span either side: the local scale, not an average over the map.
  const double half_pt = 5;
  const auto a = plan.projection.inverse(plan.viewport.to_metres({at.x - half_pt, at.y}));
  const auto b = plan.projection.inverse(plan.viewport.to_metres({at.x + half_pt, at.y}));
  if (!a || !b) return 0;
  const double km = geodesic_km(*a, *b) / (2 * half_pt);
  return std::isfinite(km) ? km : 0;
}

double km_per_pt_at_centre(const MapPlan& plan) {
  return km_per_pt_at(plan, plan.viewport.frame().centre());
}

double scale_variation(const MapPlan& plan) {
  const Frame& f = plan.viewport.frame();
  double lo = 0, hi = 0;
  constexpr int kSteps = 4;
  for (int i = 0; i <= kSteps; ++i) {
    for (int j = 0; j <= kSteps; ++j) {
      const XY p{f.x + f.width * (0.05 + 0.9 * i / kSteps),
                 f.y + f.height * (0.05 + 0.9 * j / kSteps)};
      const double k = km_per_pt_at(plan, p);
      if (!(k > 0)) continue;
      lo = lo > 0 ? std::min(lo, k) : k;
      hi = std::max(hi, k);
    }
  }
  return lo > 0 ? hi / lo : 1;
}

std::optional<ScaleBar> choose_scale_bar(const MapPlan& plan, double max_length_pt, XY at) {
  if (plan.choice.scale == MapScale::world || !(max_length_pt > 0)) return std::nullopt;
  const double variation = scale_variation(plan);
  if (variation > kScaleUselessBy) return std::nullopt;
  const double km_per_pt = km_per_pt_at(plan, at);
  if (!(km_per_pt > 0)) return std::nullopt;
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
  if (variation > kScaleVariesBy) {
    if (const auto where = plan.projection.inverse(plan.viewport.to_metres(at))) {
      const long lat = std::lround(std::abs(where->lat));
      label << " at " << lat << "°" << (lat == 0 ? "" : where->lat < 0 ? " S" : " N");
    }
  }
  bar.label = label.str();
  return bar;
}

}  // namespace footprint::render
