// Render cases: each folder in tests/render/cases holds a journal, the command line that draws
// it (command.txt) and the expected image (expected.png). The real binary draws the case and
// the result is compared pixel by pixel with a small tolerance for font rasterisation.
// scripts/update-render-references regenerates the expected images on purpose.
#include <cairo.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "tests/cli/run_footprint.hpp"

namespace footprint::render {
namespace {

namespace fs = std::filesystem;
using SurfacePtr = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

const fs::path kCases = fs::path(FOOTPRINT_SOURCE_DIR) / "tests/render/cases";
const fs::path kOut = fs::path(FOOTPRINT_TEST_OUTPUT_DIR) / "render_cases";

// Splits a command line as a shell would for plain words and "double-quoted strings".
std::vector<std::string> split_command(const std::string& line) {
  std::vector<std::string> args;
  std::string current;
  bool quoted = false, in_word = false;
  for (char c : line) {
    if (c == '"') {
      quoted = !quoted;
      in_word = true;
    } else if ((c == ' ' || c == '\n' || c == '\t') && !quoted) {
      if (in_word) args.push_back(current);
      current.clear();
      in_word = false;
    } else {
      current += c;
      in_word = true;
    }
  }
  if (in_word) args.push_back(current);
  return args;
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Share of pixels whose channels differ by more than `threshold` (0..255).
double differing_share(cairo_surface_t* a, cairo_surface_t* b, int threshold) {
  const int w = cairo_image_surface_get_width(a), h = cairo_image_surface_get_height(a);
  const int sa = cairo_image_surface_get_stride(a), sb = cairo_image_surface_get_stride(b);
  const unsigned char* da = cairo_image_surface_get_data(a);
  const unsigned char* db = cairo_image_surface_get_data(b);
  long differing = 0;
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      for (int c = 0; c < 4; ++c) {
        if (std::abs(da[y * sa + 4 * x + c] - db[y * sb + 4 * x + c]) > threshold) {
          ++differing;
          break;
        }
      }
    }
  }
  return static_cast<double>(differing) / (static_cast<double>(w) * h);
}

class MapCase : public ::testing::TestWithParam<std::string> {};

TEST_P(MapCase, MatchesExpectedImage) {
  const fs::path dir = kCases / GetParam();
  fs::create_directories(kOut);
  const fs::path out = kOut / (GetParam() + ".png");
  std::vector<std::string> args{"--journal", (dir / "journal.geojson").string()};
  for (auto& a : split_command(read_text(dir / "command.txt"))) args.push_back(a);
  args.insert(args.end(), {"-o", out.string()});
  const pid_t pid = test::start_footprint(args, {}, (kOut / (GetParam() + ".out")).string(),
                                          (kOut / (GetParam() + ".err")).string());
  ASSERT_EQ(test::wait_exit_code(pid), 0) << read_text(kOut / (GetParam() + ".err"));

  const fs::path expected = dir / "expected.png";
  if (const char* update = std::getenv("FOOTPRINT_UPDATE_REFERENCES"); update && std::string(update) == "1") {
    fs::copy_file(out, expected, fs::copy_options::overwrite_existing);
    GTEST_SKIP() << "reference updated: " << expected;
  }
  ASSERT_TRUE(fs::exists(expected)) << "no reference; run scripts/update-render-references";
  SurfacePtr got(cairo_image_surface_create_from_png(out.c_str()), cairo_surface_destroy);
  SurfacePtr want(cairo_image_surface_create_from_png(expected.c_str()), cairo_surface_destroy);
  ASSERT_EQ(cairo_surface_status(got.get()), CAIRO_STATUS_SUCCESS);
  ASSERT_EQ(cairo_surface_status(want.get()), CAIRO_STATUS_SUCCESS);
  ASSERT_EQ(cairo_image_surface_get_width(got.get()), cairo_image_surface_get_width(want.get()));
  ASSERT_EQ(cairo_image_surface_get_height(got.get()), cairo_image_surface_get_height(want.get()));
  // Anti-aliasing and hinting may move edges by a pixel: allow 0.5% of pixels to differ.
  EXPECT_LT(differing_share(got.get(), want.get(), 32), 0.005) << "compare " << out << " with " << expected;
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kCases)) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Cases, MapCase, ::testing::ValuesIn(case_names()),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace footprint::render
