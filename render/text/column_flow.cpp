#include "render/text/column_flow.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

namespace footprint::render {
namespace {

double marker_width(const FlowStyle& style, const FlowRow& row, double size_pt) {
  return row.heading ? 0 : style.marker_em * size_pt;
}

double indent(const FlowStyle& style, const FlowRow& row, double size_pt) {
  return row.heading ? 0 : marker_width(style, row, size_pt) + style.gap_pt;
}

bool counted(const FlowRow& row) {
  return !row.heading && row.counted;
}

std::size_t count_items(const std::vector<FlowRow>& rows) {
  return static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), counted));
}

std::size_t placed_items(const ColumnLayout& layout, const std::vector<FlowRow>& rows) {
  std::size_t n = 0;
  for (const ColumnRow& row : layout.rows) n += counted(rows[row.item]) ? 1 : 0;
  return n;
}

// A heading with nothing under it says nothing: it goes with the rows that were left out.
void drop_trailing_headings(ColumnLayout& layout, const std::vector<FlowRow>& rows) {
  while (!layout.rows.empty() && rows[layout.rows.back().item].heading) layout.rows.pop_back();
}

struct Measured {
  double height = 0;
  double width = 0;  ///< marker, gap and text
};

// Measures rows for one flow_columns() call, which tries many sizes and column counts on the
// same rows: a row's text is set once per size without a width, and that measure stands for
// every column it fits on one line of (Pango lays such a text out the same with or without the
// width); only a row that must wrap is set again for its column.
class Measurer {
 public:
  Measurer(cairo_t* cr, const FlowStyle& style) : cr_(cr), style_(style) {}

  Measured operator()(const std::vector<FlowRow>& rows, std::size_t i, double size_pt,
                      double column_width) {
    const FlowRow& row = rows[i];
    const double text_max = column_width - indent(style_, row, size_pt) - style_.ink_slack_pt;
    auto [it, added] = natural_.try_emplace({i, size_pt});
    if (added) {
      const TextBlock text(cr_, row.text, row_font(style_, row, size_pt));
      it->second = {text.height(), text.width()};
    }
    Measured text = it->second;
    if (text.width > text_max) {
      const TextBlock wrapped(cr_, row.text, row_font(style_, row, size_pt), text_max);
      text = {wrapped.height(), wrapped.width()};
    }
    // A marker sits half a point low, level with the text's first line.
    const double marker = row.heading ? 0 : marker_width(style_, row, size_pt) + 0.5;
    return {std::max(marker, text.height), indent(style_, row, size_pt) + text.width};
  }

 private:
  cairo_t* cr_;
  const FlowStyle& style_;
  std::map<std::pair<std::size_t, double>, Measured> natural_;  // (row, size) -> its text alone
};

// Fills `columns` columns of the frame top-down at `size_pt`, until a row does not fit (the
// rest are then left for the "more" line).
ColumnLayout flow(Measurer& measure, const std::vector<FlowRow>& rows, const FlowStyle& style,
                  const Frame& frame, double size_pt, int columns) {
  ColumnLayout out;
  out.frame = frame;
  out.font_pt = size_pt;
  out.columns = columns;
  out.column_width = (frame.width - (columns - 1) * style.column_gap_pt) / columns;
  if (out.column_width - style.marker_em * size_pt - style.gap_pt - style.ink_slack_pt <= 0) {
    out.more = count_items(rows);
    return out;
  }
  int column = 0;
  double x = frame.x, y = frame.y;
  std::optional<Measured> next;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Measured m = next ? *next : measure(rows, i, size_pt, out.column_width);
    next.reset();
    // A heading keeps its first row under it, in the same column.
    double need = m.height;
    if (rows[i].heading && i + 1 < rows.size() && !rows[i + 1].heading) {
      next = measure(rows, i + 1, size_pt, out.column_width);
      need += style.gap_pt + next->height;
    }
    if (y + need > frame.bottom() && column + 1 < columns && y > frame.y) {
      ++column;
      x += out.column_width + style.column_gap_pt;
      y = frame.y;
    }
    const Box box{x, y, x + m.width, y + m.height};
    if (y + need > frame.bottom() || box.x1 > frame.right() + 1e-6) break;
    out.rows.push_back({i, box});
    y += m.height + style.gap_pt;
  }
  drop_trailing_headings(out, rows);
  out.more = count_items(rows) - placed_items(out, rows);
  return out;
}

// Makes room for the "more" line after the last row, giving up rows until the line fits.
void sum_up_the_rest(cairo_t* cr, ColumnLayout& layout, const std::vector<FlowRow>& rows,
                     const FlowStyle& style) {
  if (layout.more == 0) return;
  const FlowRow item_row;
  const double left = indent(style, item_row, layout.font_pt);
  const Frame& f = layout.frame;
  for (;;) {
    const TextBlock line(cr, style.more_text(layout.more),
                         row_font(style, item_row, layout.font_pt));
    const double x = layout.rows.empty() ? f.x : layout.rows.back().box.x0;
    const double y = layout.rows.empty() ? f.y : layout.rows.back().box.y1 + style.gap_pt;
    const Box box{x + left, y, x + left + line.width(), y + line.height()};
    if (box.y1 <= f.bottom() && box.x1 <= f.right() + 1e-6) {
      layout.more_box = box;
      return;
    }
    if (layout.rows.empty()) return;  // not even the line fits: nothing is drawn
    const bool was_counted = counted(rows[layout.rows.back().item]);
    layout.rows.pop_back();
    if (was_counted) ++layout.more;
    drop_trailing_headings(layout, rows);
  }
}

}  // namespace

double ColumnLayout::bottom() const {
  double y = frame.y;
  for (const ColumnRow& row : rows) y = std::max(y, row.box.y1);
  if (more > 0 && more_box.y1 > more_box.y0) y = std::max(y, more_box.y1);
  return y;
}

TextStyle row_font(const FlowStyle& style, const FlowRow& row, double size_pt) {
  TextStyle font = row.heading ? style.heading : style.body;
  font.size_pt = size_pt * (row.heading ? style.heading.size_pt / style.body.size_pt : 1.0);
  font.max_lines = style.max_lines;
  return font;
}

double text_width(const FlowStyle& style, const ColumnLayout& layout, const FlowRow& row) {
  return layout.column_width - indent(style, row, layout.font_pt) - style.ink_slack_pt;
}

double text_x(const FlowStyle& style, const ColumnLayout& layout, const ColumnRow& row,
              const FlowRow& flow_row) {
  return row.box.x0 + indent(style, flow_row, layout.font_pt);
}

ColumnLayout flow_columns(cairo_t* cr, const std::vector<FlowRow>& rows, const FlowStyle& style,
                          const Frame& frame) {
  if (rows.empty() || !(frame.width > 0) || !(frame.height > 0)) {
    ColumnLayout none;
    none.frame = frame;
    none.font_pt = style.body.size_pt;
    none.more = count_items(rows);  // no room at all: nothing is drawn
    return none;
  }
  const double smallest = std::min(style.body.size_pt, style.min_size_pt);
  std::optional<ColumnLayout> best;
  Measurer measure(cr, style);
  // Largest text first; at each size as few columns as it takes.
  for (double size = style.body.size_pt;; size = std::max(smallest, size - style.size_step_pt)) {
    for (int columns = 1; columns <= static_cast<int>(rows.size()); ++columns) {
      const double width = (frame.width - (columns - 1) * style.column_gap_pt) / columns;
      if (columns > 1 && width < style.min_column_em * size) break;
      ColumnLayout layout = flow(measure, rows, style, frame, size, columns);
      if (layout.more == 0) return layout;
      if (!best || placed_items(layout, rows) > placed_items(*best, rows)) best = std::move(layout);
    }
    if (size <= smallest) break;
  }
  sum_up_the_rest(cr, *best, rows, style);
  return *best;
}

void draw_flow_text(cairo_t* cr, const std::vector<FlowRow>& rows, const FlowStyle& style,
                    const ColumnLayout& layout) {
  for (const ColumnRow& row : layout.rows) {
    const FlowRow& r = rows[row.item];
    const TextBlock text(cr, r.text, row_font(style, r, layout.font_pt),
                         text_width(style, layout, r));
    text.draw(cr, text_x(style, layout, row, r), row.box.y0);
  }
  if (layout.more > 0 && layout.more_box.y1 > layout.more_box.y0) {
    const TextBlock line(cr, style.more_text(layout.more),
                         row_font(style, FlowRow{}, layout.font_pt));
    line.draw(cr, layout.more_box.x0, layout.more_box.y0);
  }
}

}  // namespace footprint::render
