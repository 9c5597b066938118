// Drawing what the label placer decided: the label text at its size step, and leader lines.
#pragma once

#include <cairo.h>

#include <string_view>
#include <vector>

#include "render/labels/label.hpp"
#include "render/style/color.hpp"
#include "render/text/text.hpp"

namespace footprint::render {

/// How the lines of a wrapped label line up on the side its anchor puts it: right-aligned
/// left of the point, centred above or below it, left-aligned to the right.
TextAlign align_for(Anchor anchor);

/// Draws a placed label: `style` at the size step the placer chose from `sizes_pt` (the same
/// steps the request was measured with, with the same max_width_pt), aligned for its anchor.
/// Draws nothing for a label that was not placed.
void draw_label(cairo_t* cr, std::string_view utf8, const TextStyle& style,
                const std::vector<double>& sizes_pt, const Placement& placement,
                double max_width_pt = 0);

/// How a leader line looks; the halo keeps it readable over the basemap.
struct LeaderStyle {
  Rgba color{0.2, 0.2, 0.2, 0.9};
  double width_pt = 0.6;
  Rgba halo{1, 1, 1, 0.8};
  double halo_pt = 0.8;
};

/// Draws the leader line of a placed label, if it has one. Draw leaders before markers and
/// labels, so that both sit on top of the line's ends.
void draw_leader(cairo_t* cr, const Placement& placement, const LeaderStyle& style = {});

}  // namespace footprint::render
