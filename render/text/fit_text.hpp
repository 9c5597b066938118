// Text set to fit a box, measured rather than guessed: wrapped at the box's width, set smaller
// step by step down to a stated minimum, and only then shortened with an ellipsis. Nothing is
// clipped and nothing leaves the box.
#pragma once

#include <cairo.h>

#include <string_view>

#include "render/text/text.hpp"

namespace footprint::render {

struct FitLimits {
  double max_width_pt = 0;
  double max_height_pt = 0;
  double min_size_pt = 6;  ///< never smaller than this (or style.size_pt when that is smaller)
  int max_lines = 0;       ///< 0: as many as the height takes
};

/// The largest size from style.size_pt down to the minimum (in steps of about 4 %) at which the
/// text fits; at the minimum, as many lines as fit with the last one ellipsized. The returned
/// block may still be taller than the limit when not even one line fits at the minimum: check
/// fits() before drawing it.
TextBlock fit_text(cairo_t* cr, std::string_view utf8, TextStyle style, const FitLimits& limits);

/// True when the block is within the limits.
bool fits(const TextBlock& block, const FitLimits& limits);

}  // namespace footprint::render
