// --layer FILE[:LAYER]: extra vector layers from any file GDAL reads, drawn over the basemap by
// the real binary (GDAL is loaded as a module only for them). Pixels are read back from the PNG.
#include <cairo.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

#include "render/page/cairo_ptr.hpp"
#include "tests/cli/run_footprint.hpp"
#include "tests/core/temp_dir.hpp"

namespace footprint::render {
namespace {

namespace fs = std::filesystem;
// Alberta; the journal's places (Pacific) are all outside it, so the middle of the map is bare
// land.
const std::vector<std::string> kAlberta{"--bbox", "-120,49,-110,60", "--size", "600x600"};

std::string read_text(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Every test has its own folder: under ctest -j the three tests ran at once and shared
// out.txt, err.txt and park.geojson (2 failures in 60 rounds).
class ExtraLayer : public ::testing::Test {
 protected:
  test::RunResult draw(const std::vector<std::string>& extra, const fs::path& out) const;
  fs::path write_park() const;
  test::TempDir dir_;
  const fs::path kOut = dir_.path();
};

test::RunResult ExtraLayer::draw(const std::vector<std::string>& extra, const fs::path& out) const {
  // No title, key or legend: the frame keeps the place the pixels below were chosen for.
  // An empty journal: places off the frame would be listed in a legend beside it.
  const fs::path journal = kOut / "empty.geojson";
  std::ofstream(journal) << R"({"type": "FeatureCollection", "features": []})";
  std::vector<std::string> args{"--journal", journal.string(), "map", "--no-title", "--no-key",
                                "-o",        out.string()};
  args.insert(args.end(), kAlberta.begin(), kAlberta.end());
  args.insert(args.end(), extra.begin(), extra.end());
  test::RunResult r;
  r.exit_code = test::wait_exit_code(
      test::start_footprint(args, {}, (kOut / "out.txt").string(), (kOut / "err.txt").string()));
  r.out = read_text(kOut / "out.txt");
  r.err = read_text(kOut / "err.txt");
  return r;
}

struct Rgb {
  int r, g, b;
};
Rgb pixel(const fs::path& png, int x, int y) {
  CairoSurfacePtr surface(cairo_image_surface_create_from_png(png.c_str()));
  EXPECT_EQ(cairo_surface_status(surface.get()), CAIRO_STATUS_SUCCESS) << png;
  const unsigned char* row = cairo_image_surface_get_data(surface.get()) +
                             std::ptrdiff_t{y} * cairo_image_surface_get_stride(surface.get());
  const std::uint32_t v = reinterpret_cast<const std::uint32_t*>(row)[x];
  return {static_cast<int>((v >> 16) & 0xff), static_cast<int>((v >> 8) & 0xff),
          static_cast<int>(v & 0xff)};
}

// A "park" polygon over the middle of Alberta, as GeoJSON.
fs::path ExtraLayer::write_park() const {
  fs::path file = kOut / "park.geojson";
  std::ofstream(file)
      << R"({"type":"FeatureCollection","name":"parks","features":[{"type":"Feature",)"
      << R"("properties":{"name":"Park"},"geometry":{"type":"Polygon","coordinates":)"
      << R"([[[-117,52],[-113,52],[-113,57],[-117,57],[-117,52]]]}}]})";
  return file;
}

TEST_F(ExtraLayer, PolygonIsFilledOverTheLandInTheStyleColour) {
  const fs::path park = write_park();
  const fs::path plain = kOut / "plain.png", with = kOut / "with_park.png";
  ASSERT_EQ(draw({}, plain).exit_code, 0) << read_text(kOut / "err.txt");
  const test::RunResult r = draw({"--layer", park.string()}, with);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The atlas style: land #f4efe1-ish under a quarter of extra_layer #2e7d32.
  const Rgb land = pixel(plain, 300, 300), green = pixel(with, 300, 300);
  const auto blend = [](int under, int over) {
    return static_cast<int>(std::lround(under * 0.75 + over * 0.25));
  };
  EXPECT_NEAR(green.r, blend(land.r, 0x2e), 2);
  EXPECT_NEAR(green.g, blend(land.g, 0x7d), 2);
  EXPECT_NEAR(green.b, blend(land.b, 0x32), 2);
  // Far outside the park (the south-west corner of the frame) nothing changed.
  const Rgb a = pixel(plain, 60, 540), b = pixel(with, 60, 540);
  EXPECT_EQ(std::tie(a.r, a.g, a.b), std::tie(b.r, b.g, b.b));
}

TEST_F(ExtraLayer, LayerInAnotherCrsIsReprojected) {
  const fs::path park = write_park();
  const fs::path mercator = kOut / "park_3857.gpkg";
  fs::remove(mercator);
  const std::string command =
      "ogr2ogr -q -f GPKG -t_srs EPSG:3857 '" + mercator.string() + "' '" + park.string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  const fs::path from_geojson = kOut / "park_4326.png", from_gpkg = kOut / "park_3857.png";
  ASSERT_EQ(draw({"--layer", park.string()}, from_geojson).exit_code, 0);
  const test::RunResult r = draw({"--layer", mercator.string() + ":parks"}, from_gpkg);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& [x, y] : std::vector<std::pair<int, int>>{{300, 300}, {60, 540}}) {
    const Rgb a = pixel(from_geojson, x, y), b = pixel(from_gpkg, x, y);
    EXPECT_NEAR(a.r, b.r, 2);
    EXPECT_NEAR(a.g, b.g, 2);
    EXPECT_NEAR(a.b, b.b, 2);
  }
}

TEST_F(ExtraLayer, MissingFileOrLayerIsAnIoErrorAndWritesNothing) {
  const fs::path park = write_park();
  const fs::path out = kOut / "never.png";
  fs::remove(out);
  const fs::path missing = kOut / "no such parks.shp";
  test::RunResult r = draw({"--layer", missing.string()}, out);
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_EQ(r.err, "footprint: error: cannot open vector file " + missing.string() + "\n");
  EXPECT_FALSE(fs::exists(out));
  EXPECT_FALSE(fs::exists(out.string() + ".tmp"));

  r = draw({"--layer", park.string() + ":rivers"}, out);
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_EQ(r.err, "footprint: error: no layer \"rivers\" in " + park.string() + "\n");
  EXPECT_FALSE(fs::exists(out));
}

}  // namespace
}  // namespace footprint::render
