#include "render/geo/geo_extent.hpp"

#include <algorithm>
#include <array>
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

// Farther than this from every other place is a trip, not a neighbourhood.
constexpr double kIsolatedKm = 1500;

// Which points have no other point within kIsolatedKm. Every pair was compared once (a 10,000-entry
// map spent a quarter of a second here, four times); now only the points in the neighbouring
// cells of a grid of unit vectors, whose cells are wider than the chord of kIsolatedKm (a chord
// is never longer than its arc): the same answer, by the same distance_km().
std::vector<bool> isolated_points(const std::vector<core::LonLat>& points) {
  constexpr double kChord = 0.25;  // > 2 sin(1500 km / 2R) = 0.2349
  constexpr int kCells = 9;        // cells of kChord across [-1, 1], with room for rounding
  const auto cell = [](double v) {
    const double c = std::floor((v + 1) / kChord);
    return c >= 0 && c < kCells ? static_cast<int>(c) : c >= kCells ? kCells - 1 : 0;  // NaN: 0
  };
  std::vector<std::array<int, 3>> cell_of(points.size());
  std::vector<std::vector<std::size_t>> cells(std::size_t{kCells} * kCells * kCells);
  for (std::size_t i = 0; i < points.size(); ++i) {
    const Vec3 v = to_unit(points[i]);
    cell_of[i] = {cell(v.x), cell(v.y), cell(v.z)};
    cells[(cell_of[i][0] * kCells + cell_of[i][1]) * kCells + cell_of[i][2]].push_back(i);
  }
  const auto has_neighbour = [&](std::size_t i, int x, int y, int z) {
    if (x < 0 || y < 0 || z < 0 || x >= kCells || y >= kCells || z >= kCells) return false;
    return std::ranges::any_of(cells[(x * kCells + y) * kCells + z], [&](std::size_t j) {
      return j != i && distance_km(points[i], points[j]) <= kIsolatedKm;
    });
  };
  std::vector<bool> isolated(points.size(), true);
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto [cx, cy, cz] = cell_of[i];
    // Its own cell first: a place in a crowd finds a neighbour there at once.
    if (has_neighbour(i, cx, cy, cz)) {
      isolated[i] = false;
      continue;
    }
    for (int d = 0; d < 27 && isolated[i]; ++d) {
      if (d != 13 && has_neighbour(i, cx + d / 9 - 1, cy + d / 3 % 3 - 1, cz + d % 3 - 1)) {
        isolated[i] = false;
      }
    }
  }
  return isolated;
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
  const std::vector<bool> isolated = isolated_points(points);
  std::vector<core::LonLat> rest;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (!isolated[i]) rest.push_back(points[i]);
  }
  // Only a clear majority in one region makes the far-away places outliers; a tour of
  // scattered cities has none.
  if (rest.size() < std::max<std::size_t>(3, (points.size() + 1) / 2)) return {};
  const core::LonLat centre = spherical_centre(rest);
  std::vector<double> distances;
  distances.reserve(rest.size());
  for (const auto& p : rest) distances.push_back(distance_km(centre, p));
  const auto middle = distances.begin() + static_cast<std::ptrdiff_t>(distances.size() / 2);
  std::nth_element(distances.begin(), middle, distances.end());
  const double limit = std::max(kOverseasKm, factor * *middle);
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
