// Tests core/geodesy.cpp.
#include "core/geodesy.hpp"

#include <gtest/gtest.h>

namespace footprint::core {
namespace {

TEST(Geodesy, EdmontonToCalgary) {
  const LonLat edmonton{-113.46871, 53.55014}, calgary{-114.08529, 51.05011};
  EXPECT_NEAR(geodesic_distance_km(edmonton, calgary), 280.9, 1.0);
  EXPECT_NEAR(haversine_km(edmonton, calgary), geodesic_distance_km(edmonton, calgary), 1.5);
  EXPECT_DOUBLE_EQ(geodesic_distance_km(calgary, calgary), 0.0);
}

TEST(Geodesy, AcrossTheAntimeridian) {
  EXPECT_NEAR(haversine_km({179.5, 0}, {-179.5, 0}), 111.2, 0.5);
  EXPECT_NEAR(geodesic_distance_km({179.5, 0}, {-179.5, 0}), 111.3, 0.5);
}

}  // namespace
}  // namespace footprint::core
