// One map frame drawn into any rectangle of any page, without the page of `footprint map`: what
// a poster does with its main map and insets.
#include <gtest/gtest.h>

#include "core/data_paths.hpp"
#include "render/map/map_frame.hpp"
#include "render/map/map_plan.hpp"
#include "tests/render/image_probe.hpp"

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

// Markers in pure magenta and a cyan ocean, so the test can tell them from everything else.
Style probe_style() {
  return parse_style(R"({"ocean": "#00ffff", "markers": {"month_colors": ["#ff00ff","#ff00ff",
      "#ff00ff","#ff00ff","#ff00ff","#ff00ff","#ff00ff","#ff00ff","#ff00ff","#ff00ff","#ff00ff",
      "#ff00ff"], "outline": {"width_pt": 0}, "number": {"color": "#ff00ff"}},
      "route": {"width_pt": 0}})");
}

bool magenta(const test::Pixel& p) {
  return p.a > 0.9 && p.r > 0.9 && p.g < 0.1 && p.b > 0.9;
}
bool painted(const test::Pixel& p) {
  return p.a > 0;
}

struct Drawn {
  MapPlan plan;
  MapLayout layout;
};

Drawn draw_into(cairo_t* cr, const Frame& frame, const MapRequest& request, const Style& style) {
  MapPlan plan = plan_map(request, frame);
  MapLayout layout = layout_map(cr, plan, style, core::data_dir(), {});
  draw_map(cr, plan, layout, style, core::data_dir());
  return {std::move(plan), std::move(layout)};
}

int magenta_near(const test::ImageProbe& image, XY pt, int radius_px) {
  const int x = static_cast<int>(pt.x * image.scale()), y = static_cast<int>(pt.y * image.scale());
  return image.count(x - radius_px, y - radius_px, x + radius_px, y + radius_px, magenta);
}

TEST(MapFrame, TwoFramesOnOnePageStayInsideTheirRectangles) {
  MapRequest alberta;
  alberta.entries = {place(-113.4909, 53.5444, "Edmonton", "2024-01-01"),
                     place(-114.0719, 51.0447, "Calgary", "2024-04-16")};
  MapRequest bay;
  bay.entries = {place(-122.2364, 37.4852, "Redwood City", "2024-06-01"),
                 place(-122.4194, 37.7749, "San Francisco", "2024-07-01")};
  const Style style = probe_style();
  test::ImageProbe page(800, 600, 2.0);  // a 400 x 300 pt page at 144 dpi
  const Frame a{30, 40, 150, 110};
  const Frame b{210, 140, 170, 140};
  const Drawn da = draw_into(page.cr(), a, alberta, style);
  const Drawn db = draw_into(page.cr(), b, bay, style);

  // Nothing outside the two rectangles (a pixel of slack for the frame's stroke).
  int outside = 0;
  for (int y = 0; y < page.height(); ++y) {
    for (int x = 0; x < page.width(); ++x) {
      const double px = x / 2.0, py = y / 2.0;
      const bool in_a =
          px >= a.x - 1 && px <= a.right() + 1 && py >= a.y - 1 && py <= a.bottom() + 1;
      const bool in_b =
          px >= b.x - 1 && px <= b.right() + 1 && py >= b.y - 1 && py <= b.bottom() + 1;
      if (!in_a && !in_b && painted(page.at(x, y))) ++outside;
    }
  }
  EXPECT_EQ(outside, 0);
  // Each frame is filled (sea or land) and shows its own markers where its viewport puts them.
  for (const auto* d : {&da, &db}) {
    const Frame& f = d->plan.viewport.frame();
    EXPECT_EQ(page.count(int(f.x * 2) + 4, int(f.y * 2) + 4, int(f.right() * 2) - 4,
                         int(f.bottom() * 2) - 4, [](const test::Pixel& p) { return p.a < 1; }),
              0)
        << "a hole in the frame at " << f.x << "," << f.y;
    ASSERT_EQ(d->layout.markers.size(), 2u);
    for (const MarkerSpot& m : d->layout.markers) EXPECT_GT(magenta_near(page, m.page, 6), 40);
  }
  // The Bay Area's markers are in frame b, Alberta's in frame a.
  for (const MarkerSpot& m : da.layout.markers) {
    EXPECT_TRUE(m.page.x > a.x && m.page.x < a.right() && m.page.y > a.y && m.page.y < a.bottom());
  }
  for (const MarkerSpot& m : db.layout.markers) {
    EXPECT_TRUE(m.page.x > b.x && m.page.x < b.right() && m.page.y > b.y && m.page.y < b.bottom());
  }
}

}  // namespace
}  // namespace footprint::render
