// The poster's numbers: big figures with short captions ("26 places · 4 countries · 18,400 km ·
// 96 days away · 11 new places") and a small chart of kilometres per month, sized to its block.
#pragma once

#include <cairo.h>

#include "core/stats.hpp"
#include "render/poster/placed_text.hpp"
#include "render/poster/poster_grid.hpp"
#include "render/style/style.hpp"
#include "render/text/wording.hpp"

namespace footprint::render {

/// One big figure and its caption.
struct Figure {
  std::string number;
  std::string caption;
};

/// The figures of a year, in the order they are read.
std::vector<Figure> stats_figures(const core::TravelStats& stats, Language language);

/// Draws the figures and the chart inside `frame`; every text is measured to fit it.
void draw_stats_block(cairo_t* cr, const core::TravelStats& stats, const Frame& frame,
                      const TypeScale& scale, const Style& style, Language language, TextLog& log);

}  // namespace footprint::render
