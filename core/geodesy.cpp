#include "core/geodesy.hpp"

#include <boost/geometry.hpp>
#include <cmath>

namespace footprint::core {

double geodesic_distance_km(LonLat a, LonLat b) {
  namespace bg = boost::geometry;
  using Point = bg::model::point<double, 2, bg::cs::geographic<bg::degree>>;
  const bg::strategy::distance::geographic<bg::strategy::vincenty> vincenty;
  return bg::distance(Point(a.lon, a.lat), Point(b.lon, b.lat), vincenty) / 1000.0;
}

double haversine_km(LonLat a, LonLat b) {
  constexpr double kMeanRadiusKm = 6371.0088;
  constexpr double kRad = M_PI / 180.0;
  const double dlat = (b.lat - a.lat) * kRad, dlon = (b.lon - a.lon) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dlon / 2) *
                       std::sin(dlon / 2);
  return 2 * kMeanRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace footprint::core
