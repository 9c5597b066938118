#include "core/import/track_shape.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace footprint::core::import {
namespace {

TEST(TrackShape, KeepsCornersAndDropsPointsWithinTheTolerance) {
  // Along a meridian, then east: 1,001 points of which 3 carry the shape.
  std::vector<LonLat> track;
  for (int i = 0; i <= 500; ++i) track.push_back({10, 45 + i * 0.0001});
  for (int i = 1; i <= 500; ++i) track.push_back({10 + i * 0.0001, 45.05 + (i % 2) * 0.00001});
  const auto kept = simplify_track(track);
  // The zig-zag east is 1.1 m high: within 5 m, so it goes.
  EXPECT_EQ(kept, (std::vector<LonLat>{{10, 45}, {10, 45.05}, track.back()}));
  EXPECT_GT(simplify_track(track, 0.5).size(), 400u);
}

TEST(TrackShape, AcrossTheAntimeridian) {
  const std::vector<LonLat> track{
      {179.999, -16}, {-179.9995, -16}, {-179.999, -16}, {-179.999, -16.01}};
  EXPECT_EQ(simplify_track(track),
            (std::vector<LonLat>{{179.999, -16}, {-179.999, -16}, {-179.999, -16.01}}));
}

TEST(TrackShape, ShortTracksStayAsTheyAre) {
  EXPECT_EQ(simplify_track({{1, 2}, {1, 2}}), (std::vector<LonLat>{{1, 2}, {1, 2}}));
  EXPECT_TRUE(simplify_track({}).empty());
}

}  // namespace
}  // namespace footprint::core::import
