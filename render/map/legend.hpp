// The numbered legend beside or below a map: every place that has no label on the map (no room,
// or outside the frame) with its number, marker colour, title and date. A group marker's row
// ("Menlo Park +3 · 12 entries") comes before the places it stands for.
//
// The rule, so that the legend never crowds out the map on a small page:
// - it takes at most kLegendShare (30 %) of the page: of its width beside the map on landscape
//   and square pages, of its height below the map on portrait pages;
// - its text starts at the style's size and shrinks, half a point at a time, to a legible
//   minimum (kLegendMinPt, or the style's size when that is smaller), while more columns are
//   tried at each size (none narrower than twelve times the text size);
// - what still does not fit is summed up in a last line, "… and N more": no item is clipped.
#pragma once

#include <cairo.h>

#include <string>
#include <vector>

#include "render/geo/box.hpp"
#include "render/map/map_frame.hpp"
#include "render/map/map_plan.hpp"
#include "render/style/style.hpp"
#include "render/text/column_flow.hpp"
#include "render/text/wording.hpp"

namespace footprint::render {

/// The most of the page's width (beside) or height (below) the legend may take.
constexpr double kLegendShare = 0.3;
/// The smallest legend text, in points.
constexpr double kLegendMinPt = 6.0;

struct LegendItem {
  /// A group marker's row (its disc shows this count; its places follow it), or 0.
  std::size_t group_count = 0;
  int number = 0;
  Rgba color;
  core::Status status = core::Status::visited;
  std::string text;  ///< "Title · 2024-06-01 – 2024-08-30", "(not on this map)" when outside
};

/// In the reader's language: "Menlo Park +3 · 12 entries" / "… · 12 条记录", "(not on this map)" /
/// "（不在地图上）".
std::vector<LegendItem> legend_items(const MapPlan& plan, const MapLayout& layout,
                                     const Style& style, Language language = Language::en);

/// The legend's last line when `n` places are left out of it: "… and 12 more", "……另有 12 项".
std::string legend_more_text(std::size_t n, Language language = Language::en);

/// Beside the map (landscape and square pages) or below it (portrait pages).
enum class LegendSide { right, below };

/// The side for a page whose room for map and legend is `room`.
LegendSide legend_side(const Frame& room);

/// The sides worth trying in `room`, legend_side()'s first: beside only when kLegendShare of
/// the width holds a column of the smallest text (else the rows could not even say "… and N
/// more"); below always.
std::vector<LegendSide> legend_sides(cairo_t* cr, const std::vector<LegendItem>& items,
                                     const Style& style, const Frame& room,
                                     Language language = Language::en);

/// How much of `room` the legend needs on `side`: a width (right) or a height (below), at most
/// kLegendShare of the room's width or height. 0 when there are no items.
double legend_extent(cairo_t* cr, const std::vector<LegendItem>& items, const Style& style,
                     LegendSide side, const Frame& room, Language language = Language::en);

/// The legend as laid out: its rows flowed into columns (render/text/column_flow.hpp).
using LegendLayout = ColumnLayout;
using LegendRow = ColumnRow;

/// Lays the items out in `frame` by the rule above (flow_columns()).
LegendLayout layout_legend(cairo_t* cr, const std::vector<LegendItem>& items, const Style& style,
                           const Frame& frame, Language language = Language::en);

void draw_legend(cairo_t* cr, const LegendLayout& layout, const std::vector<LegendItem>& items,
                 const Style& style, Language language = Language::en);

}  // namespace footprint::render
