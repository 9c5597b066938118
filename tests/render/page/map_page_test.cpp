// The page of `footprint map` as a user sees it: what became of every entry is said on standard
// error, places off the frame are in the legend whatever chose the frame, the default title, and
// the symbol key under the map.
#include <gtest/gtest.h>

#include "core/data_paths.hpp"
#include "core/journal_file.hpp"
#include "render/page/map_page.hpp"
#include "render/page/map_report.hpp"
#include "tests/cli/run_footprint.hpp"
#include "tests/core/temp_dir.hpp"
#include "tests/render/image_probe.hpp"

namespace footprint::render {
namespace {

const std::string kSample = std::string(FOOTPRINT_SOURCE_DIR) + "/samples/2024.geojson";

TEST(MapPage, SaysWhatBecameOfEveryEntry) {
  footprint::test::TempDir dir;
  const auto out = (dir / "m.png").string();
  auto r =
      footprint::test::run_footprint({"map", "--size", "1000x600", "-o", out}, kSample, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.substr(0, r.err.find(": 26 entries")), "footprint: " + out);
  EXPECT_NE(r.err.find(", 1 off the map\n"), std::string::npos) << r.err;  // Vienna, cancelled
  // Round the South Pole nothing of the sample is on the map: all 26 are listed, none silently
  // lost.
  r = footprint::test::run_footprint(
      {"map", "--center", "0,-90", "--radius", "5000", "--size", "1000x600", "-o", out}, kSample,
      dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err,
            "footprint: " + out +
                ": 26 entries: 0 drawn, 0 labelled, 26 in the legend (16 of them counted in its "
                "last line), 26 off the map\n");
}

TEST(MapPage, AProjectionParameterThatIsNotANumberIsAUsageError) {
  footprint::test::TempDir dir;
  const auto out = (dir / "m.png").string();
  const auto r = footprint::test::run_footprint(
      {"map", "--projection", "+proj=laea +lon_0=.", "--size", "400x300", "-o", out}, kSample,
      dir.path());
  EXPECT_EQ(r.exit_code, 2);  // was 70, an exception from std::stod
  EXPECT_EQ(
      r.err,
      "footprint: error: invalid projection \"+proj=laea +lon_0=.\": +lon_0=. is not a number\n");
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(MapPage, PlacesOffAFrameChosenByHandAreInTheLegend) {
  MapRequest request;
  request.entries = core::JournalFile(kSample).load().entries();
  request.centre = core::LonLat{0, -90};
  request.radius_km = 5000;
  const PageSize size = parse_pixel_size("1200x800", 72);
  test::ImageProbe probe(1200, 800);
  const MapDrawing d =
      draw_map_page(probe.cr(), size, request, load_style("atlas"), {}, core::data_dir());
  ASSERT_EQ(d.legend_items.size(), 26u);
  for (const LegendItem& item : d.legend_items) {
    EXPECT_NE(item.text.find("(not on this map)"), std::string::npos) << item.text;
  }
}

// With --lang zh the legend speaks Chinese like the key: its group rows, the places off the map
// and its last line, which the report repeats.
TEST(MapPage, TheLegendSpeaksTheMapsLanguage) {
  MapRequest request;
  request.entries = core::JournalFile(kSample).load().entries();
  request.bbox = LonLatBox{-180, -85, 180, 85};
  const PageSize size = parse_pixel_size("1200x700", 144);
  test::ImageProbe probe(1200, 700, 2);
  PageOptions options;
  options.language = Language::zh;
  const MapDrawing d =
      draw_map_page(probe.cr(), size, request, load_style("atlas"), options, core::data_dir());
  std::size_t groups = 0;
  for (const LegendItem& item : d.legend_items) {
    if (item.group_count == 0) continue;
    ++groups;
    EXPECT_TRUE(item.text.ends_with(" · " + std::to_string(item.group_count) + " 条记录"))
        << item.text;
  }
  EXPECT_GE(groups, 1u);
  ASSERT_GT(d.legend.more, 0u);
  EXPECT_EQ(legend_more_text(d.legend.more, d.language),
            "……另有 " + std::to_string(d.legend.more) + " 项");
  EXPECT_EQ(map_report(d)["legend"]["more_text"],
            "……另有 " + std::to_string(d.legend.more) + " 项");

  request.bbox.reset();
  request.centre = core::LonLat{0, -90};
  request.radius_km = 5000;
  const MapDrawing off =
      draw_map_page(probe.cr(), size, request, load_style("atlas"), options, core::data_dir());
  ASSERT_FALSE(off.legend_items.empty());
  EXPECT_TRUE(off.legend_items.front().text.ends_with("（不在地图上）"))
      << off.legend_items.front().text;
}

TEST(MapPage, TheKeyStandsUnderTheMapAndSaysWhatTheMapShows) {
  MapRequest request;
  request.entries = core::JournalFile(kSample).load().entries();
  const PageSize size = parse_pixel_size("1600x1000", 72);
  test::ImageProbe probe(1600, 1000);
  PageOptions options;
  const MapDrawing d =
      draw_map_page(probe.cr(), size, request, load_style("atlas"), options, core::data_dir());
  ASSERT_GE(d.key.items.size(), 5u);  // months, a stay of several days, planned, cancelled, route
  const Frame& map = d.plan.viewport.frame();
  for (const KeyItem& item : d.key.items) EXPECT_GT(item.box.y0, map.bottom()) << item.text;
  options.key = false;
  test::ImageProbe plain(1600, 1000);
  EXPECT_TRUE(
      draw_map_page(plain.cr(), size, request, load_style("atlas"), options, core::data_dir())
          .key.items.empty());
}

}  // namespace
}  // namespace footprint::render
