// Render cases: each folder in tests/render/cases holds a journal, the command line that draws
// it (command.txt), the expected image (expected.png) and, for maps, the expected figures of
// what it drew (expected.json, from `map --report`). The real binary draws the case; then
// - the map's rules are asserted on its report: no label over another label, a marker or the
//   furniture; no marker cut by the frame or further than its bound from its place; every
//   place drawn or off the map, and every place without its own label listed in the legend;
// - its figures (markers, groups, labels, legend rows and "more", route pieces, scale bar) must
//   equal the expected ones exactly;
// - the image is compared with the expected one tile by tile (16 px tiles, mean colours), which
//   tolerates a pixel of drift in font rasterisation but not a missing layer or block.
// scripts/update-render-references regenerates the expected images and figures on purpose.
#include <cairo.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/render/map_rules.hpp"

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

constexpr int kTilePx = 16;
constexpr double kTileThreshold = 10;  // of 255, in any channel's mean
constexpr double kTileBudget = 0.004;  // share of tiles that may differ by more

/// Share of kTilePx tiles whose mean colour differs by more than kTileThreshold in a channel.
double differing_tiles(cairo_surface_t* a, cairo_surface_t* b) {
  const int w = cairo_image_surface_get_width(a), h = cairo_image_surface_get_height(a);
  const int sa = cairo_image_surface_get_stride(a), sb = cairo_image_surface_get_stride(b);
  const unsigned char* da = cairo_image_surface_get_data(a);
  const unsigned char* db = cairo_image_surface_get_data(b);
  long tiles = 0, differing = 0;
  for (int ty = 0; ty < h; ty += kTilePx) {
    for (int tx = 0; tx < w; tx += kTilePx) {
      double sum_a[4] = {0, 0, 0, 0}, sum_b[4] = {0, 0, 0, 0};
      int n = 0;
      for (int y = ty; y < std::min(h, ty + kTilePx); ++y) {
        for (int x = tx; x < std::min(w, tx + kTilePx); ++x, ++n) {
          for (int c = 0; c < 4; ++c) {
            sum_a[c] += da[y * sa + 4 * x + c];
            sum_b[c] += db[y * sb + 4 * x + c];
          }
        }
      }
      ++tiles;
      for (int c = 0; c < 4; ++c) {
        if (std::abs(sum_a[c] - sum_b[c]) / n > kTileThreshold) {
          ++differing;
          break;
        }
      }
    }
  }
  return static_cast<double>(differing) / static_cast<double>(tiles);
}

// The figures of a report that a reader would notice if they changed.
nlohmann::json figures(const nlohmann::json& r) {
  std::size_t groups = 0;
  for (const auto& m : r["markers"]) groups += m["group"].get<bool>() ? 1 : 0;
  std::vector<std::string> legend;
  for (const auto& row : r["legend"]["rows"]) legend.push_back(row["text"]);
  // Each label's text and size step (0 is the largest): labels that read together share one.
  nlohmann::json labels = nlohmann::json::array();
  for (const auto& l : r["labels"]) labels.push_back({l["text"], l["size"]});
  return {{"markers", r["markers"].size()},
          {"group_markers", groups},
          {"labels", r["labels"].size()},
          {"label_sizes", labels},
          {"legend_rows", legend},
          {"legend_more", r["legend"]["more_text"]},
          {"route_pieces", r["routes"]["pieces"]},
          {"tracks", r["routes"]["tracks"]},
          {"off_map", r["off_map"]},
          {"scale_bar", r.value("scale_bar", "")}};
}

class MapCase : public ::testing::TestWithParam<std::string> {};

TEST_P(MapCase, MatchesExpectedImage) {
  const fs::path dir = kCases / GetParam();
  fs::create_directories(kOut);
  const fs::path out = kOut / (GetParam() + ".png");
  std::vector<std::string> args{"--journal", (dir / "journal.geojson").string()};
  for (auto& a : split_command(read_text(dir / "command.txt"))) args.push_back(a);
  args.insert(args.end(), {"-o", out.string()});
  const bool map = args.size() > 2 && args[2] == "map";
  const fs::path report = kOut / (GetParam() + ".json");
  if (map) args.insert(args.end(), {"--report", report.string()});
  const pid_t pid = test::start_footprint(args, {}, (kOut / (GetParam() + ".out")).string(),
                                          (kOut / (GetParam() + ".err")).string());
  ASSERT_EQ(test::wait_exit_code(pid), 0) << read_text(kOut / (GetParam() + ".err"));

  const fs::path expected = dir / "expected.png";
  const fs::path expected_figures = dir / "expected.json";
  nlohmann::json got_figures;
  if (map) {
    const nlohmann::json r = nlohmann::json::parse(read_text(report));
    expect_map_rules(r);
    got_figures = figures(r);
  }
  if (const char* update = std::getenv("FOOTPRINT_UPDATE_REFERENCES");
      update != nullptr && std::string(update) == "1") {
    fs::copy_file(out, expected, fs::copy_options::overwrite_existing);
    if (map) std::ofstream(expected_figures) << got_figures.dump(1) << "\n";
    GTEST_SKIP() << "reference updated: " << expected;
  }
  if (map) {
    ASSERT_TRUE(fs::exists(expected_figures)) << "no figures; run scripts/update-render-references";
    EXPECT_EQ(got_figures, nlohmann::json::parse(read_text(expected_figures)))
        << "what the map drew changed: compare " << report << " with " << expected_figures;
  }
  ASSERT_TRUE(fs::exists(expected)) << "no reference; run scripts/update-render-references";
  SurfacePtr got(cairo_image_surface_create_from_png(out.c_str()), cairo_surface_destroy);
  SurfacePtr want(cairo_image_surface_create_from_png(expected.c_str()), cairo_surface_destroy);
  ASSERT_EQ(cairo_surface_status(got.get()), CAIRO_STATUS_SUCCESS);
  ASSERT_EQ(cairo_surface_status(want.get()), CAIRO_STATUS_SUCCESS);
  ASSERT_EQ(cairo_image_surface_get_width(got.get()), cairo_image_surface_get_width(want.get()));
  ASSERT_EQ(cairo_image_surface_get_height(got.get()), cairo_image_surface_get_height(want.get()));
  EXPECT_LT(differing_tiles(got.get(), want.get()), kTileBudget)
      << "compare " << out << " with " << expected;
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kCases)) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Cases, MapCase, ::testing::ValuesIn(case_names()), [](const auto& info) {
  std::string name = info.param;
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
});

}  // namespace
}  // namespace footprint::render
