#include <gtest/gtest.h>
#include <cairo.h>
#include "render/map_renderer.hpp"
#include "core/data_paths.hpp"
using namespace footprint;
using namespace footprint::render;

static core::Entry make(double lon, double lat, std::string title, std::string date) {
  core::Entry e; e.coordinates = {{lon, lat}}; e.title = title; e.date = core::Date::parse(date); return e;
}
TEST(Smoke, Draw) {
  MapRequest req;
  req.entries = {make(-113.49, 53.54, "Edmonton", "2024-01-10"), make(-114.07, 51.05, "Calgary", "2024-04-02"),
                 make(-122.23, 37.49, "Redwood City", "2024-06-01"), make(-72.52, 42.39, "Amherst", "2024-08-05"),
                 make(-115.57, 51.18, "Banff", "2024-10-12"), make(-123.12, 49.28, "Vancouver", "2024-12-10"),
                 make(16.37, 48.21, "Vienna", "2024-05-07")};
  for (const char* which : {"na", "world", "pacific", "alberta"}) {
    MapRequest r = req;
    if (std::string(which) == "world") r.outliers = OutlierPolicy::keep;
    if (std::string(which) == "pacific") r.entries = {make(-123.12, 49.28, "Vancouver", "2024-01-01"), make(139.7, 35.7, "Tokyo", "2024-02-01"), make(178.4, -18.1, "Suva", "2024-03-01")};
    if (std::string(which) == "alberta") r.bbox = LonLatBox{-120.5, 48.8, -109.5, 60.2};
    Style style = parse_style("{}");
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 2000, 1200);
    cairo_t* cr = cairo_create(s);
    cairo_set_source_rgb(cr, 1, 1, 1); cairo_paint(cr);
    MapPlan plan = plan_map(r, Frame{20, 20, 1960, 1160});
    std::printf("%s: %s\n", which, plan.choice.proj.c_str());
    draw_map(cr, plan, style, core::data_dir(), true);
    cairo_surface_write_to_png(s, (std::string(FOOTPRINT_TEST_OUTPUT_DIR) + "/smoke_" + which + ".png").c_str());
    cairo_destroy(cr); cairo_surface_destroy(s);
  }
}
