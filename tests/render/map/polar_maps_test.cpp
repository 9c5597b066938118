// Maps round the South Pole and across the antimeridian (issue 10, "wrong geography"): land where
// Antarctica is and sea where the ocean is, in the projection the renderer chooses for each
// request; a route across 180° drawn as one line; a map asked round the pole centred on it.
#include <cairo.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/data_paths.hpp"
#include "render/basemap/basemap.hpp"
#include "render/page/map_page.hpp"
#include "tests/render/image_probe.hpp"

namespace footprint::render {
namespace {

namespace fs = std::filesystem;

const core::LonLat kMcMurdo{166.67, -77.85};
const core::LonLat kUshuaia{-68.30, -54.80};

core::Entry place(core::LonLat at, const std::string& title, const std::string& date) {
  core::Entry e;
  e.id = title;
  e.coordinates = {at};
  e.title = title;
  e.date = core::Date::parse(date);
  return e;
}

std::vector<core::Entry> antarctic_pair() {
  return {place(kMcMurdo, "McMurdo", "2024-01-05"), place(kUshuaia, "Ushuaia", "2024-01-20")};
}

MapRequest round_south_pole(double radius_km) {
  MapRequest request;
  request.centre = core::LonLat{0, -90};
  request.radius_km = radius_km;
  return request;
}

// A folder of its own for each test's images, to look at when it fails.
fs::path output_dir() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = std::string(info->test_suite_name()) + "." + info->name();
  for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) || c == '.' ? c : '_';
  fs::path dir = fs::path(FOOTPRINT_TEST_OUTPUT_DIR) / "polar_maps" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// Land, sea and coast in colours a test can tell apart; nothing else drawn on the map.
Style plain_style() {
  return parse_style(R"({"background": "#ffffff", "ocean": "#0000ff", "lakes": "#0000ff",
      "land": "#00ff00", "coast": {"color": "#ff00ff", "width_pt": 0.5},
      "borders": {"width_pt": 0}, "states": {"width_pt": 0}, "graticule": {"width_pt": 0},
      "frame": {"color": "#000000", "width_pt": 1}})");
}

bool is_land(const test::Pixel& p) {
  return p.g > 0.9 && p.r < 0.1 && p.b < 0.1;
}
bool is_sea(const test::Pixel& p) {
  return p.b > 0.9 && p.r < 0.1 && p.g < 0.1;
}

// The basemap of a map as the renderer plans it for `request` in a frame of `size` (2000×1200
// pixels at 144 dpi is 1000×600 pt), drawn alone: no marker, label or furniture over it.
struct BasemapImage {
  BasemapImage(const MapRequest& request, int width_px, int height_px)
      : plan(plan_map(request, Frame{0, 0, width_px / 2.0, height_px / 2.0})),
        image(width_px, height_px, 2.0) {
    draw_basemap(image.cr(), plan, plain_style(), core::data_dir());
    cairo_surface_write_to_png(image.surface(), (output_dir() / "basemap.png").c_str());
  }
  // The pixel where the plan puts a place, or nothing when it is off the frame or beyond the
  // cap the map shows (or within a few points of their edges).
  std::optional<test::Pixel> at(core::LonLat lonlat) const {
    const auto& cap = plan.projection.visible_cap();
    if (cap && !cap_contains({cap->centre, cap->radius_deg - 1}, lonlat)) return std::nullopt;
    const auto metres = plan.projection.forward(lonlat);
    if (!metres) return std::nullopt;
    const XY page = plan.viewport.to_page(*metres);
    const Frame& f = plan.viewport.frame();
    if (page.x < f.x + 5 || page.x > f.right() - 5 || page.y < f.y + 5 || page.y > f.bottom() - 5) {
      return std::nullopt;
    }
    return image.at(static_cast<int>(page.x * 2), static_cast<int>(page.y * 2));
  }
  MapPlan plan;
  test::ImageProbe image;
};

struct PolarRequest {
  const char* name;
  MapRequest request;
  int width_px, height_px;
};

void PrintTo(const PolarRequest& r, std::ostream* out) {
  *out << r.name;
}

MapRequest with_entries(MapRequest request, std::vector<core::Entry> entries) {
  request.entries = std::move(entries);
  return request;
}

// Well inside Antarctica's land in Natural Earth (its ice shelves are sea there: 80°S 170°E is
// the Ross Ice Shelf, 75°S 100°W the Abbot's), and in open sea.
// The last two lie where the keyhole ran, between 179.62°E and 180°.
const std::vector<core::LonLat> kAntarctica{
    {0, -85},  {45, -89.5}, {60, -80},       {-100, -80},   {120, -75},
    {90, -72}, {140, -82},  {-179.9, -89.9}, {179.81, -87}, {179.81, -85.5}};
const std::vector<core::LonLat> kSea{{65, -15},  {-150, -65}, {0, -50},  {100, -55},
                                     {175, -75}, {-30, -60},  {-90, -60}};

class AntarcticaIsLand : public ::testing::TestWithParam<PolarRequest> {};

// Every request that shows the South Pole: Antarctica is land at each sample, up to the pole and
// along 180°, and the open sea is sea (no disc round the pole, no wedge along 180°, no land
// filled into the Indian Ocean).
TEST_P(AntarcticaIsLand, AtEverySampleAndTheSeaIsSea) {
  const PolarRequest& param = GetParam();
  const BasemapImage basemap(param.request, param.width_px, param.height_px);
  int land_samples = 0, sea_samples = 0;
  for (const core::LonLat& p : kAntarctica) {
    if (const auto pixel = basemap.at(p)) {
      ++land_samples;
      EXPECT_TRUE(is_land(*pixel))
          << "sea at " << p.lon << "," << p.lat << " in " << basemap.plan.choice.proj;
    }
  }
  for (const core::LonLat& p : kSea) {
    if (const auto pixel = basemap.at(p)) {
      ++sea_samples;
      EXPECT_TRUE(is_sea(*pixel)) << "land at " << p.lon << "," << p.lat << " in "
                                  << basemap.plan.choice.proj;
    }
  }
  EXPECT_GE(land_samples, 3) << "the frame should show Antarctica";
  EXPECT_GE(sea_samples + land_samples, 5);
}

INSTANTIATE_TEST_SUITE_P(
    Requests, AntarcticaIsLand,
    ::testing::Values(
        // Fitted to the places: the wizard's conic made the pole an arc, with sea inside it.
        PolarRequest{"antarctic_pair", with_entries({}, antarctic_pair()), 2000, 1200},
        // 5,000 km round the pole: a continent, once a conic with a hole and a keyhole.
        PolarRequest{"cap_5000km", round_south_pole(5000), 2000, 1200},
        PolarRequest{"cap_8000km", round_south_pole(8000), 2000, 1200},
        PolarRequest{"cap_15000km", round_south_pole(15000), 2000, 1200},
        // Close to the pole on 180°: the keyhole the data left open is wider than a pixel.
        PolarRequest{"near_pole_on_180",
                     [] {
                       MapRequest r;
                       r.centre = core::LonLat{180, -87};
                       r.radius_km = 400;
                       return r;
                     }(),
                     1000, 800}),
    [](const auto& info) { return std::string(info.param.name); });

// Greenland and Eurasia well inside their land in Natural Earth, and open sea round them.
const std::vector<core::LonLat> kNorthernLand{{-40, 72}, {-38, 76}, {-45, 67}, {80, 55}, {100, 40},
                                              {40, 50},  {10, 50},  {60, 65},  {130, 62}};
const std::vector<core::LonLat> kNorthernSea{{-30, 50}, {-150, 30}, {70, -20}, {-60, 58},
                                             {40, 73},  {0, 86},    {-10, 70}};

class NorthernLandIsLand : public ::testing::TestWithParam<PolarRequest> {};

// Every kind of map the renderer chooses (world, hemisphere, polar cap, continent, region,
// Mercator when asked): Greenland and Eurasia are land at each sample, the sea is sea.
TEST_P(NorthernLandIsLand, AtEverySampleAndTheSeaIsSea) {
  const PolarRequest& param = GetParam();
  const BasemapImage basemap(param.request, param.width_px, param.height_px);
  int samples = 0;
  for (const core::LonLat& p : kNorthernLand) {
    if (const auto pixel = basemap.at(p)) {
      ++samples;
      EXPECT_TRUE(is_land(*pixel))
          << "sea at " << p.lon << "," << p.lat << " in " << basemap.plan.choice.proj;
    }
  }
  for (const core::LonLat& p : kNorthernSea) {
    if (const auto pixel = basemap.at(p)) {
      ++samples;
      EXPECT_TRUE(is_sea(*pixel)) << "land at " << p.lon << "," << p.lat << " in "
                                  << basemap.plan.choice.proj;
    }
  }
  EXPECT_GE(samples, 4) << "the frame should show some of the samples";
}

MapRequest with_bbox(LonLatBox box, const char* projection = nullptr) {
  MapRequest r;
  r.bbox = box;
  if (projection) r.projection = projection;
  return r;
}

MapRequest round(core::LonLat centre, double radius_km) {
  MapRequest r;
  r.centre = centre;
  r.radius_km = radius_km;
  return r;
}

INSTANTIATE_TEST_SUITE_P(
    Requests, NorthernLandIsLand,
    ::testing::Values(
        PolarRequest{"world", with_bbox({-180, -90, 180, 90}), 1600, 900},
        PolarRequest{"north_pole_5000km", round({0, 90}, 5000), 1600, 1200},
        PolarRequest{"hemisphere_round_europe", round({30, 50}, 9000), 1200, 1200},
        PolarRequest{"eurasia_fitted",
                     with_entries({}, {place({-9.14, 38.72}, "Lisbon", "2024-01-01"),
                                       place({116.41, 39.9}, "Beijing", "2024-02-01"),
                                       place({139.69, 35.69}, "Tokyo", "2024-03-01"),
                                       place({77.21, 28.61}, "Delhi", "2024-04-01"),
                                       place({37.62, 55.75}, "Moscow", "2024-05-01")}),
                     2000, 1200},
        PolarRequest{"arctic_fitted",
                     with_entries({}, {place({15.6, 78.2}, "Longyearbyen", "2024-01-01"),
                                       place({-147.7, 64.8}, "Fairbanks", "2024-02-01"),
                                       place({-51.7, 64.2}, "Nuuk", "2024-03-01"),
                                       place({88.2, 69.3}, "Norilsk", "2024-04-01")}),
                     2000, 1200},
        PolarRequest{"greenland_region", with_bbox({-60, 58, -20, 84}), 1000, 1200},
        PolarRequest{"mercator", with_bbox({-60, 30, 100, 75}, "EPSG:3857"), 2000, 1200}),
    [](const auto& info) { return std::string(info.param.name); });

// Lakes at the detail of the scale: Lake Superior on a map of the continent (the 10 km set), and
// Lake Minnewanka by Banff on a map of the Bow Valley, which only the 1 km set has (the 10 km set
// leaves the valley dry); Banff itself and the Great Plains stay land.
TEST(LakesAreWater, AtContinentalAndRegionalScale) {
  const BasemapImage continent(with_bbox({-125, 25, -65, 60}), 2000, 1200);
  ASSERT_EQ(continent.plan.choice.scale, MapScale::continent);
  ASSERT_TRUE(continent.at({-87.5, 47.7}));
  EXPECT_TRUE(is_sea(*continent.at({-87.5, 47.7}))) << "Lake Superior";
  EXPECT_TRUE(is_land(*continent.at({-100, 45}))) << "South Dakota";

  const BasemapImage valley(round({-115.5, 51.2}, 40), 2000, 1200);
  ASSERT_EQ(valley.plan.choice.scale, MapScale::region);
  ASSERT_TRUE(valley.at({-115.455, 51.248}));
  EXPECT_TRUE(is_sea(*valley.at({-115.455, 51.248}))) << "Lake Minnewanka";
  EXPECT_TRUE(is_land(*valley.at({-115.57, 51.178}))) << "Banff";
}

// The route from McMurdo to Ushuaia crosses 180°: it is one line from one place to the other,
// with no gap where the conic's wedge or the cut at the antimeridian used to break it.
TEST(PolarMaps, RouteAcrossTheAntimeridianIsOneUnbrokenLine) {
  const fs::path dir = output_dir();
  for (MapRequest request : {MapRequest{}, round_south_pole(5000)}) {
    request.entries = antarctic_pair();
    const PageSize size = parse_pixel_size("2000x1200", 144);
    test::ImageProbe image(size.width_px(), size.height_px(), size.dpi / 72);
    const MapDrawing drawing =
        draw_map_page(image.cr(), size, request, load_style("atlas"), {}, core::data_dir());
    const std::string what = request.centre ? "cap_5000km" : "antarctic_pair";
    cairo_surface_write_to_png(image.surface(), (dir / (what + ".png")).c_str());
    const auto& routes = drawing.layout.paths.routes;
    ASSERT_EQ(routes.size(), 1u) << what << " in " << drawing.plan.choice.proj;
    const Path& route = routes.front();
    ASSERT_GE(route.size(), 2u);
    // From place to place (markers may sit a little off their spots), the way a gently curved
    // line goes: no detour round the map.
    const auto page_of = [&](core::LonLat p) {
      return drawing.plan.viewport.to_page(*drawing.plan.projection.forward(p));
    };
    const XY from = page_of(kMcMurdo), to = page_of(kUshuaia);
    EXPECT_LT(std::hypot(route.front().x - from.x, route.front().y - from.y), 15) << what;
    EXPECT_LT(std::hypot(route.back().x - to.x, route.back().y - to.y), 15) << what;
    double length = 0;
    for (std::size_t i = 1; i < route.size(); ++i) {
      length += std::hypot(route[i].x - route[i - 1].x, route[i].y - route[i - 1].y);
    }
    EXPECT_LT(length, 1.3 * std::hypot(to.x - from.x, to.y - from.y)) << what;
  }
}

// 15,000 km round the South Pole is more than a hemisphere: the map is the disc round the pole
// the person asked for, not a world map centred on Greenwich.
TEST(PolarMaps, WorldRoundThePoleIsCentredOnIt) {
  const MapRequest request = round_south_pole(15000);
  const MapPlan plan = plan_map(request, Frame{0, 0, 1000, 600});
  EXPECT_EQ(plan.choice.proj, "+proj=laea +lat_0=-90 +lon_0=0");
  ASSERT_TRUE(plan.projection.visible_cap());
  EXPECT_NEAR(plan.projection.visible_cap()->radius_deg, 15000 / (6371.0088 * M_PI / 180), 1e-6);
  const XY pole = plan.viewport.to_page(*plan.projection.forward({0, -90}));
  EXPECT_NEAR(pole.x, 500, 1);
  EXPECT_NEAR(pole.y, 300, 1);
  // Greenwich is up from the pole, the date line down, 90°E to the right.
  EXPECT_LT(plan.viewport.to_page(*plan.projection.forward({0, -60})).y, pole.y - 50);
  EXPECT_GT(plan.viewport.to_page(*plan.projection.forward({180, -60})).y, pole.y + 50);
  EXPECT_GT(plan.viewport.to_page(*plan.projection.forward({90, -60})).x, pole.x + 50);

  // On the page: a disc round the pole, the page beyond it.
  const fs::path dir = output_dir();
  const PageSize size = parse_pixel_size("2000x1200", 144);
  test::ImageProbe image(size.width_px(), size.height_px(), size.dpi / 72);
  const MapDrawing drawing =
      draw_map_page(image.cr(), size, request, plain_style(), {}, core::data_dir());
  cairo_surface_write_to_png(image.surface(), (dir / "page.png").c_str());
  const Frame& f = drawing.plan.viewport.frame();
  const double px = size.dpi / 72;
  for (const XY corner : {XY{f.x + 3, f.y + 3}, XY{f.right() - 3, f.y + 3},
                          XY{f.x + 3, f.bottom() - 3}, XY{f.right() - 3, f.bottom() - 3}}) {
    const test::Pixel p =
        image.at(static_cast<int>(corner.x * px), static_cast<int>(corner.y * px));
    EXPECT_TRUE(p.r > 0.95 && p.g > 0.95 && p.b > 0.95)
        << "not the page at " << corner.x << "," << corner.y;
  }
  const XY centre = drawing.plan.viewport.to_page(*drawing.plan.projection.forward({0, -90}));
  EXPECT_NEAR(centre.x, f.centre().x, 1);
  EXPECT_NEAR(centre.y, f.centre().y, 1);
  EXPECT_TRUE(is_land(image.at(static_cast<int>(centre.x * px), static_cast<int>(centre.y * px))));
}

}  // namespace
}  // namespace footprint::render
