#include "render/projection_choice.hpp"

#include <gtest/gtest.h>

namespace footprint::render {
namespace {

TEST(ProjectionChoice, WholeWorldIsEqualEarthOnGreenwich) {
  const auto choice = choose_projection({-180, -90, 180, 90});
  EXPECT_EQ(choice.scale, MapScale::world);
  EXPECT_EQ(choice.proj, "+proj=eqearth +lon_0=0");
}

TEST(ProjectionChoice, WorldAcrossThePacificIsCentredOnIt) {
  const auto choice = choose_projection({60, -80, 0, 85});  // west > east: crosses ±180
  EXPECT_EQ(choice.scale, MapScale::world);
  EXPECT_EQ(choice.proj, "+proj=eqearth +lon_0=-150");
}

TEST(ProjectionChoice, WideMidLatitudeContinentIsAlbersWithParallelsASixthIn) {
  const auto choice = choose_projection({-125, 35, -65, 59});
  EXPECT_EQ(choice.scale, MapScale::continent);
  EXPECT_EQ(choice.proj, "+proj=aea +lat_1=39 +lat_2=55 +lat_0=47 +lon_0=-95");
}

TEST(ProjectionChoice, TallOrNarrowRegionIsTransverseMercator) {
  EXPECT_EQ(choose_projection({-120, 49, -110, 60}).proj, "+proj=tmerc +lat_0=54.5 +lon_0=-115");
  EXPECT_EQ(choose_projection({-122.6, 37.3, -122.0, 37.9}).proj, "+proj=tmerc +lat_0=37.6 +lon_0=-122.3");
}

TEST(ProjectionChoice, HemisphereOutsideTropicsIsLambertAzimuthal) {
  const auto choice = choose_projection({100, -30, -120, 60});
  EXPECT_EQ(choice.scale, MapScale::hemisphere);
  EXPECT_EQ(choice.proj, "+proj=laea +lat_0=15 +lon_0=170");
}

TEST(ProjectionChoice, PolarCapIsStereographic) {
  EXPECT_EQ(choose_projection({-30, 85, 30, 90}).proj, "+proj=stere +lat_0=90 +lat_ts=90 +lon_0=0");
}

TEST(ProjectionChoice, SquareContinentIsAzimuthal) {
  EXPECT_EQ(choose_projection({0, 35, 30, 65}).proj, "+proj=laea +lat_0=50 +lon_0=15");
}

}  // namespace
}  // namespace footprint::render
