#include "render/map/legend.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "render/map/journal_layer.hpp"
#include "render/map/map_labels.hpp"
#include "render/style/cairo_style.hpp"
#include "render/text/text.hpp"

namespace footprint::render {
namespace {

constexpr double kGapPt = 3;         // between disc and text, and between rows
constexpr double kColumnGapPt = 8;   // between columns
constexpr double kMinColumnEm = 12;  // the narrowest extra column, in text sizes
constexpr double kSizeStepPt = 0.5;
constexpr double kUsualColumnPt = 170;  // text of a legend column when the page has room
constexpr double kInkSlackPt = 1;       // glyph ink beyond Pango's wrapping width
// Portrait pages (this much taller than wide) take the legend below the map.
constexpr double kPortraitRatio = 1.2;

constexpr double kDiscEm = 1.6;  // the numbered disc, in text sizes

double disc_diameter(double font_pt) {
  return font_pt * kDiscEm;
}

double smallest_size(const Style& style) {
  return std::min(style.legend.size_pt, kLegendMinPt);
}

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

}  // namespace

std::string legend_more_text(std::size_t n, Language language) {
  return more_line(language, n);
}

namespace {

void draw_disc(cairo_t* cr, const LegendItem& item, double cx, double cy, double font_pt,
               const Style& style) {
  const double r = disc_diameter(font_pt) / 2;
  if (item.group_count > 0) {
    // As on the map, at the legend's size.
    Style scaled = style;
    scaled.markers.number.size_pt = font_pt * 0.8 / 1.25;
    draw_group_marker(cr, {cx, cy}, r, item.group_count, scaled);
    return;
  }
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

// The legend's rows as the shared column flow sets them: a numbered disc before each item.
FlowStyle flow_style(const Style& style, Language language) {
  FlowStyle flow;
  flow.body = legend_font(style, style.legend.size_pt);
  flow.heading = flow.body;
  flow.marker_em = kDiscEm;
  flow.gap_pt = kGapPt;
  flow.column_gap_pt = kColumnGapPt;
  flow.min_column_em = kMinColumnEm;
  flow.min_size_pt = smallest_size(style);
  flow.size_step_pt = kSizeStepPt;
  flow.ink_slack_pt = kInkSlackPt;
  flow.more_text = [language](std::size_t n) { return legend_more_text(n, language); };
  return flow;
}

std::vector<FlowRow> flow_rows(const std::vector<LegendItem>& items) {
  std::vector<FlowRow> rows;
  rows.reserve(items.size());
  for (const LegendItem& item : items) rows.push_back({item.text, false, item.group_count == 0});
  return rows;
}

// True when layout_legend() in a frame `width` × `height` leaves out some place whatever the
// items' texts: more places than rows fit at the smallest size in as many columns as it tries
// (a row is at least its disc high, a column at least kMinColumnEm text sizes wide).
bool overflows(const std::vector<LegendItem>& items, const Style& style, double width,
               double height) {
  const double smallest = smallest_size(style);
  const double row = disc_diameter(smallest) + 0.5 + kGapPt;
  const double columns =
      1 + std::floor((width + kColumnGapPt) / (kMinColumnEm * smallest + kColumnGapPt));
  const double rows = 1 + std::floor((height + kGapPt) / row);
  const auto places = std::count_if(items.begin(), items.end(),
                                    [](const LegendItem& item) { return item.group_count == 0; });
  return static_cast<double>(places) > columns * rows;
}

}  // namespace

std::vector<LegendItem> legend_items(const MapPlan& plan, const MapLayout& layout,
                                     const Style& style, Language language) {
  const bool zh = language == Language::zh;
  std::vector<LegendItem> items;
  const std::vector<std::size_t> marker_of = marker_of_places(layout.markers, plan.places.size());
  std::vector<bool> listed(plan.places.size(), false);
  const auto add_place = [&](std::size_t index) {
    if (listed[index]) return;
    listed[index] = true;
    const MapPlace& place = plan.places[index];
    std::string text = label_text(place.entry);
    if (const std::string d = dates(place.entry); !d.empty()) text += " · " + d;
    if (!place.in_frame) text += zh ? "（不在地图上）" : " (not on this map)";
    items.push_back({0, place.number, marker_color(place.entry, style), place.entry.status, text});
  };
  for (std::size_t index : layout.unlabelled) {
    const std::size_t m = marker_of[index];
    if (m < layout.markers.size() && layout.markers[m].is_group() && !listed[index]) {
      const MarkerSpot& group = layout.markers[m];
      items.push_back({group.count(), 0, style.label.color, core::Status::visited,
                       marker_label_text(plan, group) + " · " + std::to_string(group.count()) +
                           (zh ? " 条记录" : " entries")});
      for (std::size_t member : group.members) add_place(member);
    }
    add_place(index);
  }
  return items;
}

LegendSide legend_side(const Frame& room) {
  return room.height > room.width * kPortraitRatio ? LegendSide::below : LegendSide::right;
}

std::vector<LegendSide> legend_sides(cairo_t* cr, const std::vector<LegendItem>& items,
                                     const Style& style, const Frame& room, Language language) {
  const double smallest = smallest_size(style);
  const TextBlock more(cr, legend_more_text(items.size(), language), legend_font(style, smallest));
  const double column = std::max(kMinColumnEm * smallest, more.width()) + disc_diameter(smallest) +
                        kGapPt + kInkSlackPt;
  const bool beside = kLegendShare * room.width >= column;
  if (legend_side(room) == LegendSide::right && beside)
    return {LegendSide::right, LegendSide::below};
  if (beside) return {LegendSide::below, LegendSide::right};
  return {LegendSide::below};
}

LegendLayout layout_legend(cairo_t* cr, const std::vector<LegendItem>& items, const Style& style,
                           const Frame& frame, Language language) {
  return flow_columns(cr, flow_rows(items), flow_style(style, language), frame);
}

double legend_extent(cairo_t* cr, const std::vector<LegendItem>& items, const Style& style,
                     LegendSide side, const Frame& room, Language language) {
  if (items.empty()) return 0;
  if (side == LegendSide::right) {
    const double cap = kLegendShare * room.width;
    // As wide as the longest item on one line (long ones wrap at a column's usual width), if
    // that fits the cap and the height at full size; otherwise the cap.
    const auto at = [&](double width) {
      return layout_legend(cr, items, style, {room.x, room.y, width, room.height}, language);
    };
    const double widest_natural = kUsualColumnPt + disc_diameter(style.legend.size_pt) + kGapPt + 1;
    LegendLayout layout;
    if (overflows(items, style, std::min(widest_natural, cap), room.height)) {
      // Too many items for a column of the natural width whatever their widths: the cap, as
      // measuring them would have found (a journal of 10,000 entries measured every title).
      layout = at(cap);
    } else {
      // Measured only until one reaches a column's usual width: no longer item changes it.
      const TextStyle font = legend_font(style, style.legend.size_pt);
      double widest = 0;
      for (std::size_t i = 0; i < items.size() && widest < kUsualColumnPt; ++i)
        widest = std::max(widest, TextBlock(cr, items[i].text, font).width());
      const double natural =
          std::min(widest, kUsualColumnPt) + disc_diameter(style.legend.size_pt) + kGapPt + 1;
      layout = natural >= cap ? at(cap) : at(natural);
      if (natural < cap && (layout.more > 0 || layout.font_pt < style.legend.size_pt)) {
        layout = at(cap);
      }
    }
    // Only what the rows use: wrapped lines rarely fill their column.
    double used = 0;
    for (const LegendRow& row : layout.rows) used = std::max(used, row.box.x1 - room.x);
    if (layout.more > 0) used = std::max(used, layout.more_box.x1 - room.x);
    return std::min(cap, std::ceil(used) + kInkSlackPt);
  }
  const double cap = kLegendShare * room.height;
  const LegendLayout layout =
      layout_legend(cr, items, style, {room.x, room.y, room.width, cap}, language);
  return std::min(cap, std::ceil(layout.bottom() - room.y) + 1);
}

void draw_legend(cairo_t* cr, const LegendLayout& layout, const std::vector<LegendItem>& items,
                 const Style& style, Language language) {
  const double disc = disc_diameter(layout.font_pt);
  for (const LegendRow& row : layout.rows) {
    draw_disc(cr, items[row.item], row.box.x0 + disc / 2,
              row.box.y0 + std::min(row.box.height(), disc) / 2 + 0.5, layout.font_pt, style);
  }
  draw_flow_text(cr, flow_rows(items), flow_style(style, language), layout);
}

}  // namespace footprint::render
