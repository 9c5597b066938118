// Reference towns (render/map/reference_labels.hpp): real towns near a weekend's places are
// named, quietly, and never over the journal's labels, markers, lines or furniture, which stay
// exactly where they were without them.
#include "render/map/reference_labels.hpp"

#include <cairo.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>

#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "render/map/map_frame.hpp"
#include "render/page/map_page.hpp"

namespace footprint::render {
namespace {

using SurfacePtr = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;
using ContextPtr = std::unique_ptr<cairo_t, decltype(&cairo_destroy)>;

core::Entry entry(double lon, double lat, const std::string& title, const std::string& place,
                  const std::string& date) {
  core::Entry e;
  e.id = date + "-" + place;
  e.coordinates = {{lon, lat}};
  e.title = title;
  e.place = place;
  e.date = core::Date::parse(date);
  return e;
}

MapRequest banff_alone() {
  MapRequest r;
  r.entries = {entry(-115.5915, 51.1691, "洞穴导览 Cave tour", "Banff", "2024-10-12")};
  return r;
}

MapRequest banff_weekend() {
  MapRequest r = banff_alone();
  r.entries.push_back(
      entry(-116.1773, 51.4254, "露易丝湖 Lake Louise", "Lake Louise", "2024-10-13"));
  r.entries.push_back(entry(-115.3554, 51.0884, "坎莫尔 Canmore", "Canmore", "2024-10-14"));
  return r;
}

MapRequest two_points_apart() {  // the town centre and the Cave and Basin, 3.6 km apart
  MapRequest r;
  r.entries = {entry(-115.5708, 51.1784, "Banff Avenue", "Banff", "2024-10-12"),
               entry(-115.6213, 51.1690, "Cave and Basin", "Cave and Basin", "2024-10-13")};
  return r;
}

MapRequest alberta() {
  MapRequest r = banff_weekend();
  r.entries.push_back(entry(-113.4909, 53.5444, "Skating lessons", "Edmonton", "2024-01-10"));
  r.entries.push_back(entry(-114.0719, 51.0447, "Visa interview", "Calgary", "2024-04-16"));
  return r;
}

struct Drawn {
  MapPlan plan;
  MapLayout layout;
  SurfacePtr surface;
};

// Plans, lays out and draws one map frame filling a 900 x 700 pt page.
Drawn draw(const MapRequest& request, bool reference, const Style& style, bool chinese = false) {
  SurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, 900, 700),
                     cairo_surface_destroy);
  ContextPtr cr(cairo_create(surface.get()), cairo_destroy);
  MapPlan plan = plan_map(request, Frame{20, 20, 860, 660});
  MapOptions options;
  options.reference_places = reference;
  options.chinese_reference_names = chinese;
  MapLayout layout = layout_map(cr.get(), plan, style, core::data_dir(), options);
  draw_map(cr.get(), plan, layout, style, core::data_dir());
  cairo_surface_flush(surface.get());
  return {std::move(plan), std::move(layout), std::move(surface)};
}

Style atlas() {
  return load_style("atlas");
}

std::vector<std::string> named_towns(const ReferenceLabels& r) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < r.placements.size(); ++i) {
    if (r.placements[i].placed) names.push_back(r.places[i].name);
  }
  return names;
}

// Every placed reference label and dot keeps clear of everything the journal put on the map.
void expect_clear_of_journal(const Drawn& d) {
  const MapLayout& l = d.layout;
  const ReferenceLabels& r = l.reference;
  const Frame& f = d.plan.viewport.frame();
  std::vector<Box> journal;
  for (const Placement& p : l.labels.placements) {
    if (p.placed) journal.push_back(p.box);
  }
  for (const MarkerSpot& m : l.markers) {
    journal.push_back({m.page.x - m.radius_pt, m.page.y - m.radius_pt, m.page.x + m.radius_pt,
                       m.page.y + m.radius_pt});
  }
  if (l.furniture.scale_bar) journal.push_back(l.furniture.scale_box);
  if (!l.furniture.credits.empty()) journal.push_back(l.furniture.credits_box);
  for (const AreaLabel& area : r.areas) {
    SCOPED_TRACE(area.text);
    EXPECT_TRUE(area.box.inside({f.x, f.y, f.right(), f.bottom()}));
    for (const Box& b : journal) EXPECT_FALSE(area.box.intersects(b));
    for (const Placement& p : r.placements) {
      if (p.placed) {
        EXPECT_FALSE(area.box.intersects(p.box));
      }
    }
  }
  for (std::size_t i = 0; i < r.placements.size(); ++i) {
    const Placement& p = r.placements[i];
    if (!p.placed) continue;
    SCOPED_TRACE(r.places[i].name);
    EXPECT_FALSE(p.leader);
    EXPECT_TRUE(p.box.inside({f.x, f.y, f.right(), f.bottom()}));
    const XY dot = r.places[i].page;
    const Box dot_box{dot.x - r.dot_radius_pt, dot.y - r.dot_radius_pt, dot.x + r.dot_radius_pt,
                      dot.y + r.dot_radius_pt};
    for (const Box& b : journal) {
      EXPECT_FALSE(p.box.intersects(b));
      EXPECT_FALSE(dot_box.intersects(b));
    }
    for (std::size_t j = 0; j < r.placements.size(); ++j) {
      if (j != i && r.placements[j].placed) {
        EXPECT_FALSE(p.box.intersects(r.placements[j].box));
      }
    }
  }
}

TEST(ReferenceLabels, BanffAloneNamesRealNearbyTownsClearOfTheJournal) {
  const Drawn with = draw(banff_alone(), true, atlas());
  const std::vector<std::string> names = named_towns(with.layout.reference);
  ASSERT_NE(std::find(names.begin(), names.end(), "Canmore"), names.end());
  // The journal's own place is not named a second time.
  EXPECT_EQ(std::find(names.begin(), names.end(), "Banff"), names.end());
  expect_clear_of_journal(with);
  // The border near Banff has a province on each side, both named.
  std::vector<std::string> areas;
  for (const AreaLabel& a : with.layout.reference.areas) areas.push_back(a.text);
  EXPECT_EQ(areas, (std::vector<std::string>{"ALBERTA", "BRITISH COLUMBIA"}));
  // GeoNames is credited for the towns.
  EXPECT_NE(with.layout.furniture.credits.find("GeoNames"), std::string::npos);

  // Pixels: Canmore's label is drawn (its box differs from the map without towns) in a quiet
  // colour, lighter than the journal's label ink.
  const Drawn without = draw(banff_alone(), false, atlas());
  const ReferenceLabels& r = with.layout.reference;
  const auto canmore = std::find(names.begin(), names.end(), "Canmore") - names.begin();
  std::size_t k = 0, seen = 0;
  for (std::size_t i = 0; i < r.placements.size(); ++i) {
    if (r.placements[i].placed && seen++ == static_cast<std::size_t>(canmore)) k = i;
  }
  const Box box = r.placements[k].box;
  cairo_surface_t* a = with.surface.get();
  cairo_surface_t* b = without.surface.get();
  const int stride = cairo_image_surface_get_stride(a);
  int differing = 0, darkest = 255;
  for (int y = static_cast<int>(box.y0); y < static_cast<int>(box.y1); ++y) {
    for (int x = static_cast<int>(box.x0); x < static_cast<int>(box.x1); ++x) {
      const auto* pa =
          cairo_image_surface_get_data(a) + std::ptrdiff_t{y} * stride + 4 * std::ptrdiff_t{x};
      const auto* pb =
          cairo_image_surface_get_data(b) + std::ptrdiff_t{y} * stride + 4 * std::ptrdiff_t{x};
      if (std::abs(pa[0] - pb[0]) + std::abs(pa[1] - pb[1]) + std::abs(pa[2] - pb[2]) > 60)
        ++differing;
      darkest = std::min<int>(darkest, pa[1]);
    }
  }
  EXPECT_GT(differing, 20) << "no text where Canmore's label was placed";
  EXPECT_GT(darkest, 0x50) << "reference labels are quiet grey, not journal black";
}

TEST(ReferenceLabels, NeverDisplaceTheJournalsLabels) {
  for (const MapRequest& request :
       {banff_alone(), banff_weekend(), two_points_apart(), alberta()}) {
    for (const Style& style :
         {parse_style("{}"), atlas(), load_style("night"), load_style("vintage")}) {
      const Drawn with = draw(request, true, style);
      const Drawn without = draw(request, false, style);
      SCOPED_TRACE(style.name + ", " + std::to_string(request.entries.size()) + " entries");
      const auto& a = with.layout.labels.placements;
      const auto& b = without.layout.labels.placements;
      ASSERT_EQ(a.size(), b.size());
      for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].placed, b[i].placed);
        EXPECT_EQ(a[i].box, b[i].box);
        EXPECT_EQ(a[i].anchor, b[i].anchor);
        EXPECT_EQ(a[i].leader, b[i].leader);
      }
      EXPECT_EQ(with.layout.unlabelled, without.layout.unlabelled);
      EXPECT_GT(with.layout.reference.placed(), 0u);
      EXPECT_EQ(without.layout.reference.placed(), 0u);
      expect_clear_of_journal(with);
    }
  }
}

TEST(ReferenceLabels, RankedByPopulationAndDeterministic) {
  const Drawn a = draw(alberta(), true, atlas());
  const Drawn b = draw(alberta(), true, atlas());
  EXPECT_EQ(named_towns(a.layout.reference), named_towns(b.layout.reference));
  const auto& places = a.layout.reference.places;
  for (std::size_t i = 1; i < places.size(); ++i)
    EXPECT_GE(places[i - 1].population, places[i].population);
  // Calgary and Edmonton are the journal's; the next towns of Alberta are named.
  const std::vector<std::string> names = named_towns(a.layout.reference);
  EXPECT_EQ(std::find(names.begin(), names.end(), "Calgary"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "Red Deer"), names.end());
}

TEST(ReferenceLabels, InChineseWithLangZhWhereGeoNamesHasAChineseName) {
  const Drawn english = draw(alberta(), true, atlas());
  const Drawn chinese = draw(alberta(), true, atlas(), true);
  const std::vector<std::string> names = named_towns(chinese.layout.reference);
  EXPECT_NE(std::find(names.begin(), names.end(), "红鹿市"), names.end());  // Red Deer
  EXPECT_EQ(std::find(names.begin(), names.end(), "Red Deer"), names.end());
  // The same towns, in the same order; the journal's own labels are not touched.
  ASSERT_EQ(english.layout.reference.places.size(), chinese.layout.reference.places.size());
  for (std::size_t i = 0; i < english.layout.reference.places.size(); ++i) {
    EXPECT_EQ(english.layout.reference.places[i].page.x, chinese.layout.reference.places[i].page.x);
    EXPECT_EQ(english.layout.reference.places[i].page.y, chinese.layout.reference.places[i].page.y);
  }
  const auto& a = english.layout.labels.placements;
  const auto& b = chinese.layout.labels.placements;
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].box, b[i].box);
  expect_clear_of_journal(chinese);
}

TEST(ReferenceLabels, NoneOnMapsOfContinentsAndTheWorld) {
  MapRequest world = alberta();
  world.bbox = LonLatBox{-180, -60, 180, 85};
  EXPECT_EQ(draw(world, true, atlas()).layout.reference.places.size(), 0u);
  MapRequest continent = alberta();
  continent.entries.push_back(entry(-72.5199, 42.3732, "Conference", "Amherst", "2024-08-12"));
  EXPECT_EQ(draw(continent, true, atlas()).layout.reference.places.size(), 0u);
}

TEST(ReferenceLabels, StyleKeyIsParsedAndCanSwitchThemOff) {
  const Style s = parse_style(R"({"reference": {"size_pt": 7, "color": "#808080"}})");
  EXPECT_DOUBLE_EQ(s.reference.size_pt, 7);
  EXPECT_THROW(parse_style(R"({"reference": {"sise_pt": 7}})"), StyleError);
  for (const char* name : {"atlas", "night", "vintage"}) {
    const Style bundled = load_style(name);
    EXPECT_LT(bundled.reference.size_pt, bundled.label.size_pt) << name;
  }
  const Style off = parse_style(R"({"reference": {"color": "#00000000"}})");
  EXPECT_EQ(draw(banff_alone(), true, off).layout.reference.placed(), 0u);
}

}  // namespace
}  // namespace footprint::render
