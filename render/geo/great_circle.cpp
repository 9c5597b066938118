#include "render/geo/great_circle.hpp"

#include <geodesic.h>

#include <algorithm>
#include <cmath>

namespace footprint::render {
namespace {

const geod_geodesic& wgs84() {
  static const geod_geodesic g = [] {
    geod_geodesic init{};
    geod_init(&init, 6378137.0, 1 / 298.257223563);
    return init;
  }();
  return g;
}

}  // namespace

Path geodesic(core::LonLat from, core::LonLat to, double step_km) {
  geod_geodesicline line{};
  geod_inverseline(&line, &wgs84(), from.lat, from.lon, to.lat, to.lon,
                   GEOD_LATITUDE | GEOD_LONGITUDE | GEOD_DISTANCE_IN);
  const double length_m = line.s13;
  const int steps = std::max(1, static_cast<int>(std::ceil(length_m / (step_km * 1000))));
  Path out;
  out.reserve(steps + 1);
  for (int i = 0; i <= steps; ++i) {
    double lat = 0, lon = 0;
    // GEOD_LONG_UNROLL keeps longitudes continuous instead of wrapping them at ±180.
    geod_genposition(&line, GEOD_LONG_UNROLL, length_m * i / steps, &lat, &lon, nullptr, nullptr,
                     nullptr, nullptr, nullptr, nullptr);
    out.push_back({lon, lat});
  }
  return out;
}

double geodesic_km(core::LonLat from, core::LonLat to) {
  double s12 = 0;
  geod_inverse(&wgs84(), from.lat, from.lon, to.lat, to.lon, &s12, nullptr, nullptr);
  return s12 / 1000;
}

}  // namespace footprint::render
