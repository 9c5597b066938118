#include "render/map/symbol_key.hpp"

#include <algorithm>

#include "render/map/journal_layer.hpp"
#include "render/style/cairo_style.hpp"

namespace footprint::render {
namespace {

// Sizes of the symbols in text sizes (em): they read as the map's markers, a little smaller.
constexpr double kDiscEm = 0.75;      // a month's disc
constexpr double kRangeDiscEm = 1.0;  // a stay of several days
constexpr double kLineEm = 2.4;       // the route sample
constexpr double kItemGapEm = 1.6;    // between items
constexpr double kSymbolGapEm = 0.4;  // between a symbol and its text

double symbol_width(const KeyItem& item, double em) {
  switch (item.symbol) {
    case KeyItem::Symbol::months:
      return 12 * kDiscEm * em * 1.25;
    case KeyItem::Symbol::route:
    case KeyItem::Symbol::track:
      return kLineEm * em;
    default:
      return kRangeDiscEm * em;
  }
}

std::vector<KeyItem> key_items(Language language, const KeyContent& content) {
  using S = KeyItem::Symbol;
  std::vector<KeyItem> items = {{S::months, word(language, Word::month_colours), {}, 0}};
  if (content.ranges) items.push_back({S::range, word(language, Word::multi_day), {}, 0});
  if (content.planned) items.push_back({S::planned, word(language, Word::planned), {}, 0});
  if (content.cancelled) items.push_back({S::cancelled, word(language, Word::cancelled), {}, 0});
  if (content.routes) items.push_back({S::route, word(language, Word::route), {}, 0});
  if (content.tracks)
    items.push_back({S::track, language == Language::zh ? "轨迹" : "track", {}, 0});
  return items;
}

void draw_line_sample(cairo_t* cr, const Box& box, double width, const LineStyle& line) {
  const double y = (box.y0 + box.y1) / 2;
  cairo_move_to(cr, box.x0, y);
  cairo_line_to(cr, box.x0 + width, y);
  set_line(cr, line);
  cairo_stroke(cr);
}

}  // namespace

KeyContent key_content(const std::vector<core::Entry>& entries, bool routes) {
  KeyContent k{false, false, false, routes && entries.size() > 1, false};
  for (const core::Entry& e : entries) {
    k.ranges = k.ranges || e.is_range();
    k.planned = k.planned || e.status == core::Status::planned;
    k.cancelled = k.cancelled || e.status == core::Status::cancelled;
    k.tracks = k.tracks || e.is_track();
  }
  return k;
}

double SymbolKey::bottom() const {
  double y = frame.y;
  for (const KeyItem& item : items) y = std::max(y, item.box.y1);
  return y;
}

SymbolKey layout_symbol_key(cairo_t* cr, const Style& style, const TextStyle& font,
                            Language language, const KeyContent& content, const Frame& frame) {
  (void)style;
  SymbolKey key;
  key.frame = frame;
  key.font = font;
  const double em = font.size_pt;
  double x = frame.x, y = frame.y, line_h = 0;
  for (KeyItem item : key_items(language, content)) {
    const TextBlock text(cr, item.text, font);
    item.symbol_w = symbol_width(item, em);
    const double w = item.symbol_w + kSymbolGapEm * em + text.width();
    const double h = std::max(text.height(), kRangeDiscEm * em);
    if (x > frame.x && x + w > frame.right()) {  // wrap
      x = frame.x;
      y += line_h + 0.5 * em;
      line_h = 0;
    }
    if (x + w > frame.right() + 1e-6 || y + h > frame.bottom() + 1e-6) continue;
    item.box = {x, y, x + w, y + h};
    key.items.push_back(item);
    x += w + kItemGapEm * em;
    line_h = std::max(line_h, h);
  }
  return key;
}

void draw_symbol_key(cairo_t* cr, const SymbolKey& key, const Style& style, Language language) {
  (void)language;
  const double em = key.font.size_pt;
  for (const KeyItem& item : key.items) {
    const double cy = (item.box.y0 + item.box.y1) / 2;
    const double x0 = item.box.x0;
    const Rgba first = style.markers.month_colors[0];
    switch (item.symbol) {
      case KeyItem::Symbol::months: {
        const double step = kDiscEm * em * 1.25;
        for (std::size_t m = 0; m < 12; ++m) {
          draw_marker_symbol(cr, {x0 + step * (double(m) + 0.5), cy}, kDiscEm * em / 2,
                             style.markers.month_colors[m], core::Status::visited, style);
        }
        break;
      }
      case KeyItem::Symbol::range:
        draw_marker_symbol(cr, {x0 + item.symbol_w / 2, cy}, kRangeDiscEm * em / 2, first,
                           core::Status::visited, style);
        break;
      case KeyItem::Symbol::planned:
        draw_marker_symbol(cr, {x0 + item.symbol_w / 2, cy}, kDiscEm * em / 2 + 0.5, first,
                           core::Status::planned, style);
        break;
      case KeyItem::Symbol::cancelled:
        draw_marker_symbol(cr, {x0 + item.symbol_w / 2, cy}, kDiscEm * em / 2 + 0.5, first,
                           core::Status::cancelled, style);
        break;
      case KeyItem::Symbol::route:
        draw_line_sample(cr, item.box, item.symbol_w, style.route);
        break;
      case KeyItem::Symbol::track:
        draw_line_sample(cr, item.box, item.symbol_w, style.track);
        break;
    }
    const TextBlock text(cr, item.text, key.font);
    text.draw(cr, x0 + item.symbol_w + kSymbolGapEm * em, cy - text.height() / 2);
  }
}

}  // namespace footprint::render
