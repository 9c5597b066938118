#include "render/map_legend.hpp"

#include <algorithm>
#include <cmath>

#include "render/cairo_style.hpp"
#include "render/journal_layer.hpp"
#include "render/map_labels.hpp"
#include "render/text.hpp"

namespace footprint::render {
namespace {

constexpr double kGapPt = 3;
constexpr double kColumnGapPt = 8;

double disc_diameter(const Style& style) { return style.legend.size_pt * 1.6; }

std::string dates(const core::Entry& e) {
  if (!e.date) return "";
  std::string out = e.date->text().substr(0, 10);
  if (e.is_range()) out += " – " + e.end->text().substr(0, 10);
  return out;
}

void draw_disc(cairo_t* cr, const LegendItem& item, double cx, double cy, const Style& style) {
  const double r = disc_diameter(style) / 2;
  cairo_arc(cr, cx, cy, r, 0, 2 * M_PI);
  set_color(cr, item.status == core::Status::visited ? item.color : style.markers.outline.color);
  cairo_fill_preserve(cr);
  LineStyle outline{item.color, item.status == core::Status::visited ? 0.0 : 1.0, {}};
  if (item.status == core::Status::cancelled) outline.dash_pt = {1.5, 1.2};
  set_line(cr, outline);
  if (outline.width_pt > 0) cairo_stroke(cr);
  cairo_new_path(cr);
  TextStyle number = text_style(style.markers.number);
  number.size_pt = style.legend.size_pt * 0.8;
  if (item.status != core::Status::visited) number.color = item.color;
  const TextBlock text(cr, std::to_string(item.number), number);
  text.draw(cr, cx - text.width() / 2, cy - text.height() / 2);
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

LegendShape legend_shape(cairo_t* cr, const std::vector<LegendItem>& items, const Style& style,
                         double column_max_pt, double height_pt) {
  if (items.empty()) return {};
  const double text_max = column_max_pt - disc_diameter(style) - kGapPt;
  double width = 0, total_height = 0;
  for (const LegendItem& item : items) {
    const TextBlock text(cr, item.text, text_style(style.legend), text_max);
    width = std::max(width, text.width());
    total_height += std::max(disc_diameter(style), text.height()) + kGapPt;
  }
  const double column = std::min(column_max_pt, width + disc_diameter(style) + kGapPt + 1);
  // Some slack per column: rows do not split evenly between columns.
  const double usable = std::max(1.0, height_pt - 2.5 * style.legend.size_pt);
  return {column, std::clamp(static_cast<int>(std::ceil(total_height / usable)), 1, 4)};
}

void draw_legend(cairo_t* cr, const Frame& frame, const LegendShape& shape,
                 const std::vector<LegendItem>& items, const Style& style) {
  const double disc = disc_diameter(style);
  const TextStyle font = text_style(style.legend);
  const double text_max = shape.column_width - disc - kGapPt;
  // Never more columns than the frame holds.
  const int columns = std::max(1, std::min(shape.columns, static_cast<int>((frame.width + kColumnGapPt + 0.5) /
                                                                            (shape.column_width + kColumnGapPt))));
  double x = frame.x, y = frame.y;
  int col = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const TextBlock text(cr, items[i].text, font, text_max);
    const double row = std::max(disc, text.height());
    if (y + row > frame.bottom() && col + 1 < columns) {
      ++col;
      x += shape.column_width + kColumnGapPt;
      y = frame.y;
    }
    // Keep a line for "… and N more" when the last column is full.
    const bool last_column = col + 1 >= columns;
    if (last_column && y + row + (i + 1 < items.size() ? font.size_pt * 1.6 : 0) > frame.bottom()) {
      const TextBlock more(cr, "… and " + std::to_string(items.size() - i) + " more", font);
      more.draw(cr, x + disc + kGapPt, y);
      return;
    }
    draw_disc(cr, items[i], x + disc / 2, y + std::min(row, disc) / 2 + 0.5, style);
    text.draw(cr, x + disc + kGapPt, y);
    y += row + kGapPt;
  }
}

}  // namespace footprint::render
