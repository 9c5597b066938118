#include "render/map/legend.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "render/style/cairo_style.hpp"
#include "render/map/journal_layer.hpp"
#include "render/map/map_labels.hpp"
#include "render/text/text.hpp"

namespace footprint::render {
namespace {

constexpr double kGapPt = 3;         // between disc and text, and between rows
constexpr double kColumnGapPt = 8;   // between columns
constexpr double kMinColumnEm = 12;  // the narrowest extra column, in text sizes
constexpr double kSizeStepPt = 0.5;
constexpr double kUsualColumnPt = 170;  // text of a legend column when the page has room
constexpr double kInkSlackPt = 1;        // glyph ink beyond Pango's wrapping width
// Portrait pages (this much taller than wide) take the legend below the map.
constexpr double kPortraitRatio = 1.2;

double disc_diameter(double font_pt) { return font_pt * 1.6; }

double smallest_size(const Style& style) { return std::min(style.legend.size_pt, kLegendMinPt); }

TextStyle legend_font(const Style& style, double size_pt) {
  TextStyle font = text_style(style.legend);
  font.size_pt = size_pt;
  return font;
}

std::string dates(const core::Entry& e) {
  if (!e.date) return "";
  std::string out = e.date->text().substr(0, 10);
  if (e.is_range()) out += " – " + e.end->text().substr(0, 10);
  return out;
}

std::string more_text(std::size_t n) { return "… and " + std::to_string(n) + " more"; }

void draw_disc(cairo_t* cr, const LegendItem& item, double cx, double cy, double font_pt,
               const Style& style) {
  const double r = disc_diameter(font_pt) / 2;
  cairo_arc(cr, cx, cy, r, 0, 2 * M_PI);
  set_color(cr, item.status == core::Status::visited ? item.color : style.markers.outline.color);
  cairo_fill_preserve(cr);
  LineStyle outline{item.color, item.status == core::Status::visited ? 0.0 : 1.0, {}};
  if (item.status == core::Status::cancelled) outline.dash_pt = {1.5, 1.2};
  set_line(cr, outline);
  if (outline.width_pt > 0) cairo_stroke(cr);
  cairo_new_path(cr);
  TextStyle number = text_style(style.markers.number);
  number.size_pt = font_pt * 0.8;
  if (item.status != core::Status::visited) number.color = item.color;
  const TextBlock text(cr, std::to_string(item.number), number);
  text.draw(cr, cx - text.width() / 2, cy - text.height() / 2);
}

// Fills `columns` columns of the frame top-down with the items at `size_pt`, until one does
// not fit (then the rest are left for the "more" line).
LegendLayout flow(cairo_t* cr, const std::vector<LegendItem>& items, const Style& style,
                  const Frame& frame, double size_pt, int columns) {
  LegendLayout out;
  out.frame = frame;
  out.font_pt = size_pt;
  out.columns = columns;
  out.column_width = (frame.width - (columns - 1) * kColumnGapPt) / columns;
  const double disc = disc_diameter(size_pt);
  // Pango wraps the logical lines at the width; ink may stick out a little further.
  const double text_max = out.column_width - disc - kGapPt - kInkSlackPt;
  if (text_max <= 0) {
    out.more = items.size();
    return out;
  }
  const TextStyle font = legend_font(style, size_pt);
  int column = 0;
  double x = frame.x, y = frame.y;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const TextBlock text(cr, items[i].text, font, text_max);
    // The disc sits half a point low, level with the text's first line.
    const double row = std::max(disc + 0.5, text.height());
    if (y + row > frame.bottom() && column + 1 < columns && y > frame.y) {
      ++column;
      x += out.column_width + kColumnGapPt;
      y = frame.y;
    }
    const Box box{x, y, x + disc + kGapPt + text.width(), y + row};
    if (box.y1 > frame.bottom() || box.x1 > frame.right() + 1e-6) break;
    out.rows.push_back({i, box});
    y += row + kGapPt;
  }
  out.more = items.size() - out.rows.size();
  return out;
}

// Makes room for "… and N more" after the last row, giving up rows until the line fits.
void sum_up_the_rest(cairo_t* cr, LegendLayout& layout, const Style& style) {
  if (layout.more == 0) return;
  const TextStyle font = legend_font(style, layout.font_pt);
  const double indent = disc_diameter(layout.font_pt) + kGapPt;
  const Frame& f = layout.frame;
  for (;;) {
    const TextBlock line(cr, more_text(layout.more), font);
    const double x = layout.rows.empty() ? f.x : layout.rows.back().box.x0;
    const double y = layout.rows.empty() ? f.y : layout.rows.back().box.y1 + kGapPt;
    const Box box{x + indent, y, x + indent + line.width(), y + line.height()};
    if (box.y1 <= f.bottom() && box.x1 <= f.right() + 1e-6) {
      layout.more_box = box;
      return;
    }
    if (layout.rows.empty()) return;  // not even the line fits: nothing is drawn
    layout.rows.pop_back();
    ++layout.more;
  }
}

}  // namespace

std::vector<LegendItem> legend_items(const MapPlan& plan, const MapLayout& layout, const Style& style) {
  std::vector<LegendItem> items;
  for (std::size_t index : layout.unlabelled) {
    const MapPlace& place = plan.places[index];
    std::string text = label_text(place.entry);
    if (const std::string d = dates(place.entry); !d.empty()) text += " · " + d;
    if (!place.in_frame) text += " (not on this map)";
    items.push_back({place.number, marker_color(place.entry, style), place.entry.status, text});
  }
  return items;
}

double LegendLayout::bottom() const {
  double y = frame.y;
  for (const LegendRow& row : rows) y = std::max(y, row.box.y1);
  if (more > 0 && more_box.y1 > more_box.y0) y = std::max(y, more_box.y1);
  return y;
}

LegendSide legend_side(const Frame& room) {
  return room.height > room.width * kPortraitRatio ? LegendSide::below : LegendSide::right;
}

LegendLayout layout_legend(cairo_t* cr, const std::vector<LegendItem>& items, const Style& style,
                           const Frame& frame) {
  if (items.empty() || !(frame.width > 0) || !(frame.height > 0)) {
    LegendLayout none;
    none.frame = frame;
    none.font_pt = style.legend.size_pt;
    none.more = items.size();  // no room at all: nothing is drawn
    return none;
  }
  const double smallest = smallest_size(style);
  std::optional<LegendLayout> best;
  // Largest text first; at each size as few columns as it takes.
  for (double size = style.legend.size_pt;; size = std::max(smallest, size - kSizeStepPt)) {
    for (int columns = 1; columns <= static_cast<int>(items.size()); ++columns) {
      const double width = (frame.width - (columns - 1) * kColumnGapPt) / columns;
      if (columns > 1 && width < kMinColumnEm * size) break;
      LegendLayout layout = flow(cr, items, style, frame, size, columns);
      if (layout.more == 0) return layout;
      if (!best || layout.rows.size() > best->rows.size()) best = std::move(layout);
    }
    if (size <= smallest) break;
  }
  sum_up_the_rest(cr, *best, style);
  return *best;
}

double legend_extent(cairo_t* cr, const std::vector<LegendItem>& items, const Style& style,
                     LegendSide side, const Frame& room) {
  if (items.empty()) return 0;
  if (side == LegendSide::right) {
    const double cap = kLegendShare * room.width;
    // As wide as the longest item on one line (long ones wrap at a column's usual width), if
    // that fits the cap and the height at full size; otherwise the cap.
    const TextStyle font = legend_font(style, style.legend.size_pt);
    double widest = 0;
    for (const LegendItem& item : items) widest = std::max(widest, TextBlock(cr, item.text, font).width());
    const double natural =
        std::min(widest, kUsualColumnPt) + disc_diameter(style.legend.size_pt) + kGapPt + 1;
    LegendLayout layout = layout_legend(cr, items, style, {room.x, room.y, natural, room.height});
    if (natural >= cap || layout.more > 0 || layout.font_pt < style.legend.size_pt) {
      layout = layout_legend(cr, items, style, {room.x, room.y, cap, room.height});
    }
    // Only what the rows use: wrapped lines rarely fill their column.
    double used = 0;
    for (const LegendRow& row : layout.rows) used = std::max(used, row.box.x1 - room.x);
    if (layout.more > 0) used = std::max(used, layout.more_box.x1 - room.x);
    return std::min(cap, std::ceil(used) + kInkSlackPt);
  }
  const double cap = kLegendShare * room.height;
  const LegendLayout layout = layout_legend(cr, items, style, {room.x, room.y, room.width, cap});
  return std::min(cap, std::ceil(layout.bottom() - room.y) + 1);
}

void draw_legend(cairo_t* cr, const LegendLayout& layout, const std::vector<LegendItem>& items,
                 const Style& style) {
  const double disc = disc_diameter(layout.font_pt);
  const TextStyle font = legend_font(style, layout.font_pt);
  const double text_max = layout.column_width - disc - kGapPt - kInkSlackPt;
  for (const LegendRow& row : layout.rows) {
    const LegendItem& item = items[row.item];
    const TextBlock text(cr, item.text, font, text_max);
    draw_disc(cr, item, row.box.x0 + disc / 2, row.box.y0 + std::min(row.box.height(), disc) / 2 + 0.5,
              layout.font_pt, style);
    text.draw(cr, row.box.x0 + disc + kGapPt, row.box.y0);
  }
  if (layout.more > 0 && layout.more_box.y1 > layout.more_box.y0) {
    TextBlock(cr, more_text(layout.more), font).draw(cr, layout.more_box.x0, layout.more_box.y0);
  }
}

}  // namespace footprint::render
