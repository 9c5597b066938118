#include "render/poster/timeline.hpp"

#include <algorithm>
#include <cmath>

#include "core/error.hpp"
#include "core/gazetteer.hpp"
#include "core/gazetteer_format.hpp"
#include "render/map/journal_layer.hpp"
#include "render/map/map_labels.hpp"

namespace footprint::render {
namespace {

constexpr double kDiscEm = 1.5;  // the numbered disc before each entry, in text sizes

TextStyle poster_font(const Style& style, double size_pt, const Rgba& color, int weight,
                      Language language) {
  TextStyle font;
  font.family = style.poster.text_family;
  font.size_pt = size_pt;
  font.weight = weight;
  font.color = color;
  font.halo_pt = 0;
  font.language = language_tag(language);
  font.tabular_figures = true;
  return font;
}

}  // namespace

void name_places_in_chinese(std::vector<TimelineEntry>& entries,
                            const std::filesystem::path& data_dir) {
  const std::filesystem::path path = data_dir / "gazetteer" / core::kGazetteerFile;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return;
  try {
    const core::Gazetteer gazetteer = core::Gazetteer::open(path);
    for (TimelineEntry& te : entries) {
      const core::Entry& e = te.place->entry;
      if (!e.title.empty() || e.place.empty() || e.coordinates.empty()) continue;
      te.chinese_place = gazetteer.chinese_name(e.place, e.anchor());
    }
  } catch (const Error&) {
    // an index of another version: the timeline keeps the names as entered
  }
}

std::string timeline_text(const TimelineEntry& entry, Language language) {
  const core::Entry& e = entry.place->entry;
  std::string what = entry.chinese_place.empty() ? label_text(e) : entry.chinese_place;
  if (!e.title.empty() && !e.place.empty() && e.place != e.title) what += " · " + e.place;
  std::string text = date_span(language, e);
  text += (text.empty() ? "" : "  ") + what + status_mark(language, e.status);
  if (!entry.on_map) text += word(language, Word::not_on_map);
  return text;
}

Timeline timeline_rows(const std::vector<TimelineEntry>& entries, int year, const Style& style,
                       Language language, double body_pt, double min_pt) {
  Timeline t;
  t.flow.body = poster_font(style, body_pt, style.poster.ink, 400, language);
  t.flow.heading = poster_font(style, body_pt, style.poster.accent, 700, language);
  t.flow.marker_em = kDiscEm;
  t.flow.gap_pt = body_pt * 0.3;
  t.flow.column_gap_pt = body_pt * 2;
  t.flow.min_column_em = 14;
  t.flow.min_size_pt = min_pt;
  t.flow.max_lines = 3;  // a title of a hundred words ends in "…" rather than push others out
  t.flow.size_step_pt = std::max(0.25, body_pt * 0.05);
  t.flow.more_text = [language](std::size_t n) { return more_line(language, n); };
  int month = -1;
  for (const TimelineEntry& te : entries) {
    const auto& date = te.place->entry.date;
    const int y = date ? date->year() : year;
    // A month-less date ("2024") goes under the year itself, before January.
    const int m = date && date->month() > 0 ? date->month() : 0;
    const int key = y * 13 + m;
    if (key != month) {
      month = key;
      std::string heading = m > 0 ? month_name(language, m) : std::to_string(y);
      if (m > 0 && y != year)
        heading +=
            language == Language::zh ? " " + std::to_string(y) + "年" : " " + std::to_string(y);
      t.rows.push_back({heading, true});
      t.row_entry.push_back(nullptr);
    }
    t.rows.push_back({timeline_text(te, language), false});
    t.row_entry.push_back(&te);
  }
  return t;
}

double timeline_need(cairo_t* cr, const Timeline& t, double width, double cap) {
  if (t.rows.empty()) return 0;
  const double size = t.flow.body.size_pt;
  const int columns = std::max(
      1, static_cast<int>((width + t.flow.column_gap_pt) / (size * 22 + t.flow.column_gap_pt)));
  const double column = (width - (columns - 1) * t.flow.column_gap_pt) / columns;
  double total = 0;
  for (const FlowRow& row : t.rows) {
    const double indent = row.heading ? 0 : t.flow.marker_em * size + t.flow.gap_pt;
    const TextBlock text(cr, row.text, row_font(t.flow, row, size),
                         column - indent - t.flow.ink_slack_pt);
    total += text.height() + t.flow.gap_pt;
    if (total / columns > cap) break;  // a year of 10,000 entries is not measured to the end
  }
  // Columns break between rows and keep headings with their first entry: a little slack.
  return total / columns * 1.08 + size * 2;
}

void layout_timeline(cairo_t* cr, Timeline& t, const Frame& frame) {
  t.layout = flow_columns(cr, t.rows, t.flow, frame);
}

void draw_timeline(cairo_t* cr, const Timeline& t, const Style& style, TextLog& log) {
  const ColumnLayout& layout = t.layout;
  const double disc = kDiscEm * layout.font_pt * 0.92;
  for (const ColumnRow& row : layout.rows) {
    const FlowRow& r = t.rows[row.item];
    const TimelineEntry* te = t.row_entry[row.item];
    if (te != nullptr) {
      const core::Entry& e = te->place->entry;
      const Rgba fill = marker_color(e, style);
      const XY centre{row.box.x0 + kDiscEm * layout.font_pt / 2,
                      row.box.y0 + std::min(row.box.height(), layout.font_pt * 1.4) / 2 + 0.3};
      draw_marker_symbol(cr, centre, disc / 2, fill, e.status, style);
      draw_marker_number(cr, centre, te->place->number, e.status, fill, layout.font_pt * 0.7,
                         style);
    }
    const TextBlock text(cr, r.text, row_font(t.flow, r, layout.font_pt),
                         text_width(t.flow, layout, r));
    draw_text(cr, text, text_x(t.flow, layout, row, r), row.box.y0, "timeline", r.text, log);
  }
  if (layout.more > 0 && layout.more_box.y1 > layout.more_box.y0) {
    const std::string line = t.flow.more_text(layout.more);
    const TextBlock text(cr, line, row_font(t.flow, FlowRow{}, layout.font_pt));
    draw_text(cr, text, layout.more_box.x0, layout.more_box.y0, "timeline", line, log);
  }
}

}  // namespace footprint::render
