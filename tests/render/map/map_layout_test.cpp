// Where things go on a map: places where PROJ puts them, labels that never collide or leave
// the frame, every place labelled or in the legend, a scale bar that is true at the centre.
#include <cairo.h>
#include <gtest/gtest.h>
#include <proj.h>

#include <cmath>
#include <cstdint>
#include <memory>

#include "core/data_paths.hpp"
#include "core/journal_file.hpp"
#include "render/geo/great_circle.hpp"
#include "render/map/furniture.hpp"
#include "render/map/scale_bar.hpp"
#include "render/page/map_page.hpp"

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
  return core::JournalFile(std::string(FOOTPRINT_SOURCE_DIR) + "/" + relative_path)
      .load()
      .entries();
}

std::vector<core::Entry> sample_year() {
  return load_entries("samples/2024.geojson");
}

// Draws a whole page as `footprint map` does, into a raster of the page's size.
MapDrawing draw_page(const PageSize& size, const MapRequest& request, const Style& style,
                     const PageOptions& options = {}) {
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, size.width_px(), size.height_px()),
      cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  cairo_scale(cr.get(), size.dpi / 72, size.dpi / 72);
  return draw_map_page(cr.get(), size, request, style, options, core::data_dir());
}

bool finite(const Box& b) {
  return std::isfinite(b.x0) && std::isfinite(b.y0) && std::isfinite(b.x1) && std::isfinite(b.y1);
}

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
  Style style =
      parse_style(R"({"markers": {"month_colors": ["#ff00ff","#ff00ff","#ff00ff","#ff00ff",
      "#ff00ff","#ff00ff","#ff00ff","#ff00ff","#ff00ff","#ff00ff","#ff00ff","#ff00ff"],
      "outline": {"width_pt": 0}, "number": {"color": "#ff00ff"}}, "route": {"width_pt": 0}})");
  const PageSize size = parse_pixel_size("1200x900", 144);
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, size.width_px(), size.height_px()),
      cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  cairo_scale(cr.get(), size.dpi / 72, size.dpi / 72);
  const MapDrawing drawing = draw_map_page(cr.get(), size, request, style, {}, core::data_dir());
  cairo_surface_flush(surface.get());

  const XY expected_pt =
      drawing.plan.viewport.to_page(proj_metres(drawing.plan.choice.proj, calgary));
  const XY expected_px{expected_pt.x * size.dpi / 72, expected_pt.y * size.dpi / 72};
  // The centroid of the magenta disc around the expected spot.
  const unsigned char* data = cairo_image_surface_get_data(surface.get());
  const int stride = cairo_image_surface_get_stride(surface.get());
  double sx = 0, sy = 0, n = 0;
  for (int y = int(expected_px.y) - 30; y <= int(expected_px.y) + 30; ++y) {
    for (int x = int(expected_px.x) - 30; x <= int(expected_px.x) + 30; ++x) {
      const unsigned char* p =
          data + std::ptrdiff_t{y} * stride + 4 * std::ptrdiff_t{x};  // B, G, R, X
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
  // A place is named by its own label or listed (a group marker's places are listed under the
  // group's row); most markers, groups included, have a label.
  std::size_t own_labels = 0, labels = 0;
  for (std::size_t k = 0; k < layout.labels.placements.size(); ++k) {
    if (!layout.labels.placements[k].placed) continue;
    ++labels;
    for (std::size_t i : layout.labels.named[k]) own_labels += layout.markers[i].is_group() ? 0 : 1;
  }
  EXPECT_EQ(own_labels + layout.unlabelled.size(), plan.places.size());
  EXPECT_GT(labels, layout.markers.size() / 2);
}

// The bar's length measured on the ground where the bar stands (its middle at `at`).
double ground_km(const MapPlan& plan, const ScaleBar& bar, XY at) {
  const auto a =
      plan.projection.inverse(plan.viewport.to_metres(XY{at.x - bar.length_pt / 2, at.y}));
  const auto b =
      plan.projection.inverse(plan.viewport.to_metres(XY{at.x + bar.length_pt / 2, at.y}));
  return geodesic_km(*a, *b);
}

TEST(MapLayout, ScaleBarIsTrueWhereItStands) {
  MapRequest request;
  request.bbox = LonLatBox{-120.5, 48.8, -109.5, 60.2};
  const MapPlan plan = plan_map(request, Frame{0, 0, 600, 700});
  const XY at{80, 650};  // bottom left, where furniture puts it
  const auto bar = choose_scale_bar(plan, 120, at);
  ASSERT_TRUE(bar);
  EXPECT_LT(scale_variation(plan), kScaleVariesBy);
  EXPECT_EQ(bar->label, std::to_string(int(bar->distance)) + " km");
  EXPECT_LE(bar->length_pt, 120);
  EXPECT_GT(bar->length_pt, 120 * 0.4);
  EXPECT_NEAR(ground_km(plan, *bar, at), bar->distance, bar->distance * 0.002);
  EXPECT_DOUBLE_EQ(round_down_nice(740), 500);
  EXPECT_DOUBLE_EQ(round_down_nice(199), 100);
  EXPECT_DOUBLE_EQ(round_down_nice(2.5), 2);
}

TEST(MapLayout, ScaleBarOfAVaryingProjectionSaysWhereItIsTrue) {
  // Web Mercator from 30° to 60° N: a kilometre at 60° is twice as long on the page as at 30°.
  MapRequest request;
  request.bbox = LonLatBox{-20, 30, 40, 60};
  request.projection = "EPSG:3857";
  const MapPlan plan = plan_map(request, Frame{0, 0, 800, 600});
  EXPECT_GT(scale_variation(plan), 1.5);
  const XY bottom{100, 580};
  const auto bar = choose_scale_bar(plan, 120, bottom);
  ASSERT_TRUE(bar);
  const auto where = plan.projection.inverse(plan.viewport.to_metres(bottom));
  ASSERT_TRUE(where);
  EXPECT_EQ(bar->label, std::to_string(int(bar->distance)) + " km at " +
                            std::to_string(std::lround(where->lat)) + "° N");
  EXPECT_NEAR(ground_km(plan, *bar, bottom), bar->distance, bar->distance * 0.01);
  // Half a frame higher the same bar would be a third too long: why it says where it is true.
  EXPECT_GT(std::abs(ground_km(plan, *bar, {100, 200}) - bar->distance), bar->distance * 0.2);
}

TEST(MapLayout, NoScaleBarWhereOneLengthWouldMislead) {
  MapRequest request;
  request.centre = core::LonLat{-110, 45};
  request.radius_km = 10000;  // a hemisphere disc: the scale varies many times over
  const MapPlan plan = plan_map(request, Frame{0, 0, 800, 800});
  EXPECT_GT(scale_variation(plan), kScaleUselessBy);
  EXPECT_FALSE(choose_scale_bar(plan, 120, {400, 400}));
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

// The dense-cluster render case used to have a legend wider than its page: the map frame got a
// negative width, its scale bar a NaN length (which tripped Boost's R-tree in the asan build),
// and every place fell "outside" the frame.
TEST(MapLayout, DenseClusterOnASmallPageKeepsItsMapAndFiniteBoxes) {
  MapRequest request;
  request.entries = load_entries("tests/render/cases/dense-cluster/journal.geojson");
  PageOptions options;
  options.title = "京都 Kyoto: 60 places";
  const PageSize size = parse_pixel_size("900x700", 144);
  const MapDrawing drawing = draw_page(size, request, load_style("atlas"), options);
  const Style atlas = load_style("atlas");
  const double inner_width = size.width_pt - 2 * atlas.margin_mm * 72 / 25.4;
  EXPECT_GE(drawing.page.map.width, inner_width * (1 - kLegendShare) - 20);
  EXPECT_EQ(drawing.layout.labels.stats.dropped_fixed, 0u);
  ASSERT_TRUE(drawing.layout.furniture.scale_bar);
  EXPECT_TRUE(finite(drawing.layout.furniture.scale_box));
  EXPECT_GT(drawing.layout.furniture.scale_bar->length_pt, 10);
  for (const MapPlace& place : drawing.plan.places)
    EXPECT_TRUE(place.in_frame) << place.entry.title;
}

// Suspected first for the NaN, and cleared: routes between one place, or places a hair apart
// or half the globe apart, are finite.
TEST(MapLayout, GreatCirclesBetweenAnyTwoPlacesAreFinite) {
  for (const auto& [a, b] : {std::pair<core::LonLat, core::LonLat>{{135.8, 35.05}, {135.8, 35.05}},
                             {{135.8, 35.05}, {135.8, 35.0500001}},
                             {{0, 0}, {180, 0}},
                             {{-113.5, 53.5}, {66.5, -53.5}}}) {
    const Path line = geodesic(a, b);
    ASSERT_GE(line.size(), 2u);
    for (const XY& p : line) EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
  }
}

TEST(MapLayout, NoScaleBarWithoutRoom) {
  EXPECT_EQ(round_down_nice(-10.8), 0);
  EXPECT_EQ(round_down_nice(std::nan("")), 0);
  MapRequest request;
  request.bbox = LonLatBox{-120.5, 48.8, -109.5, 60.2};
  const MapPlan plan = plan_map(request, Frame{0, 0, 600, 700});
  EXPECT_FALSE(choose_scale_bar(plan, -10.8, {100, 600}));
  EXPECT_FALSE(choose_scale_bar(plan, std::nan(""), {100, 600}));
}

TEST(MapLayout, CreditsAndScaleBarDoNotOverlapInANarrowFrame) {
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 10, 10), cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  const std::string credits =
      "Basemap: Natural Earth · Lakes © OpenStreetMap contributors (ODbL) · Places: GeoNames (CC "
      "BY 4.0)";
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

struct LegendPage {
  const char* journal;
  const char* size;  ///< pixels ("800x600") or paper ("105x148mm")
};

void PrintTo(const LegendPage& page, std::ostream* out) {
  *out << page.journal << " at " << page.size;
}

class LegendRule : public ::testing::TestWithParam<LegendPage> {};

// The legend takes at most 30 % of the page's width (beside) or height (below, on portrait
// pages), its text never goes below 6 pt, every row lies inside the legend's frame without
// overlapping another, and whatever is left out is counted in the "… and N more" line.
TEST_P(LegendRule, AtMostAThirdOfThePageAndNothingClipped) {
  const LegendPage& param = GetParam();
  MapRequest request;
  request.entries = load_entries(param.journal);
  const std::string text = param.size;
  const PageSize size = text.find("mm") != std::string::npos ? parse_paper(text, 150, false)
                                                             : parse_pixel_size(text, 144);
  const Style style = load_style("atlas");
  PageOptions options;
  options.title = "2024";
  const MapDrawing drawing = draw_page(size, request, style, options);
  const PageLayout& page = drawing.page;
  const LegendLayout& legend = drawing.legend;
  ASSERT_FALSE(drawing.legend_items.empty()) << "a case without a legend tests nothing";
  const double margin = page_margin(size, style);
  const double inner_width = size.width_pt - 2 * margin;
  const double key_band = page.key.height > 0 ? page.key.height + margin * 0.4 : 0;
  const double room_height =
      page.page.height - 2 * margin - (page.title.height + margin * 0.6) - key_band;
  // Beside or below, whichever leaves the larger map; at most its share either way.
  const bool beside = page.legend.x >= page.map.right();
  if (beside) {
    EXPECT_LE(page.legend.width, kLegendShare * inner_width + 1e-6);
    EXPECT_GT(page.map.width, 0.6 * inner_width);
  } else {
    EXPECT_LE(page.legend.height, kLegendShare * room_height + 1e-6);
    EXPECT_GE(page.legend.y, page.map.bottom());
    EXPECT_DOUBLE_EQ(page.legend.width, inner_width);
    EXPECT_GT(page.map.height, 0.6 * room_height);
  }
  EXPECT_GE(legend.font_pt, std::min(style.legend.size_pt, kLegendMinPt));
  const Box frame{page.legend.x, page.legend.y, page.legend.right(), page.legend.bottom()};
  ASSERT_FALSE(legend.rows.empty());
  for (std::size_t i = 0; i < legend.rows.size(); ++i) {
    EXPECT_TRUE(legend.rows[i].box.inside(frame)) << drawing.legend_items[legend.rows[i].item].text;
    for (std::size_t j = 0; j < i; ++j)
      EXPECT_FALSE(legend.rows[i].box.intersects(legend.rows[j].box));
    EXPECT_EQ(legend.rows[i].item, i) << "rows follow the items' order";
  }
  // Every place row is shown or counted in "… and N more" (group rows sum up others: they are
  // not counted).
  std::size_t places = 0, shown = 0;
  for (const LegendItem& item : drawing.legend_items) places += item.group_count == 0 ? 1 : 0;
  for (const LegendRow& row : legend.rows) {
    shown += drawing.legend_items[row.item].group_count == 0 ? 1 : 0;
  }
  EXPECT_EQ(shown + legend.more, places);
  if (legend.more > 0) {
    EXPECT_TRUE(legend.more_box.inside(frame));
    for (const LegendRow& row : legend.rows) EXPECT_FALSE(row.box.intersects(legend.more_box));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Pages, LegendRule,
    ::testing::Values(LegendPage{"samples/2024.geojson", "800x600"},
                      LegendPage{"samples/2024.geojson", "105x148mm"},
                      LegendPage{"samples/2024.geojson", "148x105mm"},
                      LegendPage{"samples/2024.geojson", "1000x620"},
                      LegendPage{"tests/render/cases/dense-cluster/journal.geojson", "900x700"},
                      LegendPage{"tests/render/cases/dense-cluster/journal.geojson", "105x148mm"}),
    [](const auto& info) {
      std::string name = std::string(info.param.size) + (info.index >= 4 ? "_cluster" : "_year");
      for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
      return name;
    });

// A page drawn into an image, kept for looking at its pixels.
struct PageImage {
  PageImage(const PageSize& size, const MapRequest& request, const Style& style)
      : surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, size.width_px(), size.height_px()),
                cairo_surface_destroy),
        px_per_pt(size.dpi / 72),
        drawing([&] {
          std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()),
                                                                cairo_destroy);
          cairo_scale(cr.get(), px_per_pt, px_per_pt);
          return draw_map_page(cr.get(), size, request, style, {}, core::data_dir());
        }()) {}
  // 0xRRGGBB at a point of the page.
  unsigned rgb(double x_pt, double y_pt) const {
    cairo_surface_flush(surface.get());
    const int x = static_cast<int>(x_pt * px_per_pt), y = static_cast<int>(y_pt * px_per_pt);
    const unsigned char* row = cairo_image_surface_get_data(surface.get()) +
                               std::ptrdiff_t{y} * cairo_image_surface_get_stride(surface.get());
    return reinterpret_cast<const std::uint32_t*>(row)[x] & 0xffffff;
  }
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface;
  double px_per_pt;
  MapDrawing drawing;
};

// Land, sea and coast in colours a test can tell apart; nothing else drawn on the map.
Style plain_style() {
  return parse_style(R"({"background": "#ffffff", "ocean": "#0000ff", "lakes": "#0000ff",
      "land": "#00ff00", "coast": {"color": "#ff00ff", "width_pt": 1.5},
      "borders": {"width_pt": 0}, "states": {"width_pt": 0}, "graticule": {"width_pt": 0},
      "frame": {"color": "#000000", "width_pt": 1}})");
}

// 10,000 km round Alberta: Lambert's azimuthal projection centred there, showing the
// hemisphere as a disc on the page; beyond it, the page, not sea or land smeared from the far
// side of the globe.
TEST(MapLayout, HemisphereMapIsADiscCentredWhereAsked) {
  MapRequest request;
  request.centre = core::LonLat{-110, 45};
  request.radius_km = 10000;
  const PageImage image(parse_pixel_size("1000x800", 144), request, plain_style());
  const MapPlan& plan = image.drawing.plan;
  EXPECT_EQ(plan.choice.proj, "+proj=laea +lat_0=45 +lon_0=-110");
  ASSERT_TRUE(plan.projection.visible_cap());
  EXPECT_DOUBLE_EQ(plan.projection.visible_cap()->radius_deg, 90);
  const Frame& f = plan.viewport.frame();
  for (const XY corner : {XY{f.x + 3, f.y + 3}, XY{f.right() - 3, f.y + 3},
                          XY{f.x + 3, f.bottom() - 3}, XY{f.right() - 3, f.bottom() - 3}}) {
    EXPECT_EQ(image.rgb(corner.x, corner.y), 0xffffffu) << corner.x << "," << corner.y;
  }
  // The disc's rim lies where PROJ puts the points 90° from the centre (within a pixel), sea
  // or land inside it, page outside.
  for (double bearing = 0; bearing < 360; bearing += 45) {
    const core::LonLat rim = destination({-110, 45}, 90, bearing);
    const XY edge = plan.viewport.to_page(*plan.projection.forward(rim));
    const XY c = f.centre();
    const double dx = edge.x - c.x, dy = edge.y - c.y, r = std::hypot(dx, dy);
    const unsigned inside = image.rgb(edge.x - dx / r * 3, edge.y - dy / r * 3);
    const unsigned outside = image.rgb(edge.x + dx / r * 3, edge.y + dy / r * 3);
    EXPECT_TRUE(inside == 0x0000ffu || inside == 0x00ff00u)
        << bearing << ": " << std::hex << inside;
    if (edge.x + dx / r * 3 < f.right() && edge.y + dy / r * 3 < f.bottom() &&
        edge.y + dy / r * 3 > f.y) {
      EXPECT_EQ(outside, 0xffffffu) << bearing;
    }
  }
}

// A hemisphere round Alberta reaches over the pole to Siberia. The map used to be cut at the
// antimeridian of its central meridian (70°E) as world maps are, and that cut, stroked as coast,
// stood as a line from the top of the map down to the Kara Sea (issue 4's 7,000 km example).
TEST(MapLayout, HemisphereMapHasNoSeamBeyondThePole) {
  MapRequest request;
  request.centre = core::LonLat{-110, 45};
  request.radius_km = 8500;
  const PageImage image(parse_pixel_size("1000x800", 144), request, plain_style());
  const MapPlan& plan = image.drawing.plan;
  const XY pole = plan.viewport.to_page(*plan.projection.forward({70, 90}));
  const Frame& f = plan.viewport.frame();
  ASSERT_GT(pole.y, f.y + 40) << "the frame should reach over the pole";
  const auto magenta = [](unsigned rgb) {
    return (rgb >> 16) > 180 && ((rgb >> 8) & 0xff) < 100 && (rgb & 0xff) > 180;
  };
  // Down the meridian 70°E (straight up from the pole on this map), row by row.
  int run = 0, longest = 0, land_rows = 0;
  for (double y = f.y + 2; y < pole.y - 2; y += 0.5) {
    bool coast = false;
    for (double dx : {-0.5, 0.0, 0.5}) coast = coast || magenta(image.rgb(pole.x + dx, y));
    run = coast ? run + 1 : 0;
    longest = std::max(longest, run);
    land_rows += image.rgb(pole.x, y) == 0x00ff00u ? 1 : 0;
  }
  // West Siberia lies under the meridian up to the Kara Sea, some 50 rows of half a point; a
  // coast crossing it takes a few (the Yamal peninsula's, running north and south, ten).
  EXPECT_GT(land_rows, 30) << "Siberia should be under the meridian";
  EXPECT_LT(longest, 20) << "a coast line runs along the meridian";
}

TEST(MapLayout, PlacesBeyondTheCapAreNotOnTheMap) {
  MapRequest request;
  request.entries = sample_year();
  request.centre = core::LonLat{-65, -35};  // Argentina: Edmonton and Vienna are past 90°
  request.radius_km = 9000;
  const MapPlan plan = plan_map(request, Frame{0, 0, 600, 500});
  ASSERT_TRUE(plan.projection.visible_cap());
  for (const MapPlace& p : plan.places) {
    const bool near = angle_between_deg({-65, -35}, p.entry.anchor()) < 90;
    EXPECT_EQ(p.in_frame, near) << p.entry.title;
  }
  // Maps that are not azimuthal keep the whole globe (and the antimeridian cut).
  MapRequest world;
  world.bbox = LonLatBox{-180, -90, 180, 90};
  EXPECT_FALSE(plan_map(world, Frame{0, 0, 600, 300}).projection.visible_cap());
}

}  // namespace
}  // namespace footprint::render
