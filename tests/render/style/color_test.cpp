#include "render/style/color.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace footprint::render {
namespace {

TEST(ParseColor, ReadsRgbAndRgba) {
  EXPECT_EQ(parse_color("#ff0000"), (Rgba{1, 0, 0, 1}));
  const Rgba c = parse_color("#00Ff8080");
  EXPECT_DOUBLE_EQ(c.g, 1.0);
  EXPECT_NEAR(c.b, 128 / 255.0, 1e-12);
  EXPECT_NEAR(c.a, 128 / 255.0, 1e-12);
}

TEST(ParseColor, RefusesOtherText) {
  for (const char* bad : {"", "#", "ff0000", "#ff000", "#ff00000", "#gg0000", "red", "#ff0000 "})
    EXPECT_THROW(parse_color(bad), UsageError) << bad;
}

}  // namespace
}  // namespace footprint::render
