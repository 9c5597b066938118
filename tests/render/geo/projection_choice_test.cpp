#include "render/geo/projection_choice.hpp"

#include <gtest/gtest.h>

#include "render/geo/geo_extent.hpp"
#include "render/geo/projection.hpp"

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
  EXPECT_EQ(choose_projection({-122.6, 37.3, -122.0, 37.9}).proj,
            "+proj=tmerc +lat_0=37.6 +lon_0=-122.3");
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

TEST(ProjectionChoice, HemisphereAskedAroundAPointIsCentredOnIt) {
  // 7,000 km round Alberta: the box is cut off at the pole, its middle is 36°N.
  const LonLatBox box{-199.2, -18, -20.8, 90};
  EXPECT_EQ(choose_projection(box).proj, "+proj=laea +lat_0=36 +lon_0=-110");
  EXPECT_EQ(choose_projection(box, core::LonLat{-110, 45}).proj,
            "+proj=laea +lat_0=45 +lon_0=-110");
  // Only the hemisphere's azimuthal projection moves: a region's box is centred already.
  EXPECT_EQ(choose_projection({-120, 49, -110, 60}, core::LonLat{-115, 54}).proj,
            "+proj=tmerc +lat_0=54.5 +lon_0=-115");
}

// Round a pole the wizard's rules for a wide box asked for a conic, which draws the pole as an
// arc (sea inside it) and leaves a wedge open along its antimeridian; and a radius beyond a
// hemisphere made a world map on Greenwich, whatever the centre.
TEST(ProjectionChoice, CapsRoundAPoleAreAzimuthalDiscsCentredOnIt) {
  const core::LonLat pole{0, -90};
  const auto cap = choose_projection(box_around(pole, 5000), pole);
  EXPECT_EQ(cap.scale, MapScale::continent);
  EXPECT_EQ(cap.proj, "+proj=laea +lat_0=-90 +lon_0=0");
  const auto world = choose_projection(box_around(pole, 15000), pole);
  EXPECT_EQ(world.scale, MapScale::world);
  EXPECT_EQ(world.proj, "+proj=laea +lat_0=-90 +lon_0=0");
  // Asked round a point near the pole: centred on that point.
  const core::LonLat near{-60, -70};
  EXPECT_EQ(choose_projection(box_around(near, 3000), near).proj,
            "+proj=laea +lat_0=-70 +lon_0=-60");
  // Places all round the pole (a box that reaches it): the polar aspect.
  EXPECT_EQ(choose_projection({-180, -90, 180, -60}).proj, "+proj=laea +lat_0=-90 +lon_0=0");
  EXPECT_EQ(polar_projection({150, -80, -50, -50}, MapScale::continent).proj,
            "+proj=laea +lat_0=-90 +lon_0=-130");
  // A world fitted to places stays on Greenwich.
  EXPECT_EQ(choose_projection({-180, -90, 180, 90}).proj, "+proj=eqearth +lon_0=0");
}

TEST(Projection, AzimuthalProjectionsKnowTheirCentre) {
  const auto laea = Projection("+proj=laea +lat_0=45 +lon_0=-110").azimuthal_domain();
  ASSERT_TRUE(laea);
  EXPECT_DOUBLE_EQ(laea->centre.lon, -110);
  EXPECT_DOUBLE_EQ(laea->centre.lat, 45);
  EXPECT_DOUBLE_EQ(laea->radius_deg, 179);
  const auto ortho = Projection("+proj=ortho +lat_0=40 +lon_0=-100").azimuthal_domain();
  ASSERT_TRUE(ortho);
  EXPECT_LT(ortho->radius_deg, 90);  // the far side does not project at all
  const auto polar = Projection("+proj=stere +lat_0=90 +lat_ts=90 +lon_0=0").azimuthal_domain();
  ASSERT_TRUE(polar);
  EXPECT_DOUBLE_EQ(polar->centre.lat, 90);
  // EPSG codes through their conversion: ETRS89 / LAEA Europe, NSIDC polar stereographic north.
  const auto europe = Projection("EPSG:3035").azimuthal_domain();
  ASSERT_TRUE(europe);
  EXPECT_DOUBLE_EQ(europe->centre.lon, 10);
  EXPECT_DOUBLE_EQ(europe->centre.lat, 52);
  const auto arctic = Projection("EPSG:3413").azimuthal_domain();
  ASSERT_TRUE(arctic);
  EXPECT_DOUBLE_EQ(arctic->centre.lat, 90);
  EXPECT_DOUBLE_EQ(arctic->centre.lon, -45);
  EXPECT_FALSE(Projection("+proj=eqearth +lon_0=0").azimuthal_domain());
  EXPECT_FALSE(Projection("EPSG:3857").azimuthal_domain());
}

TEST(Projection, VisibleCapLimitsForwardAndLongitudesMayRunOn) {
  Projection laea("+proj=laea +lat_0=-35 +lon_0=-65");
  const auto inside = laea.forward({-65 - 720, -35});  // two turns round: the same place
  ASSERT_TRUE(inside);
  EXPECT_NEAR(inside->x, 0, 1e-6);
  EXPECT_TRUE(laea.forward({115, 30}));  // near the antipode: defined, on the rim
  laea.set_visible_cap(SphereCap{{-65, -35}, 90});
  EXPECT_FALSE(laea.forward({115, 30}));
  EXPECT_TRUE(laea.forward({-65, 54.9}));  // 89.9° away
  EXPECT_TRUE(laea.forward({-65 + 360, -35}));
}

}  // namespace
}  // namespace footprint::render
