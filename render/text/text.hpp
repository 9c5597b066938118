// Text measured and drawn by Pango: one shaped block (may wrap, may mix Chinese and English),
// with a halo so it reads over any basemap.
#pragma once

#include <cairo.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/page/cairo_ptr.hpp"
#include "render/style/color.hpp"

namespace footprint::render {

/// How lines of a wrapped block line up (labels left of their point read better right-aligned).
enum class TextAlign { left, center, right };

/// The look of a piece of text; every size in points (Cairo user units of the map frame).
struct TextStyle {
  std::string family = "Noto Sans";
  double size_pt = 9;
  int weight = 400;  ///< CSS/Pango weight: 400 regular, 700 bold
  bool italic = false;
  Rgba color{0.1, 0.1, 0.1};
  Rgba halo{1, 1, 1, 0.9};
  double halo_pt = 1.5;       ///< halo width outside the glyph outline; 0 for none
  double line_spacing = 1.0;  ///< factor of the font's line height
  TextAlign align = TextAlign::left;
  /// Language tag that picks the Han glyph shapes when a character falls back to a CJK font.
  std::string language = "zh-cn";
  /// With a wrapping width: at most this many lines, the last one ending in "…" (0: any number).
  int max_lines = 0;
  /// Extra space between letters, in points (spaced capitals; never for Chinese).
  double letter_spacing_pt = 0;
  /// Figures of one width (OpenType "tnum"), so that dates and numbers line up in columns.
  bool tabular_figures = false;
};

/// One shaped piece of text, measured by Pango for the context it was made with.
class TextBlock {
 public:
  /// Shapes `utf8` in `style`; wraps at word (or CJK character) boundaries when max_width_pt > 0.
  TextBlock(cairo_t* cr, std::string_view utf8, const TextStyle& style, double max_width_pt = 0);

  /// Extents of the union of ink and logical rectangles, in user units (pt). The halo is
  /// outside this box by up to style.halo_pt on each side.
  double width() const { return width_; }
  double height() const { return height_; }
  /// The style it was shaped with.
  const TextStyle& style() const { return style_; }
  /// Characters no installed font could draw (shown as boxes): 0 when the fonts are right.
  int unknown_glyphs() const;
  /// True when max_lines cut the text short (it ends in "…").
  bool ellipsized() const;

  /// Draws with the box's top-left at (x, y): the halo is stroked for all glyphs first, then
  /// all glyphs are filled, so no glyph's halo covers its neighbour.
  void draw(cairo_t* cr, double x, double y) const;

 private:
  TextStyle style_;
  PangoLayoutPtr layout_;
  double origin_dx_ = 0;  ///< layout origin relative to the box's left edge
  double origin_dy_ = 0;  ///< layout origin relative to the box's top edge
  double width_ = 0;
  double height_ = 0;
};

/// Measures `utf8` at each of `sizes_pt` (largest first, as LabelRequest::sizes wants them).
std::vector<std::pair<double, double>> measure_sizes(cairo_t* cr, std::string_view utf8,
                                                     const TextStyle& style,
                                                     const std::vector<double>& sizes_pt,
                                                     double max_width_pt = 0);

}  // namespace footprint::render
