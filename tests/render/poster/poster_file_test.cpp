// `footprint poster` as a user runs it: exact paper sizes (pdfinfo), fonts embedded (pdffonts),
// PNGs of the requested pixels, the same bytes for the same input, one file per year, and bad
// requests refused before anything is written.
#include <cairo.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <regex>

#include "tests/cli/run_footprint.hpp"
#include "tests/core/temp_dir.hpp"

namespace footprint::render {
namespace {

namespace fs = std::filesystem;
const std::string kSample = std::string(FOOTPRINT_SOURCE_DIR) + "/samples/2024.geojson";

std::string run_tool(const std::string& command) {
  std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), pclose);
  std::string out;
  char buffer[4096];
  while (pipe && fgets(buffer, sizeof buffer, pipe.get()) != nullptr) out += buffer;
  return out;
}

// "Page size:      841.89 x 1190.55 pts (A3)" -> {841.89, 1190.55}
std::pair<double, double> pdf_page_size(const fs::path& pdf) {
  const std::string info = run_tool("pdfinfo '" + pdf.string() + "'");
  std::smatch m;
  const std::regex size(R"(Page size:\s+([0-9.]+) x ([0-9.]+) pts)");
  if (!std::regex_search(info, m, size)) return {0, 0};
  return {std::stod(m[1].str()), std::stod(m[2].str())};
}

class PosterFile : public ::testing::Test {
 protected:
  test::TempDir dir;
  test::RunResult poster(std::vector<std::string> args, const std::string& journal = kSample) {
    args.insert(args.begin(), "poster");
    return test::run_footprint(args, journal, dir.path());
  }
};

TEST_F(PosterFile, PdfHasTheExactPaperSizeAndEveryFontEmbedded) {
  const fs::path out = dir / "2024.pdf";
  const auto r = poster({"-o", out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto [w, h] = pdf_page_size(out);
  EXPECT_NEAR(w, 297 * 72 / 25.4, 0.1);
  EXPECT_NEAR(h, 420 * 72 / 25.4, 0.1);
  const std::string fonts = run_tool("pdffonts '" + out.string() + "'");
  // Header, a rule, then one line per font whose "emb" column says yes.
  int lines = 0, embedded = 0;
  std::istringstream in(fonts);
  for (std::string line; std::getline(in, line);) {
    if (++lines <= 2) continue;
    embedded +=
        std::regex_search(line, std::regex(R"(\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$)")) ? 1
                                                                                               : 0;
  }
  EXPECT_GE(lines - 2, 2) << fonts;  // at least a serif and a sans
  EXPECT_EQ(embedded, lines - 2) << fonts;
}

using SurfacePtr = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

// Share of 4 x 4 pixel blocks whose mean colour differs by more than `threshold` (0..255) in a
// channel: glyph and line edges, which two rasterisers anti-alias differently, average out;
// a line or a label that one of them lacks does not.
double differing_blocks(cairo_surface_t* a, cairo_surface_t* b, int threshold) {
  constexpr int kBlock = 4;
  const int w = cairo_image_surface_get_width(a) / kBlock,
            h = cairo_image_surface_get_height(a) / kBlock;
  const int sa = cairo_image_surface_get_stride(a), sb = cairo_image_surface_get_stride(b);
  const unsigned char* da = cairo_image_surface_get_data(a);
  const unsigned char* db = cairo_image_surface_get_data(b);
  long differing = 0;
  for (int by = 0; by < h; ++by) {
    for (int bx = 0; bx < w; ++bx) {
      int sum[3] = {0, 0, 0};
      for (int y = by * kBlock; y < (by + 1) * kBlock; ++y) {
        for (int x = bx * kBlock; x < (bx + 1) * kBlock; ++x) {
          for (int c = 0; c < 3; ++c) sum[c] += da[y * sa + 4 * x + c] - db[y * sb + 4 * x + c];
        }
      }
      for (int s : sum) {
        if (std::abs(s) > threshold * kBlock * kBlock) {
          ++differing;
          break;
        }
      }
    }
  }
  return static_cast<double>(differing) / (static_cast<double>(w) * h);
}

// The PDF draws what the PNG draws: rasterised by poppler (another renderer than Cairo's image
// backend) at the PNG's pixels, they differ only at the edges of glyphs and lines.
TEST_F(PosterFile, PdfShowsWhatThePngShows) {
  const fs::path pdf = dir / "a3.pdf", png = dir / "a3.png", raster = dir / "a3-pdf";
  ASSERT_EQ(poster({"--paper", "A3", "--dpi", "120", "-o", png.string()}).exit_code, 0);
  ASSERT_EQ(poster({"--paper", "A3", "-o", pdf.string()}).exit_code, 0);
  SurfacePtr want(cairo_image_surface_create_from_png(png.c_str()), cairo_surface_destroy);
  const int w = cairo_image_surface_get_width(want.get()),
            h = cairo_image_surface_get_height(want.get());
  run_tool("pdftocairo -png -singlefile -scale-to-x " + std::to_string(w) + " -scale-to-y " +
           std::to_string(h) + " '" + pdf.string() + "' '" + raster.string() + "'");
  SurfacePtr got(cairo_image_surface_create_from_png((raster.string() + ".png").c_str()),
                 cairo_surface_destroy);
  ASSERT_EQ(cairo_surface_status(got.get()), CAIRO_STATUS_SUCCESS);
  ASSERT_EQ(cairo_image_surface_get_width(got.get()), w);
  ASSERT_EQ(cairo_image_surface_get_height(got.get()), h);
  // Measured: 0.06 % of blocks differ; without the routes 0.44 %.
  EXPECT_LT(differing_blocks(got.get(), want.get(), 40), 0.002);
}

TEST_F(PosterFile, LetterLandscapeAndTabloidSizes) {
  const fs::path letter = dir / "letter.pdf", tabloid = dir / "t.pdf", inches = dir / "i.pdf";
  ASSERT_EQ(
      poster({"--paper", "Letter", "--landscape", "--lang", "zh", "-o", letter.string()}).exit_code,
      0);
  ASSERT_EQ(poster({"--paper", "Tabloid", "-o", tabloid.string()}).exit_code, 0);
  ASSERT_EQ(poster({"--paper", "18x24in", "-o", inches.string()}).exit_code, 0);
  auto [w, h] = pdf_page_size(letter);
  EXPECT_NEAR(w, 792, 0.1);
  EXPECT_NEAR(h, 612, 0.1);
  std::tie(w, h) = pdf_page_size(tabloid);
  EXPECT_NEAR(w, 792, 0.1);
  EXPECT_NEAR(h, 1224, 0.1);
  std::tie(w, h) = pdf_page_size(inches);
  EXPECT_NEAR(w, 18 * 72, 0.1);
  EXPECT_NEAR(h, 24 * 72, 0.1);
}

TEST_F(PosterFile, BleedAddsItsMarginAndTheCropMarksZone) {
  const fs::path out = dir / "print.pdf";
  ASSERT_EQ(poster({"--paper", "A4", "--bleed", "3", "-o", out.string()}).exit_code, 0);
  const auto [w, h] = pdf_page_size(out);
  EXPECT_NEAR(w, (210 + 2 * (3 + 6)) * 72 / 25.4, 0.1);
  EXPECT_NEAR(h, (297 + 2 * (3 + 6)) * 72 / 25.4, 0.1);
}

TEST_F(PosterFile, PngHasTheRequestedPixels) {
  const fs::path out = dir / "2024.png";
  ASSERT_EQ(poster({"--paper", "A4", "--dpi", "100", "-o", out.string()}).exit_code, 0);
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> png(
      cairo_image_surface_create_from_png(out.c_str()), cairo_surface_destroy);
  ASSERT_EQ(cairo_surface_status(png.get()), CAIRO_STATUS_SUCCESS);
  EXPECT_EQ(cairo_image_surface_get_width(png.get()), 827);    // 210 mm at 100 dpi
  EXPECT_EQ(cairo_image_surface_get_height(png.get()), 1169);  // 297 mm
}

TEST_F(PosterFile, SameInputGivesTheSameBytes) {
  const fs::path a = dir / "a.pdf", b = dir / "b.pdf";
  ASSERT_EQ(poster({"-o", a.string()}).exit_code, 0);
  ASSERT_EQ(poster({"-o", b.string()}).exit_code, 0);
  const std::string x = test::read_file(a), y = test::read_file(b);
  EXPECT_GT(x.size(), 10000u);
  EXPECT_TRUE(x == y) << "the two PDFs differ";
}

TEST_F(PosterFile, OnePosterPerYear) {
  // The sample with one entry moved to 2023.
  std::string text = test::read_file(kSample);
  const auto at = text.find(R"("date": "2024-)");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 14, R"("date": "2023-)");
  const fs::path journal = dir / "two-years.geojson";
  test::write_file(journal, text);
  fs::create_directories(dir / "posters");
  const auto r =
      poster({"--every-year", "-o", (dir / "posters/{year}.svg").string()}, journal.string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir / "posters/2023.svg"));
  EXPECT_TRUE(fs::exists(dir / "posters/2024.svg"));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir / "posters"), fs::directory_iterator()), 2);
}

TEST_F(PosterFile, AYearWithoutEntriesIsRefusedAndNothingIsWritten) {
  const fs::path out = dir / "2023.pdf";
  const auto r = poster({"--year", "2023", "-o", out.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err,
            "footprint: error: no entries in 2023 (the journal has entries in 2024); nothing was "
            "written\n");
  EXPECT_FALSE(fs::exists(out));
}

TEST_F(PosterFile, BadRequestsAreRefusedBeforeDrawing) {
  const fs::path out = dir / "x.pdf";
  auto r = poster({"--lang", "fr", "-o", out.string()});
  EXPECT_EQ(r.exit_code, 2);
  r = poster({"--paper", "B7", "-o", out.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("invalid paper \"B7\""), std::string::npos) << r.err;
  r = poster({"--year", "2024", "--year", "2023", "-o", out.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("must contain {year}"), std::string::npos) << r.err;
  r = poster({"-o", (dir / "x.gif").string()});
  EXPECT_EQ(r.exit_code, 2);
  r = poster({"--paper", "100x100mm", "-o", out.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(
      r.err,
      "footprint: error: --paper: a poster of 100 x 100 mm is too small or too narrow to read: it "
      "needs at least 140 mm on its short side (A5 and up) and a long side at most 3 times that\n");
  EXPECT_EQ(poster({"--paper", "150x1000mm", "-o", out.string()}).exit_code, 2);
  r = poster({"--paper", "A1", "--dpi", "2400", "-o", (dir / "huge.png").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("is too large (at most 32767 a side"), std::string::npos) << r.err;
  r = poster({"--title", "bad\x01title", "-o", out.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_FALSE(fs::exists(out));
  // A folder that does not exist: nothing is drawn, nothing is left behind.
  r = poster({"-o", (dir / "missing/2024.png").string()});
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_FALSE(fs::exists(dir / "missing"));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 2)
      << "only stdout and stderr";
}

}  // namespace
}  // namespace footprint::render
