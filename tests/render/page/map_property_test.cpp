// A property test of the map's rules: random journals (0 to 2,000 entries: scattered, clustered,
// across the antimeridian, round the poles; titles in several scripts), random extents (fitted,
// --bbox, --center/--radius) and random page sizes and styles. Whatever the map, the rules of
// tests/render/map_rules.hpp hold on what the renderer says it drew. Seeded: a failure names its
// seed, and the same seed draws the same map.
#include <cairo.h>
#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/data_paths.hpp"
#include "render/page/map_page.hpp"
#include "render/page/map_report.hpp"
#include "tests/render/map_rules.hpp"

namespace footprint::render {
namespace {

const char* const kTitles[] = {"Edmonton",    "班夫 Banff",
                               "Lake Louise", "A very long title for a weekend away from home",
                               "東京 Tokyo",  "🏔️ Moraine Lake",
                               "Zürich",      "Ὀδυσσεύς",
                               "مكة",         "x"};

struct Random {
  explicit Random(unsigned seed) : rng(seed) {}
  double uniform(double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); }
  int integer(int a, int b) { return std::uniform_int_distribution<int>(a, b)(rng); }
  std::mt19937 rng;
};

core::LonLat wrap(core::LonLat p) {
  while (p.lon > 180) p.lon -= 360;
  while (p.lon < -180) p.lon += 360;
  p.lat = std::clamp(p.lat, -89.9, 89.9);
  return p;
}

// A journal of `count` entries, in one of four shapes.
std::vector<core::Entry> journal(Random& r, int count, std::string& shape) {
  const int kind = r.integer(0, 3);
  shape = kind == 0 ? "scattered" : kind == 1 ? "clustered" : kind == 2 ? "antimeridian" : "polar";
  const core::LonLat centre{r.uniform(-180, 180), r.uniform(-60, 70)};
  const double spread = std::pow(10.0, r.uniform(-2, 1));
  std::vector<core::Entry> out;
  for (int i = 0; i < count; ++i) {
    core::Entry e;
    e.id = "e" + std::to_string(i);
    core::LonLat at;
    switch (kind) {
      case 0:
        at = {r.uniform(-180, 180), r.uniform(-85, 85)};
        break;
      case 1:
        at = {centre.lon + r.uniform(-spread, spread), centre.lat + r.uniform(-spread, spread)};
        break;
      case 2:
        at = {180 + r.uniform(-15, 15), r.uniform(-50, 10)};
        break;
      default:
        at = {r.uniform(-180, 180), (i % 2 ? 1 : -1) * r.uniform(70, 89.5)};
        break;
    }
    // Some places visited again and again.
    if (i > 0 && r.integer(0, 3) == 0)
      at = out[static_cast<std::size_t>(r.integer(0, i - 1))].anchor();
    e.coordinates = {wrap(at)};
    e.title = kTitles[r.integer(0, 9)];
    const int day = r.integer(0, 360);
    e.date = core::Date::parse(
        "2024-" + std::string(day / 31 + 1 < 10 ? "0" : "") + std::to_string(day / 31 + 1) + "-" +
        std::string(day % 28 + 1 < 10 ? "0" : "") + std::to_string(day % 28 + 1));
    e.status = static_cast<core::Status>(r.integer(0, 5) < 4 ? 0 : r.integer(1, 2));
    out.push_back(e);
  }
  return out;
}

class MapProperty : public ::testing::TestWithParam<unsigned> {};

TEST_P(MapProperty, RulesHoldOnARandomMap) {
  Random r(GetParam());
  const int counts[] = {0, 1, 2, 3, 10, 60, 300, 2000};
  const int count = counts[r.integer(0, 7)];
  std::string shape;
  MapRequest request;
  request.entries = journal(r, count, shape);
  std::ostringstream what;
  what << "seed " << GetParam() << ": " << count << " " << shape << " entries";
  const int extent = r.integer(0, 4);
  if (extent == 3) {
    const double w = r.uniform(-180, 170), s = r.uniform(-90, 80);
    request.bbox = LonLatBox{w, s, std::min(180.0, w + r.uniform(0.5, 200)),
                             std::min(90.0, s + r.uniform(0.5, 90))};
    what << ", --bbox " << request.bbox->west << "," << request.bbox->south << ","
         << request.bbox->east << "," << request.bbox->north;
  } else if (extent == 4) {
    request.centre =
        wrap({r.uniform(-180, 180), r.integer(0, 3) == 0 ? -90.0 : r.uniform(-89, 89)});
    request.radius_km = std::pow(10.0, r.uniform(0.5, 4.2));
    what << ", --center " << request.centre->lon << "," << request.centre->lat << " --radius "
         << request.radius_km;
  }
  const PageSize size = parse_pixel_size(
      std::to_string(r.integer(300, 2400)) + "x" + std::to_string(r.integer(200, 1600)), 144);
  const char* styles[] = {"atlas", "night", "vintage"};
  const Style style = load_style(styles[r.integer(0, 2)]);
  what << ", " << size.width_pt << "x" << size.height_pt << " pt";
  SCOPED_TRACE(what.str());
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(size.width_pt) + 1,
                                 static_cast<int>(size.height_pt) + 1),
      cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  PageOptions options;
  options.title = r.integer(0, 1) ? "2024" : "";
  const MapDrawing drawing =
      draw_map_page(cr.get(), size, request, style, options, core::data_dir());
  const nlohmann::json report = map_report(drawing);
  expect_map_rules(report);
  EXPECT_EQ(report["places"].get<std::size_t>(), static_cast<std::size_t>(count));
}

INSTANTIATE_TEST_SUITE_P(Seeds, MapProperty, ::testing::Range(1u, 41u));

}  // namespace
}  // namespace footprint::render
