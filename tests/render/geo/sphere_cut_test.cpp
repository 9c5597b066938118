#include "render/geo/sphere_cut.hpp"

#include <gtest/gtest.h>

#include "render/geo/geo_extent.hpp"

namespace footprint::render {
namespace {

TEST(SphereCut, RingAcrossTheSeamIsSplitIntoPiecesOnEitherSide) {
  // A box from 170°E to 170°W (continuous longitudes 170..190), on a map centred on 0°.
  const Path ring{{170, -10}, {190, -10}, {190, 10}, {170, 10}};
  const auto pieces = cut_ring(ring, 0);
  ASSERT_EQ(pieces.size(), 2u);
  for (const Path& piece : pieces) {
    double lo = 1e9, hi = -1e9;
    for (const XY& p : piece) {
      lo = std::min(lo, p.x);
      hi = std::max(hi, p.x);
    }
    EXPECT_LT(hi - lo, 11) << "a piece spans the page";
    EXPECT_GT(lo, -180);
    EXPECT_LT(hi, 180);
  }
}

TEST(SphereCut, RingAwayFromTheSeamIsOnlyShifted) {
  const Path ring{{170, -10}, {190, -10}, {190, 10}, {170, 10}};
  const auto pieces = cut_ring(ring, 180);  // a Pacific-centred map: the seam is at 0°
  ASSERT_EQ(pieces.size(), 1u);
  EXPECT_DOUBLE_EQ(pieces[0][0].x, -10);
  EXPECT_DOUBLE_EQ(pieces[0][1].x, 10);
}

TEST(SphereCut, LineAcrossTheSeamBreaksAtTheEdgeAtTheRightLatitude) {
  const auto pieces = cut_line({{170, 0}, {-170, 10}}, 0);
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_NEAR(pieces[0].back().x, 180, 1e-6);
  EXPECT_NEAR(pieces[0].back().y, 5, 1e-6);
  EXPECT_NEAR(pieces[1].front().x, -180, 1e-6);
  EXPECT_NEAR(pieces[1].front().y, 5, 1e-6);
}

TEST(GeoExtent, BoundingBoxSpansThePacificNotTheWorld) {
  const LonLatBox box = bounding_box({{-123.1, 49.3}, {139.7, 35.7}, {178.4, -18.1}});
  EXPECT_DOUBLE_EQ(box.west, 139.7);
  EXPECT_DOUBLE_EQ(box.east, -123.1);
  EXPECT_NEAR(box.lon_span(), 97.2, 1e-9);
}

TEST(GeoExtent, FarAwayLoneTripIsAnOutlierButACrossContinentConferenceIsNot) {
  std::vector<core::LonLat> points(8, {-113.5, 53.5});
  points.push_back({-122.2, 37.5});
  points.push_back({-122.4, 37.8});
  points.push_back({-72.5, 42.4});  // Amherst: across the continent
  EXPECT_TRUE(find_outliers(points).empty());
  points.push_back({151.2, -33.9});  // Sydney
  EXPECT_EQ(find_outliers(points), std::vector<std::size_t>{11});
}

}  // namespace
}  // namespace footprint::render
