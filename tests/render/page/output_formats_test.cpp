// PNG, SVG and PDF output through the real binary, checked by real readers: rsvg-convert for
// SVG, poppler's pdfinfo and pdffonts for PDF. The same input must give the same bytes.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <vector>

#include "render/page/cairo_ptr.hpp"
#include "render/page/png_writer.hpp"
#include "tests/cli/run_footprint.hpp"
#include "tests/core/temp_dir.hpp"

namespace footprint::render {
namespace {

namespace fs = std::filesystem;
const std::string kJournal =
    std::string(FOOTPRINT_SOURCE_DIR) + "/tests/render/cases/antimeridian/journal.geojson";

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Every test has its own folder (its out.txt and err.txt were shared under ctest -j).
class OutputFormats : public ::testing::Test {
 protected:
  int draw(const std::vector<std::string>& extra, const fs::path& out) const;
  test::TempDir dir_;
  const fs::path kOut = dir_.path();
};

int OutputFormats::draw(const std::vector<std::string>& extra, const fs::path& out) const {
  std::vector<std::string> args{"--journal",      kJournal, "map",       "--title",
                                "太平洋 Pacific", "-o",     out.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return test::wait_exit_code(
      test::start_footprint(args, {}, (kOut / "out.txt").string(), (kOut / "err.txt").string()));
}

// Runs a shell command and returns what it printed (stdout), or "" with ok=false on failure.
std::string capture(const std::string& command, bool& ok) {
  std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), pclose);
  std::string out;
  std::array<char, 4096> buffer{};
  while (pipe && fgets(buffer.data(), buffer.size(), pipe.get()) != nullptr) out += buffer.data();
  ok = pipe && pclose(pipe.release()) == 0;
  return out;
}

TEST_F(OutputFormats, PdfHasTheExactPaperSizeAndEmbeddedFonts) {
  const fs::path pdf = kOut / "a4.pdf";
  ASSERT_EQ(draw({"--paper", "A4", "--landscape"}, pdf), 0) << read_bytes(kOut / "err.txt");
  bool ok = false;
  const std::string info = capture("pdfinfo '" + pdf.string() + "'", ok);
  ASSERT_TRUE(ok) << info;
  EXPECT_NE(info.find("Page size:       841.89 x 595.276 pts (A4)"), std::string::npos) << info;
  const std::string fonts = capture("pdffonts '" + pdf.string() + "'", ok);
  ASSERT_TRUE(ok);
  std::istringstream lines(fonts);
  std::string line;
  int font_lines = 0;
  while (std::getline(lines, line)) {
    if (++font_lines <= 2) continue;  // header
    EXPECT_NE(line.find(" yes "), std::string::npos) << "font not embedded: " << line;
  }
  EXPECT_GT(font_lines, 3) << fonts;  // Latin and CJK fonts at least
}

// Mean colour of each `block` x `block` pixel square of a PNG, row by row, as 0..255 per channel.
std::vector<std::array<double, 3>> block_means(const fs::path& png, int block, int& width,
                                               int& height) {
  CairoSurfacePtr image(cairo_image_surface_create_from_png(png.c_str()));
  EXPECT_EQ(cairo_surface_status(image.get()), CAIRO_STATUS_SUCCESS) << png;
  width = cairo_image_surface_get_width(image.get());
  height = cairo_image_surface_get_height(image.get());
  const unsigned char* data = cairo_image_surface_get_data(image.get());
  const int stride = cairo_image_surface_get_stride(image.get());
  std::vector<std::array<double, 3>> means;
  for (int by = 0; by + block <= height; by += block) {
    for (int bx = 0; bx + block <= width; bx += block) {
      std::array<double, 3> sum{};
      for (int y = by; y < by + block; ++y) {
        for (int x = bx; x < bx + block; ++x) {
          const std::uint32_t v =
              reinterpret_cast<const std::uint32_t*>(data + std::ptrdiff_t{y} * stride)[x];
          sum[0] += (v >> 16) & 0xff;
          sum[1] += (v >> 8) & 0xff;
          sum[2] += v & 0xff;
        }
      }
      for (double& c : sum) c /= block * block;
      means.push_back(sum);
    }
  }
  return means;
}

// The SVG shows what the PNG shows: read by another program (rsvg-convert) at the PNG's size,
// its 20 x 20 pixel blocks have the PNG's colours, where a blank, half-drawn or shifted SVG
// differs in many. (A file size over 10 kB said none of that.)
TEST_F(OutputFormats, SvgIsReadByRsvgAndShowsWhatThePngShows) {
  const fs::path svg = kOut / "map.svg", png = kOut / "map.png";
  ASSERT_EQ(draw({"--size", "800x500"}, svg), 0) << read_bytes(kOut / "err.txt");
  ASSERT_EQ(draw({"--size", "800x500"}, png), 0) << read_bytes(kOut / "err.txt");
  bool ok = false;
  const fs::path raster = kOut / "map_from_svg.png";
  const std::string out = capture("rsvg-convert -w 800 -h 500 -b white -o '" + raster.string() +
                                      "' '" + svg.string() + "' 2>&1",
                                  ok);
  ASSERT_TRUE(ok) << out;
  int w = 0, h = 0, sw = 0, sh = 0;
  const auto drawn = block_means(png, 20, w, h);
  const auto read = block_means(raster, 20, sw, sh);
  ASSERT_EQ(w, 800);
  ASSERT_EQ(h, 500);
  ASSERT_EQ(sw, w);
  ASSERT_EQ(sh, h);
  ASSERT_EQ(read.size(), drawn.size());
  std::size_t differing = 0, varied = 0;
  double worst = 0;
  for (std::size_t i = 0; i < drawn.size(); ++i) {
    double diff = 0;
    for (int c = 0; c < 3; ++c) diff = std::max(diff, std::abs(drawn[i][c] - read[i][c]));
    worst = std::max(worst, diff);
    if (diff > 12) ++differing;
    for (int c = 0; c < 3; ++c) varied += std::abs(drawn[i][c] - drawn[0][c]) > 12 ? 1 : 0;
  }
  EXPECT_GT(varied, drawn.size() / 4) << "the map itself is nearly blank";
  EXPECT_EQ(differing, 0u) << "of " << drawn.size() << " blocks; the worst differs by " << worst;
}

TEST_F(OutputFormats, SameInputGivesByteIdenticalFiles) {
  for (const std::string ext : {".png", ".svg", ".pdf"}) {
    const fs::path a = kOut / ("first" + ext), b = kOut / ("second" + ext);
    ASSERT_EQ(draw({"--size", "600x400"}, a), 0);
    ASSERT_EQ(draw({"--size", "600x400"}, b), 0);
    EXPECT_TRUE(read_bytes(a) == read_bytes(b)) << ext << " differs between runs";
  }
}

// IHDR's colour type: 2 is RGB, 6 is RGB with alpha.
int png_colour_type(const fs::path& png) {
  return static_cast<unsigned char>(read_bytes(png).at(25));
}

TEST_F(OutputFormats, OpaqueMapIsWrittenWithoutAlphaAndTransparencySurvives) {
  const fs::path map = kOut / "opaque.png";
  ASSERT_EQ(draw({"--size", "600x400"}, map), 0);
  EXPECT_EQ(png_colour_type(map), 2);

  // A surface with a transparent and a half-transparent pixel keeps its alpha, unpremultiplied.
  CairoSurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 4, 1));
  CairoPtr cr(cairo_create(surface.get()));
  cairo_set_source_rgba(cr.get(), 1.0, 0.5, 0.0, 0.5);
  cairo_rectangle(cr.get(), 1, 0, 1, 1);
  cairo_fill(cr.get());
  const fs::path translucent = kOut / "translucent.png";
  write_png(surface.get(), translucent);
  EXPECT_EQ(png_colour_type(translucent), 6);
  CairoSurfacePtr back(cairo_image_surface_create_from_png(translucent.c_str()));
  ASSERT_EQ(cairo_surface_status(back.get()), CAIRO_STATUS_SUCCESS);
  const auto* pixels =
      reinterpret_cast<const std::uint32_t*>(cairo_image_surface_get_data(back.get()));
  EXPECT_EQ(pixels[0], 0x00000000u);
  EXPECT_EQ(pixels[1] >> 24, 0x80u);               // alpha 0.5
  EXPECT_NEAR((pixels[1] >> 16) & 0xff, 0x80, 1);  // red 1.0, premultiplied again by Cairo
}

TEST_F(OutputFormats, UnknownExtensionIsAUsageError) {
  const fs::path gif = kOut / "map.gif";
  EXPECT_EQ(draw({}, gif), 2);
  EXPECT_EQ(read_bytes(kOut / "err.txt"), "footprint: error: cannot tell the format of \"" +
                                              gif.string() + "\": use .png, .svg or .pdf\n");
  EXPECT_FALSE(fs::exists(gif));
}

}  // namespace
}  // namespace footprint::render
