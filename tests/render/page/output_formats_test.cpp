// PNG, SVG and PDF output through the real binary, checked by real readers: rsvg-convert for
// SVG, poppler's pdfinfo and pdffonts for PDF. The same input must give the same bytes.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "render/page/cairo_ptr.hpp"
#include "render/page/png_writer.hpp"
#include "tests/cli/run_footprint.hpp"
#include "tests/core/temp_dir.hpp"

namespace footprint::render {
namespace {

namespace fs = std::filesystem;
const std::string kJournal = std::string(FOOTPRINT_SOURCE_DIR) + "/tests/render/cases/antimeridian/journal.geojson";

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
  std::vector<std::string> args{"--journal", kJournal, "map", "--title", "太平洋 Pacific", "-o", out.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return test::wait_exit_code(test::start_footprint(args, {}, (kOut / "out.txt").string(), (kOut / "err.txt").string()));
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

TEST_F(OutputFormats, SvgIsReadByRsvg) {
  const fs::path svg = kOut / "map.svg";
  ASSERT_EQ(draw({"--size", "800x500"}, svg), 0) << read_bytes(kOut / "err.txt");
  bool ok = false;
  const std::string out = capture("rsvg-convert -o '" + (kOut / "map_from_svg.png").string() + "' '" + svg.string() + "' 2>&1", ok);
  EXPECT_TRUE(ok) << out;
  EXPECT_GT(fs::file_size(kOut / "map_from_svg.png"), 10000u);
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
int png_colour_type(const fs::path& png) { return static_cast<unsigned char>(read_bytes(png).at(25)); }

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
  const auto* pixels = reinterpret_cast<const std::uint32_t*>(cairo_image_surface_get_data(back.get()));
  EXPECT_EQ(pixels[0], 0x00000000u);
  EXPECT_EQ(pixels[1] >> 24, 0x80u);                 // alpha 0.5
  EXPECT_NEAR((pixels[1] >> 16) & 0xff, 0x80, 1);   // red 1.0, premultiplied again by Cairo
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
