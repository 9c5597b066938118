// Where things go on a map: places where PROJ puts them, labels that never collide or leave
// the frame, every place labelled or in the legend, a scale bar that is true at the centre.
#include <cairo.h>
#include <gtest/gtest.h>
#include <proj.h>

#include <cmath>
#include <memory>

#include "core/data_paths.hpp"
#include "core/journal_file.hpp"
#include "render/great_circle.hpp"
#include "render/map_furniture.hpp"
#include "render/map_page.hpp"
#include "render/scale_bar.hpp"

namespace footprint::render {
namespace {

core::Entry place(double lon, double lat, const std::string& title, const std::string& date) {
  core::Entry e;
  e.id = title;
  e.coordinates = {{lon, lat}};
  e.title = title;
  e.date = core::Date::parse(date);
  return e;
}

std::vector<core::Entry> load_entries(const std::string& relative_path) {
  return core::JournalFile(std::string(FOOTPRINT_SOURCE_DIR) + "/" + relative_path).load().entries();
}

std::vector<core::Entry> sample_year() { return load_entries("samples/2024.geojson"); }

// PROJ's own answer, without any of our code: the CRS from the plan's PROJ string.
XY proj_metres(const std::string& definition, core::LonLat lonlat) {
  PJ_CONTEXT* ctx = proj_context_create();
  PJ* raw = proj_create_crs_to_crs(ctx, "EPSG:4326", (definition + " +type=crs").c_str(), nullptr);
  PJ* pj = proj_normalize_for_visualization(ctx, raw);
  const PJ_COORD out = proj_trans(pj, PJ_FWD, proj_coord(lonlat.lon, lonlat.lat, 0, 0));
  proj_destroy(pj);
  proj_destroy(raw);
  proj_context_destroy(ctx);
  return {out.xy.x, out.xy.y};
}

TEST(MapLayout, CityIsDrawnWherePROJPutsIt) {
  const core::LonLat calgary{-114.0719, 51.0447};
  MapRequest request;
  request.entries = {place(-113.4909, 53.5444, "Edmonton", "2024-01-01"),
                     place(calgary.lon, calgary.lat, "Calgary", "2024-04-16"),
                     place(-123.1207, 49.2827, "Vancouver", "2024-12-10")};
  Style style = parse_style(R"({"markers": {"month_colors": ["#ff00ff","#ff00ff","#ff00ff","#ff00ff",
      "#ff00ff","#ff00ff","#ff00ff","#ff00ff","#ff00ff","#ff00ff","#ff00ff","#ff00ff"],
      "outline": {"width_pt": 0}, "number": {"color": "#ff00ff"}}, "route": {"width_pt": 0}})");
  const PageSize size = parse_pixel_size("1200x900", 144);
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, size.width_px(), size.height_px()), cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  cairo_scale(cr.get(), size.dpi / 72, size.dpi / 72);
  const MapDrawing drawing = draw_map_page(cr.get(), size, request, style, {}, core::data_dir());
  cairo_surface_flush(surface.get());

  const XY expected_pt = drawing.plan.viewport.to_page(proj_metres(drawing.plan.choice.proj, calgary));
  const XY expected_px{expected_pt.x * size.dpi / 72, expected_pt.y * size.dpi / 72};
  // The centroid of the magenta disc around the expected spot.
  const unsigned char* data = cairo_image_surface_get_data(surface.get());
  const int stride = cairo_image_surface_get_stride(surface.get());
  double sx = 0, sy = 0, n = 0;
  for (int y = int(expected_px.y) - 30; y <= int(expected_px.y) + 30; ++y) {
    for (int x = int(expected_px.x) - 30; x <= int(expected_px.x) + 30; ++x) {
      const unsigned char* p = data + y * stride + 4 * x;  // B, G, R, X
      if (p[2] > 240 && p[1] < 20 && p[0] > 240) {
        sx += x + 0.5;
        sy += y + 0.5;
        ++n;
      }
    }
  }
  ASSERT_GT(n, 50) << "no marker near the expected spot";
  EXPECT_NEAR(sx / n, expected_px.x, 1.0);
  EXPECT_NEAR(sy / n, expected_px.y, 1.0);
}

TEST(MapLayout, LabelsNeverOverlapNorLeaveTheFrameAndEveryPlaceIsLabelledOrListed) {
  MapRequest request;
  request.entries = sample_year();
  const Style style = load_style("atlas");
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 10, 10), cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  const MapPlan plan = plan_map(request, Frame{20, 20, 900, 560});
  const MapLayout layout = layout_map(cr.get(), plan, style, core::data_dir(), {});
  const Frame& f = plan.viewport.frame();
  std::vector<Box> boxes;
  for (const Placement& p : layout.labels.placements) {
    if (!p.placed) continue;
    EXPECT_GE(p.box.x0, f.x);
    EXPECT_GE(p.box.y0, f.y);
    EXPECT_LE(p.box.x1, f.right());
    EXPECT_LE(p.box.y1, f.bottom());
    for (const Box& other : boxes) EXPECT_FALSE(p.box.intersects(other));
    for (const MarkerSpot& m : layout.markers) {
      EXPECT_GT(p.box.distance2_to(m.page.x, m.page.y), m.radius_pt * m.radius_pt * 0.99);
    }
    boxes.push_back(p.box);
  }
  std::size_t labelled = 0;
  for (const Placement& p : layout.labels.placements) labelled += p.placed ? 1 : 0;
  EXPECT_EQ(labelled + layout.unlabelled.size(), plan.places.size());
  EXPECT_GT(labelled, plan.places.size() / 2);
}

TEST(MapLayout, ScaleBarIsTrueAtTheCentre) {
  MapRequest request;
  request.bbox = LonLatBox{-120.5, 48.8, -109.5, 60.2};
  const MapPlan plan = plan_map(request, Frame{0, 0, 600, 700});
  const auto bar = choose_scale_bar(plan, 120);
  ASSERT_TRUE(bar);
  EXPECT_EQ(bar->label, std::to_string(int(bar->distance)) + " km");
  EXPECT_LE(bar->length_pt, 120);
  EXPECT_GT(bar->length_pt, 120 * 0.4);
  // Measure the bar's length on the ground, centred on the frame's centre.
  const XY c = plan.viewport.frame().centre();
  const auto a = plan.projection.inverse(plan.viewport.to_metres({c.x - bar->length_pt / 2, c.y}));
  const auto b = plan.projection.inverse(plan.viewport.to_metres({c.x + bar->length_pt / 2, c.y}));
  EXPECT_NEAR(geodesic_km(*a, *b), bar->distance, bar->distance * 0.002);
  EXPECT_DOUBLE_EQ(round_down_nice(740), 500);
  EXPECT_DOUBLE_EQ(round_down_nice(199), 100);
  EXPECT_DOUBLE_EQ(round_down_nice(2.5), 2);
}

TEST(MapLayout, SampleYearFitsNorthAmericaAndLeavesCancelledViennaOut) {
  MapRequest request;
  request.entries = sample_year();
  const MapPlan plan = plan_map(request, Frame{0, 0, 1000, 600});
  EXPECT_EQ(plan.choice.scale, MapScale::continent);
  EXPECT_EQ(plan.choice.proj.rfind("+proj=aea", 0), 0u) << plan.choice.proj;
  for (const MapPlace& p : plan.places) {
    EXPECT_EQ(p.in_frame, p.entry.region != "Vienna") << p.entry.title;
  }
}

TEST(MapLayout, NoScaleBarWithoutRoom) {
  EXPECT_EQ(round_down_nice(-10.8), 0);
  EXPECT_EQ(round_down_nice(std::nan("")), 0);
  MapRequest request;
  request.bbox = LonLatBox{-120.5, 48.8, -109.5, 60.2};
  const MapPlan plan = plan_map(request, Frame{0, 0, 600, 700});
  EXPECT_FALSE(choose_scale_bar(plan, -10.8));
  EXPECT_FALSE(choose_scale_bar(plan, std::nan("")));
}

TEST(MapLayout, CreditsAndScaleBarDoNotOverlapInANarrowFrame) {
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 10, 10), cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  const std::string credits =
      "Basemap: Natural Earth · Lakes © OpenStreetMap contributors (ODbL) · Places: GeoNames (CC BY 4.0)";
  for (double width : {120.0, 170.0, 260.0, 600.0}) {
    MapRequest request;
    request.bbox = LonLatBox{-120.5, 48.8, -109.5, 60.2};
    const MapPlan plan = plan_map(request, Frame{10, 10, width, 400});
    const Furniture f = layout_furniture(cr.get(), plan, load_style("atlas"), credits);
    ASSERT_TRUE(f.scale_bar) << width;
    EXPECT_FALSE(f.scale_box.intersects(f.credits_box)) << width;
    const Box frame{10, 10, 10 + width, 410};
    EXPECT_TRUE(f.scale_box.inside(frame)) << width;
    EXPECT_TRUE(f.credits_box.inside(frame)) << width;
  }
}

}  // namespace
}  // namespace footprint::render
