// The legend's width beside the map (render/map/legend.cpp): as wide as its items need when they
// fit, long ones wrapping at a column's usual width; the whole share only when they cannot fit.
#include "render/map/legend.hpp"

#include <cairo.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/page/cairo_ptr.hpp"

namespace footprint::render {
namespace {

std::vector<LegendItem> items_of(std::size_t n, const std::string& long_text) {
  std::vector<LegendItem> items;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string text = i == 3 ? long_text : "Place " + std::to_string(i + 1);
    items.push_back({0, static_cast<int>(i + 1), {0.2, 0.4, 0.8, 1}, core::Status::visited, text});
  }
  return items;
}

class LegendExtent : public ::testing::Test {
 protected:
  CairoSurfacePtr surface_{cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)};
  CairoPtr cr_{cairo_create(surface_.get())};
  const Style style_ = load_style("atlas");
  const Frame room_{0, 0, 1000, 600};  // the cap beside it: 300 pt
};

TEST_F(LegendExtent, ItemsThatFitTakeTheirColumnAndALongOneWrapsAtTheUsualWidth) {
  const std::string long_text =
      "A very long title of a journey that goes on and on across the page · 2024-06-01";
  const double extent =
      legend_extent(cr_.get(), items_of(20, long_text), style_, LegendSide::right, room_);
  // The usual column (170 pt) with its disc and gaps, not the 300 pt the long item would take
  // on one line.
  EXPECT_GT(extent, 150);
  EXPECT_LE(extent, 170 + 2 * style_.legend.size_pt + 6);
}

TEST_F(LegendExtent, ItemsThatCannotFitTakeTheWholeShare) {
  const double extent =
      legend_extent(cr_.get(), items_of(5000, "Place 4"), style_, LegendSide::right, room_);
  EXPECT_GT(extent, 250);
  EXPECT_LE(extent, kLegendShare * room_.width);
}

}  // namespace
}  // namespace footprint::render
