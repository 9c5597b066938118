#include "render/text/fit_text.hpp"

#include <algorithm>
#include <cmath>

namespace footprint::render {
namespace {

constexpr double kStep = 0.96;
constexpr double kSlackPt = 0.01;  // rounding in Pango's units

}  // namespace

bool fits(const TextBlock& block, const FitLimits& limits) {
  return block.width() <= limits.max_width_pt + kSlackPt &&
         block.height() <= limits.max_height_pt + kSlackPt;
}

TextBlock fit_text(cairo_t* cr, std::string_view utf8, TextStyle style, const FitLimits& limits) {
  const double smallest = std::min(style.size_pt, limits.min_size_pt);
  style.max_lines = limits.max_lines;
  for (double size = style.size_pt;; size = std::max(smallest, size * kStep)) {
    style.size_pt = size;
    TextBlock block(cr, utf8, style, limits.max_width_pt);
    // Ellipsized by max_lines: it fits the lines but lost text, so keep shrinking while we may.
    const bool shortened = limits.max_lines > 0 && block.ellipsized();
    if (fits(block, limits) && (!shortened || size <= smallest)) return block;
    if (size <= smallest) break;
  }
  // At the smallest size: as many lines as the height holds, the last one ellipsized.
  style.size_pt = smallest;
  TextStyle one = style;
  one.max_lines = 1;
  const double line_height = TextBlock(cr, "Ag", one, limits.max_width_pt).height();
  const int lines = std::max(1, static_cast<int>(std::floor(limits.max_height_pt / line_height)));
  style.max_lines = limits.max_lines > 0 ? std::min(lines, limits.max_lines) : lines;
  for (; style.max_lines > 1; --style.max_lines) {
    TextBlock block(cr, utf8, style, limits.max_width_pt);
    if (fits(block, limits)) return block;
  }
  return TextBlock(cr, utf8, style, limits.max_width_pt);
}

}  // namespace footprint::render
