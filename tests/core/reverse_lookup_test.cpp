// Tests core/reverse_lookup.cpp (and reverse_lookup_areas.cpp, reverse_lookup_places.cpp,
// admin_areas.cpp) on the real basemap and gazetteer.
#include "core/reverse_lookup.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <numbers>
#include <random>

#include "core/error.hpp"

namespace footprint::core {
namespace {

const Gazetteer& gazetteer() {
  static const Gazetteer gazetteer = Gazetteer::open();
  return gazetteer;
}

PositionNames describe(LonLat p) {
  static const AdminAreas areas = AdminAreas::open();
  return describe_position(p, gazetteer(), areas);
}

// Positions where a lookup is easy to get wrong: all over the world (uniform on the sphere),
// both poles, along the antimeridian, far out at sea, exactly on places, and on the positions
// GeoNames gives to two places (where only the rule for ties decides).
std::vector<LonLat> hard_positions() {
  std::vector<LonLat> out;
  out.reserve(200 + 8 * 7 + 8 * 4);  // the three sets below
  std::mt19937_64 random(11);
  std::uniform_real_distribution<double> z(-1, 1), lon(-180, 180);
  for (int i = 0; i < 200; ++i)
    out.push_back({lon(random), std::asin(z(random)) * 180 / std::numbers::pi});
  for (double lat : {90.0, -90.0, 89.9999, -89.9999, 85.0, -85.0, 78.2, -77.85}) {
    for (double lon : {-180.0, -179.9999, -90.0, 0.0, 45.0, 179.9999, 180.0})
      out.push_back({lon, lat});
  }
  for (double lat : {-60.0, -16.5, -8.5, 0.0, 1.9, 51.9, 65.0, 71.0}) {  // Fiji, Tuvalu, Kiribati,
    for (double lon : {-180.0, -179.99, 179.99, 180.0})
      out.push_back({lon, lat});  // Aleutians, Chukotka
  }
  for (LonLat sea : {LonLat{-140, 30}, {-30, 0}, {80, -40}, {170, -50}, {-150, -60}, {0, 0}}) {
    out.push_back(sea);
  }
  std::map<std::pair<double, double>, int> seen;
  const auto places = gazetteer().positions();
  for (std::size_t i = 0; i < places.size(); ++i) {
    const LonLat p = places[i].second;
    if (++seen[{p.lon, p.lat}] == 2) out.push_back(p);  // a tie
    if (i % 2000 == 0) out.push_back(p);
  }
  return out;
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

TEST(ReverseLookup, MissingBasemapIsMissingData) {
  EXPECT_THROW(AdminAreas::open("/nonexistent/world_map.gpkg"), MissingData);
  EXPECT_THROW(ReverseLookup(gazetteer(), "/nonexistent/world_map.gpkg"), MissingData);
}

// The lookup an import builds once gives the answers of the one `add --at` makes from the files,
// field by field, wherever the position is.
TEST(ReverseLookup, BuiltOnceItAnswersAsTheLookupFromTheFiles) {
  const ReverseLookup lookup(gazetteer());
  const std::vector<LonLat> positions = hard_positions();
  ASSERT_GT(positions.size(), 450u);
  std::size_t named = 0, at_sea = 0;
  for (const LonLat p : positions) {
    const PositionNames want = describe(p), got = lookup.describe(p);
    const std::string where = "at " + std::to_string(p.lon) + ", " + std::to_string(p.lat);
    ASSERT_EQ(got.place, want.place) << where;
    ASSERT_EQ(got.region, want.region) << where;
    ASSERT_EQ(got.country, want.country) << where;
    ASSERT_EQ(got.country_code, want.country_code) << where;
    ASSERT_TRUE(want.nearest && got.nearest) << where;
    ASSERT_EQ(got.nearest->geonames_id, want.nearest->geonames_id) << where;
    ASSERT_EQ(got.nearest->qualifier, want.nearest->qualifier) << where;
    ASSERT_EQ(got.nearest_km, want.nearest_km) << where;
    if (!want.place.empty()) ++named;
    if (want.country.empty()) ++at_sea;
  }
  EXPECT_GT(named, 100u) << "the positions include many near places";
  EXPECT_GT(at_sea, 100u) << "and many at sea";
}

// Two GeoNames places at one position (Hasaki and Choshi, Japan): the nearest is the one with the
// lower id, whichever order the index holds them in.
TEST(ReverseLookup, OfPlacesAtOnePositionTheLowerIdIsNearest) {
  const LonLat p{140.83333, 35.73333};
  EXPECT_EQ(describe(p).nearest->geonames_id, 2112802);
  EXPECT_EQ(ReverseLookup(gazetteer()).describe(p).nearest->name, "Hasaki");
}

// Far south the nearest place is thousands of kilometres away, across many degrees of longitude:
// McMurdo Station, not the first place a narrower search finds (Grytviken).
TEST(ReverseLookup, NearestPlaceFromTheMiddleOfAntarctica) {
  const PositionNames n = describe({10.77, -75.98});
  EXPECT_EQ(n.nearest->name, "McMurdo Station");
  EXPECT_NEAR(n.nearest_km, 2857, 5);
  EXPECT_EQ(n.country, "Antarctica");
}

}  // namespace
}  // namespace footprint::core
