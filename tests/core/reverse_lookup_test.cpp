// Tests core/reverse_lookup.cpp and core/admin_areas.cpp on the real basemap and gazetteer.
#include "core/reverse_lookup.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace footprint::core {
namespace {

PositionNames describe(LonLat p) {
  static const Gazetteer gazetteer = Gazetteer::open();
  static const AdminAreas areas = AdminAreas::open();
  return describe_position(p, gazetteer, areas);
}

TEST(ReverseLookup, PointInBanffNationalParkIsAlbertaCanada) {
  const PositionNames n = describe({-115.60, 51.20});  // Sulphur Mountain, above Banff
  EXPECT_EQ(n.country, "Canada");
  EXPECT_EQ(n.country_code, "CA");
  EXPECT_EQ(n.region, "Alberta");
  EXPECT_EQ(n.place, "Banff");
}

TEST(ReverseLookup, PointInThePacificHasNoCountry) {
  const PositionNames n = describe({-140.0, 30.0});
  EXPECT_EQ(n.country, "");
  EXPECT_EQ(n.country_code, "");
  EXPECT_EQ(n.region, "");
  EXPECT_EQ(n.place, "");  // the nearest place is far away
  ASSERT_TRUE(n.nearest);
  EXPECT_GT(n.nearest_km, 1000);
}

TEST(ReverseLookup, RegionNamesAreSpelledAsTheGazetteerSpellsThem) {
  EXPECT_EQ(describe({16.3725, 48.2083}).region, "Vienna");  // Natural Earth: "Wien"
  EXPECT_EQ(describe({16.3725, 48.2083}).country, "Austria");
  EXPECT_EQ(describe({-72.5199, 42.3732}).region, "Massachusetts");  // UMass Amherst
  EXPECT_EQ(describe({-122.1484, 37.4848}).region, "California");    // Menlo Park
  EXPECT_EQ(describe({-122.1484, 37.4848}).country, "United States");
}

TEST(ReverseLookup, MissingBasemapIsNotFound) {
  EXPECT_THROW(AdminAreas::open("/nonexistent/world_map.gpkg"), MissingData);
}

}  // namespace
}  // namespace footprint::core
