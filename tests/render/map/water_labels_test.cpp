// Water names (issue 10, "context at local scales": water names where the data has them): the
// table's points lie in the water they name, by the basemap the maps draw; maps name the oceans
// of the world, the seas and straits of a region, in English or Chinese, and never over the
// journal.
#include <cairo.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>

#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "render/basemap/basemap_store.hpp"
#include "render/map/map_frame.hpp"
#include "render/map/water_labels.hpp"
#include "render/page/cairo_ptr.hpp"
#include "render/style/style.hpp"

namespace footprint::render {
namespace {

// Even-odd crossing test of a point against a polygon's rings (lon/lat, unwrapped as stored).
bool in_polygon(const std::vector<Path>& rings, core::LonLat p) {
  bool in = false;
  for (const Path& ring : rings) {
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      const XY a = ring[i], b = ring[j];
      if ((a.y > p.lat) != (b.y > p.lat) &&
          p.lon < (b.x - a.x) * (p.lat - a.y) / (b.y - a.y) + a.x) {
        in = !in;
      }
    }
  }
  return in;
}

bool in_layer(const BasemapStore& store, const char* layer, core::LonLat p) {
  const VectorData data =
      store.read(layer, {p.lon - 0.01, p.lat - 0.01, p.lon + 0.01, p.lat + 0.01});
  return std::ranges::any_of(data.polygons,
                             [&](const auto& polygon) { return in_polygon(polygon, p); });
}

TEST(WaterNames, EveryPointLiesInTheWaterItNames) {
  const std::vector<WaterName> names = read_water_names(core::data_dir());
  ASSERT_GE(names.size(), 60u);
  const BasemapStore store(core::data_dir() / "basemap" / "basemap.fpb");
  for (const WaterName& w : names) {
    EXPECT_LT(w.min_span_km, w.max_span_km) << w.name;
    EXPECT_FALSE(w.name_zh.empty()) << w.name;
    const bool lake = in_layer(store, "lakes", w.at) || in_layer(store, "lakes_1km", w.at);
    if (w.kind == WaterName::Kind::lake) {
      EXPECT_TRUE(lake) << w.name << " at " << w.at.lon << "," << w.at.lat << " is not in a lake";
    } else {
      for (const char* land : {"land_50m", "land_10m"}) {
        EXPECT_FALSE(in_layer(store, land, w.at) && !lake)
            << w.name << " at " << w.at.lon << "," << w.at.lat << " is on " << land;
      }
    }
  }
}

TEST(WaterNames, AMalformedLineIsNamedByFileAndLine) {
  const auto dir = std::filesystem::path(FOOTPRINT_TEST_OUTPUT_DIR) / "water_names_malformed";
  std::filesystem::create_directories(dir / "water");
  std::ofstream(dir / "water" / "water_names.tsv")
      << "# kind\tmin\tmax\tlon\tlat\tname\tname_zh\nsea\t1\t2\t3\t4\tA "
         "Sea\t海\nsea\t1\tx\t3\t4\tB\t\n";
  try {
    read_water_names(dir);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              (dir / "water" / "water_names.tsv").string() +
                  ":3: expected kind, min_span_km, max_span_km, lon, lat, name and name_zh "
                  "separated by tabs");
  }
  EXPECT_TRUE(read_water_names(dir / "missing").empty());
}

struct Drawn {
  MapPlan plan;
  MapLayout layout;
};

Drawn lay_out(const MapRequest& request, bool chinese = false) {
  CairoSurfacePtr surface(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr));
  CairoPtr cr(cairo_create(surface.get()));
  MapPlan plan = plan_map(request, Frame{0, 0, 1000, 600});
  MapOptions options;
  options.chinese_reference_names = chinese;
  MapLayout layout = layout_map(cr.get(), plan, load_style("atlas"), core::data_dir(), options);
  return {std::move(plan), std::move(layout)};
}

std::set<std::string> water_names_of(const MapLayout& layout) {
  std::set<std::string> out;
  for (const AreaLabel& a : layout.reference.water) out.insert(a.text);
  return out;
}

core::Entry entry(core::LonLat at, const std::string& title) {
  core::Entry e;
  e.id = title;
  e.coordinates = {at};
  e.title = title;
  e.date = core::Date::parse("2024-05-01");
  return e;
}

TEST(WaterNames, AWorldMapNamesItsOceansAndNotItsSeas) {
  MapRequest world;
  world.bbox = LonLatBox{-180, -85, 180, 85};
  const auto names = water_names_of(lay_out(world).layout);
  for (const char* ocean : {"Pacific Ocean", "Atlantic Ocean", "Indian Ocean"})
    EXPECT_TRUE(names.count(ocean)) << ocean;
  EXPECT_FALSE(names.count("Hudson Bay"));
  EXPECT_FALSE(names.count("Lake Superior"));
  const auto zh = water_names_of(lay_out(world, true).layout);
  EXPECT_TRUE(zh.count("太平洋"));
  EXPECT_FALSE(zh.count("Pacific Ocean"));
}

TEST(WaterNames, ARegionalMapNamesItsStraitAndNotTheOceans) {
  MapRequest vancouver;
  vancouver.centre = core::LonLat{-123.3, 49.2};
  vancouver.radius_km = 80;
  vancouver.entries = {entry({-123.12, 49.28}, "Vancouver")};
  const Drawn d = lay_out(vancouver);
  const auto names = water_names_of(d.layout);
  EXPECT_TRUE(names.count("Strait of Georgia"));
  EXPECT_FALSE(names.count("Pacific Ocean"));
  // After the journal: never over its label or its marker.
  for (const AreaLabel& w : d.layout.reference.water) {
    for (const Placement& p : d.layout.labels.placements) {
      if (p.placed) {
        EXPECT_FALSE(w.box.intersects(p.box)) << w.text;
      }
    }
    for (const MarkerSpot& m : d.layout.markers) {
      EXPECT_FALSE(
          w.box.intersects(Box{m.page.x, m.page.y, m.page.x, m.page.y}.inflated(m.radius_pt)))
          << w.text;
    }
  }
}

}  // namespace
}  // namespace footprint::render
