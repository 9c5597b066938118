#include "render/text/text.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/error.hpp"
#include "tests/render/image_probe.hpp"

namespace footprint::render {
namespace {

using test::ImageProbe;
using test::Pixel;

constexpr const char* kMixed = "滑冰课 Skating lessons";

TextStyle plain(double size_pt = 9) {
  TextStyle s;
  s.size_pt = size_pt;
  return s;
}

bool is_ink(const Pixel& p) {
  return p.a > 0.2;
}

TEST(TextBlock, MixedChineseIsWiderThanEnglishAlone) {
  const ImageProbe image(10, 10);
  const TextBlock mixed(image.cr(), kMixed, plain());
  const TextBlock english(image.cr(), "Skating lessons", plain());
  EXPECT_GT(english.width(), 0);
  EXPECT_GT(english.height(), 0);
  EXPECT_GT(mixed.width(), english.width() + 2 * 9 * 0.8);  // three ideographs ≈ 3 em
  EXPECT_EQ(mixed.unknown_glyphs(), 0) << "no font for some of: " << kMixed;
}

TEST(TextBlock, ScalesLinearlyWithSize) {
  const ImageProbe image(10, 10);
  const TextBlock small(image.cr(), kMixed, plain(9));
  const TextBlock large(image.cr(), kMixed, plain(18));
  EXPECT_NEAR(large.width() / small.width(), 2.0, 0.02);
  EXPECT_NEAR(large.height() / small.height(), 2.0, 0.02);
}

TEST(TextBlock, MeasuresTheSameWhateverTheResolution) {
  // Unhinted metrics: a label measured for a 72 dpi PNG fits the same in a 300 dpi one.
  const ImageProbe low(10, 10, 1.0);
  const ImageProbe high(10, 10, 300.0 / 72);
  const TextBlock a(low.cr(), kMixed, plain());
  const TextBlock b(high.cr(), kMixed, plain());
  EXPECT_NEAR(a.width(), b.width(), 0.05 * a.width());
}

TEST(TextBlock, WrapsToMaxWidth) {
  const ImageProbe image(10, 10);
  const TextBlock one_line(image.cr(), kMixed, plain());
  const TextBlock wrapped(image.cr(), kMixed, plain(), one_line.width() * 0.6);
  EXPECT_LE(wrapped.width(), one_line.width() * 0.6 + 1);
  EXPECT_GT(wrapped.height(), one_line.height() * 1.8);
}

TEST(TextBlock, RefusesNonPositiveSize) {
  const ImageProbe image(10, 10);
  EXPECT_THROW(TextBlock(image.cr(), "x", plain(0)), UsageError);
}

TEST(MeasureSizes, OnePairPerStepLargestFirst) {
  const ImageProbe image(10, 10);
  const auto sizes = measure_sizes(image.cr(), kMixed, plain(), {12, 10, 8});
  ASSERT_EQ(sizes.size(), 3u);
  EXPECT_GT(sizes[0].first, sizes[1].first);
  EXPECT_GT(sizes[1].first, sizes[2].first);
}

// Drawn at 4 px per point so that glyph shapes are several pixels wide.
class TextDrawing : public ::testing::Test {
 protected:
  static constexpr double kScale = 4;
  static constexpr double kX = 5, kY = 5;
  ImageProbe image{int(200 * kScale), int(30 * kScale), kScale};
  TextStyle style = [] {
    TextStyle s = plain(12);
    s.color = {0, 0, 1, 1};  // pure blue glyphs
    s.halo = {0, 1, 0, 1};   // pure green halo
    s.halo_pt = 1.5;
    return s;
  }();
  static int px(double pt) { return int(std::floor(pt * kScale)); }
};

TEST_F(TextDrawing, ChineseGlyphsAreReallyDrawn) {
  const TextBlock block(image.cr(), kMixed, style);
  const TextBlock han(image.cr(), "滑冰课", style);
  block.draw(image.cr(), kX, kY);
  // The first three characters are ideographs: their part of the box holds glyph ink.
  const int glyph_ink =
      image.count(px(kX), px(kY), px(kX + han.width()), px(kY + block.height()),
                  [](const Pixel& p) { return p.a > 0.9 && p.b > 0.8 && p.g < 0.2; });
  EXPECT_GT(glyph_ink, 200);
}

// Emoji in a title are drawn from the colour emoji font the setup installs (Noto Color Emoji),
// in their own colours, not as boxes.
TEST_F(TextDrawing, EmojiAreDrawnInColourNotAsBoxes) {
  style.halo_pt = 0;
  const TextBlock block(image.cr(), "🏔️⛷️", style);
  EXPECT_EQ(block.unknown_glyphs(), 0);
  block.draw(image.cr(), kX, kY);
  // The glyphs are blue; anything red enough is the emoji's own colour (the skier's jacket).
  const int colour =
      image.count(px(kX), px(kY), px(kX + block.width()), px(kY + block.height()),
                  [](const Pixel& p) { return p.a > 0.5 && p.r > 0.6 && p.b < 0.5; });
  EXPECT_GT(colour, 50);
}

TEST_F(TextDrawing, InkStaysInsideTheMeasuredBoxAndHalo) {
  const TextBlock block(image.cr(), kMixed, style);
  block.draw(image.cr(), kX, kY);
  const double h = style.halo_pt + 0.5;  // plus antialiasing
  const int total = image.count(0, 0, image.width(), image.height(), is_ink);
  const int inside = image.count(px(kX - h), px(kY - h), px(kX + block.width() + h) + 1,
                                 px(kY + block.height() + h) + 1, is_ink);
  EXPECT_GT(total, 0);
  EXPECT_EQ(inside, total);
}

TEST_F(TextDrawing, HaloSurroundsGlyphsInItsColour) {
  const TextBlock block(image.cr(), kMixed, style);
  block.draw(image.cr(), kX, kY);
  const auto halo = [](const Pixel& p) { return p.a > 0.9 && p.g > 0.8 && p.b < 0.2; };
  const int halo_px = image.count(0, 0, image.width(), image.height(), halo);
  EXPECT_GT(halo_px, 1000);
  // Every glyph pixel has halo within the halo width (plus a pixel) on its left or right.
  const int reach = px(style.halo_pt) + 2;
  int glyph_px = 0, surrounded = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = reach; x + reach < image.width(); ++x) {
      const Pixel p = image.at(x, y);
      if (!(p.a > 0.9 && p.b > 0.8)) continue;
      const bool left_edge = image.at(x - 1, y).b < 0.5;
      if (!left_edge) continue;  // look from the glyph's outline only
      ++glyph_px;
      for (int d = 1; d <= reach; ++d)
        if (halo(image.at(x - d, y))) {
          ++surrounded;
          break;
        }
    }
  EXPECT_GT(glyph_px, 50);
  EXPECT_GE(surrounded, glyph_px * 95 / 100);
}

TEST_F(TextDrawing, NoHaloWhenItsWidthIsZero) {
  style.halo_pt = 0;
  const TextBlock block(image.cr(), kMixed, style);
  block.draw(image.cr(), kX, kY);
  const auto halo = [](const Pixel& p) { return p.a > 0.5 && p.g > 0.5 && p.b < 0.5; };
  EXPECT_EQ(image.count(0, 0, image.width(), image.height(), halo), 0);
  EXPECT_GT(image.count(0, 0, image.width(), image.height(), is_ink), 0);
}

}  // namespace
}  // namespace footprint::render
