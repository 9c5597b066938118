// Outliers (render/geo/geo_extent.cpp): a place is isolated when no other lies within 1,500 km,
// found through a grid of cells; the answer must be the one comparing every pair gives, also
// where the pairs straddle the grid's cells, the antimeridian and the poles.
#include "render/geo/geo_extent.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace footprint::render {
namespace {

constexpr double kEarthRadiusKm = 6371.0088;

// Twenty entries at home (Edmonton), then the far-away pairs: each place `apart_km` north of the
// last one along its meridian.
std::vector<core::LonLat> home_and_pairs(const std::vector<core::LonLat>& pair_starts,
                                         double apart_km) {
  std::vector<core::LonLat> points(20, {-113.5, 53.5});
  const double dlat = apart_km / kEarthRadiusKm * 180 / M_PI;
  for (const core::LonLat& p : pair_starts) {
    points.push_back(p);
    points.push_back({p.lon, p.lat + dlat});
  }
  return points;
}

// Far from home and from each other: Sydney, across the antimeridian, by the South Pole, and
// at unit-vector cell edges (x, y or z = ±0.25 and ±0.75).
const std::vector<core::LonLat> kPairStarts{{151.2, -33.9}, {180, -20}, {-179.9, 10}, {60, -89},
                                            {-30, -60.5},   {0, -14.5}, {90, 48.6}};

TEST(GeoExtent, PlacesJustUnder1500KmApartAreNeighboursNotOutliers) {
  const std::vector<core::LonLat> points = home_and_pairs(kPairStarts, 1499);
  EXPECT_TRUE(find_outliers(points).empty());
}

TEST(GeoExtent, PlacesJustOver1500KmApartAreEachAnOutlier) {
  const std::vector<core::LonLat> points = home_and_pairs(kPairStarts, 1501);
  std::vector<std::size_t> expected;
  for (std::size_t i = 20; i < points.size(); ++i) expected.push_back(i);
  EXPECT_EQ(find_outliers(points), expected);
}

}  // namespace
}  // namespace footprint::render
