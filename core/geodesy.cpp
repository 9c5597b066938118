#include "core/geodesy.hpp"

#include <boost/geometry.hpp>

namespace footprint::core {

double geodesic_distance_km(LonLat a, LonLat b) {
  namespace bg = boost::geometry;
  using Point = bg::model::point<double, 2, bg::cs::geographic<bg::degree>>;
  const bg::strategy::distance::geographic<bg::strategy::vincenty> vincenty;
  return bg::distance(Point(a.lon, a.lat), Point(b.lon, b.lat), vincenty) / 1000.0;
}

}  // namespace footprint::core
