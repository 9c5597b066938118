// Text rows flowed into as few columns as fit a frame, at the largest size that fits, shrinking
// to a legible minimum; what still does not fit is summed up in a last "… and N more" line, so
// nothing is ever clipped. The map's legend and the poster's timeline are both such lists.
//
// Each item row has a marker (a numbered disc, drawn by the caller) of `marker_em` text sizes
// before its text; heading rows (a month's name) have none, are not counted as items and are
// never left alone at the bottom of a column.
#pragma once

#include <cairo.h>

#include <functional>
#include <string>
#include <vector>

#include "render/geo/box.hpp"
#include "render/geo/geo_types.hpp"
#include "render/text/text.hpp"

namespace footprint::render {

struct FlowRow {
  std::string text;
  bool heading = false;
  /// False for an item row that sums up others (a legend's group row): it is not counted in
  /// "… and N more".
  bool counted = true;
};

/// How rows are set. Sizes are tried from `body.size_pt` down to `min_size_pt` in `size_step_pt`.
struct FlowStyle {
  TextStyle body;
  TextStyle heading;          ///< its size follows the body's
  double marker_em = 1.6;     ///< marker width before an item's text, in text sizes
  double gap_pt = 3;          ///< between marker and text, and between rows
  double column_gap_pt = 8;   ///< between columns
  double min_column_em = 12;  ///< the narrowest extra column, in text sizes
  double min_size_pt = 6;
  double size_step_pt = 0.5;
  double ink_slack_pt = 1;  ///< glyph ink beyond Pango's wrapping width
  int max_lines = 0;        ///< a row longer than this many lines ends in "…" (0: any)
  /// The last line when items are left out ("… and 12 more").
  std::function<std::string(std::size_t)> more_text;
};

/// One row as laid out: its marker and text together, top-left at box.x0, box.y0.
struct ColumnRow {
  std::size_t item = 0;  ///< index into the rows
  Box box;
};

struct ColumnLayout {
  Frame frame;  ///< the room it was given
  double font_pt = 0;
  double column_width = 0;
  int columns = 0;
  std::vector<ColumnRow> rows;  ///< in row order
  std::size_t more = 0;         ///< item rows summed up in the last line (0: none left out)
  Box more_box{};               ///< that line (empty when more == 0)
  /// The bottom of the lowest row or line.
  double bottom() const;
};

/// Lays `rows` out in `frame`: the largest size at which everything fits, with as few columns as
/// that takes; if nothing fits, the smallest size with as many columns as fit, and the rest
/// summed up.
ColumnLayout flow_columns(cairo_t* cr, const std::vector<FlowRow>& rows, const FlowStyle& style,
                          const Frame& frame);

/// The style of a row's text at the layout's size.
TextStyle row_font(const FlowStyle& style, const FlowRow& row, double size_pt);
/// The widest a row's text may be in this layout (it wraps beyond).
double text_width(const FlowStyle& style, const ColumnLayout& layout, const FlowRow& row);
/// Where a row's text starts, right of its marker.
double text_x(const FlowStyle& style, const ColumnLayout& layout, const ColumnRow& row,
              const FlowRow& flow_row);

/// Draws every row's text and the "more" line; markers are the caller's.
void draw_flow_text(cairo_t* cr, const std::vector<FlowRow>& rows, const FlowStyle& style,
                    const ColumnLayout& layout);

}  // namespace footprint::render
