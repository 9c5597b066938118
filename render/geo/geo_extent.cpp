#include "render/geo/geo_extent.hpp"

#include <algorithm>
#include <cmath>

namespace footprint::render {
namespace {

constexpr double kDegToRad = M_PI / 180.0;
constexpr double kEarthRadiusKm = 6371.0088;
// Farther than this from the rest is another continent: a trip across one's own continent
// (Edmonton to Amherst, 3,000 km) stays on the map.
constexpr double kOverseasKm = 5000;

struct Vec3 {
  double x, y, z;
};

Vec3 to_unit(core::LonLat p) {
  const double lon = p.lon * kDegToRad;
  const double lat = p.lat * kDegToRad;
  return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

// The centre of points on the sphere: the normalised mean of their unit vectors.
core::LonLat spherical_centre(const std::vector<core::LonLat>& points) {
  Vec3 sum{0, 0, 0};
  for (const auto& p : points) {
    const Vec3 v = to_unit(p);
    sum = {sum.x + v.x, sum.y + v.y, sum.z + v.z};
  }
  const double horizontal = std::hypot(sum.x, sum.y);
  return {std::atan2(sum.y, sum.x) / kDegToRad, std::atan2(sum.z, horizontal) / kDegToRad};
}

}  // namespace

double distance_km(core::LonLat a, core::LonLat b) {
  const double dlat = (b.lat - a.lat) * kDegToRad;
  const double dlon = (b.lon - a.lon) * kDegToRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.lat * kDegToRad) * std::cos(b.lat * kDegToRad) * std::sin(dlon / 2) *
                       std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

LonLatBox bounding_box(const std::vector<core::LonLat>& points) {
  if (points.empty()) return {};
  std::vector<double> lons;
  double south = 90, north = -90;
  for (const auto& p : points) {
    lons.push_back(wrap_lon(p.lon));
    south = std::min(south, p.lat);
    north = std::max(north, p.lat);
  }
  std::sort(lons.begin(), lons.end());
  // The box is what remains once the largest empty arc of longitude is removed.
  double largest_gap = lons.front() + 360 - lons.back();
  double west = lons.front(), east = lons.back();
  for (std::size_t i = 1; i < lons.size(); ++i) {
    if (const double gap = lons[i] - lons[i - 1]; gap > largest_gap) {
      largest_gap = gap;
      west = lons[i];
      east = lons[i - 1];
    }
  }
  return {west, south, east, north};
}

std::vector<std::size_t> find_outliers(const std::vector<core::LonLat>& points, double factor) {
  if (points.size() < 4) return {};
  // Isolated: no other place within 1,500 km (a trip, not a neighbourhood).
  std::vector<bool> isolated(points.size(), true);
  for (std::size_t i = 0; i < points.size(); ++i) {
    for (std::size_t j = 0; j < points.size() && isolated[i]; ++j) {
      if (j != i && distance_km(points[i], points[j]) <= 1500) isolated[i] = false;
    }
  }
  std::vector<core::LonLat> rest;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (!isolated[i]) rest.push_back(points[i]);
  }
  // Only a clear majority in one region makes the far-away places outliers; a tour of
  // scattered cities has none.
  if (rest.size() < std::max<std::size_t>(3, (points.size() + 1) / 2)) return {};
  const core::LonLat centre = spherical_centre(rest);
  std::vector<double> distances;
  for (const auto& p : rest) distances.push_back(distance_km(centre, p));
  std::nth_element(distances.begin(), distances.begin() + distances.size() / 2, distances.end());
  const double limit = std::max(kOverseasKm, factor * distances[distances.size() / 2]);
  std::vector<std::size_t> outliers;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (isolated[i] && distance_km(centre, points[i]) > limit) outliers.push_back(i);
  }
  return outliers;
}

LonLatBox pad(const LonLatBox& box, double fraction, double min_deg) {
  const double dlon = std::max(box.lon_span() * fraction, min_deg);
  const double dlat = std::max(box.lat_span() * fraction, min_deg);
  if (box.lon_span() + 2 * dlon >= 360) {
    return {-180, std::max(-90.0, box.south - dlat), 180, std::min(90.0, box.north + dlat)};
  }
  return {wrap_lon(box.west - dlon), std::max(-90.0, box.south - dlat), wrap_lon(box.east + dlon),
          std::min(90.0, box.north + dlat)};
}

LonLatBox box_around(core::LonLat centre, double radius_km) {
  const double dlat = radius_km / kEarthRadiusKm / kDegToRad;
  const double coslat = std::max(std::cos(centre.lat * kDegToRad), 1e-6);
  const double dlon = std::min(180.0, dlat / coslat);
  const double south = std::max(-90.0, centre.lat - dlat);
  const double north = std::min(90.0, centre.lat + dlat);
  if (dlon >= 180) return {-180, south, 180, north};
  return {wrap_lon(centre.lon - dlon), south, wrap_lon(centre.lon + dlon), north};
}

}  // namespace footprint::render
