#include "render/poster/stats_block.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "render/style/cairo_style.hpp"
#include "render/text/fit_text.hpp"

namespace footprint::render {
namespace {

constexpr double kChartShare = 0.38;  // of the block's height, when the figures sit above it

TextStyle font(const Style& /*style*/, const std::string& family, double size, int weight,
               const Rgba& color, Language language) {
  TextStyle f;
  f.family = family;
  f.size_pt = size;
  f.weight = weight;
  f.color = color;
  f.halo_pt = 0;
  f.language = language_tag(language);
  f.tabular_figures = true;
  return f;
}

// How the figures are set: a size for the numbers and how many go across.
struct FigureGrid {
  double number_pt = 0;
  int across = 0;
  double cell_w = 0, cell_h = 0;
  double height() const { return cell_h; }
};

std::optional<FigureGrid> fit_figures(cairo_t* cr, const std::vector<Figure>& figures,
                                      const Frame& room, const TypeScale& scale, const Style& style,
                                      Language language) {
  const int n = static_cast<int>(figures.size());
  const double gap = scale.step(1);
  const double caption_pt = scale.step(0.5);
  for (double step = 6; step >= 2; step -= 0.5) {
    const double size = scale.step(step);
    for (int across = n; across >= 1; --across) {
      const int rows = (n + across - 1) / across;
      const double cell_w = (room.width - (across - 1) * gap) / across;
      double number_h = 0, caption_h = 0;
      bool ok = cell_w > 0;
      for (const Figure& f : figures) {
        if (!ok) break;
        const TextBlock num(cr, f.number,
                            font(style, style.poster.display_family, size,
                                 style.poster.display_weight, style.poster.ink, language));
        const TextBlock cap(
            cr, f.caption,
            font(style, style.poster.text_family, caption_pt, 400, style.poster.muted, language),
            cell_w);
        ok = num.width() <= cell_w && cap.width() <= cell_w + 0.01;
        number_h = std::max(number_h, num.height());
        caption_h = std::max(caption_h, cap.height());
      }
      const double cell_h = number_h + caption_h;
      if (ok && rows * cell_h + (rows - 1) * gap <= room.height) {
        return FigureGrid{size, across, cell_w, cell_h};
      }
    }
  }
  return std::nullopt;
}

void draw_figures(cairo_t* cr, const std::vector<Figure>& figures, const FigureGrid& grid,
                  const Frame& room, const TypeScale& scale, const Style& style, Language language,
                  TextLog& log) {
  const double gap = scale.step(1);
  const double caption_pt = scale.step(0.5);
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const int col = static_cast<int>(i) % grid.across, row = static_cast<int>(i) / grid.across;
    const double x = room.x + col * (grid.cell_w + gap);
    const double y = room.y + row * (grid.cell_h + gap);
    const TextBlock num(cr, figures[i].number,
                        font(style, style.poster.display_family, grid.number_pt,
                             style.poster.display_weight, style.poster.ink, language));
    draw_text(cr, num, x, y, "stats", figures[i].number, log);
    const TextBlock cap(
        cr, figures[i].caption,
        font(style, style.poster.text_family, caption_pt, 400, style.poster.muted, language),
        grid.cell_w);
    draw_text(cr, cap, x, y + num.height(), "stats", figures[i].caption, log);
  }
}

// Bars of kilometres per month, with month initials under them and the largest value over its bar.
void draw_chart(cairo_t* cr, const core::TravelStats& stats, const Frame& room,
                const TypeScale& scale, const Style& style, Language language, TextLog& log) {
  const double small = scale.step(0);
  const TextStyle caption =
      font(style, style.poster.text_family, small, 400, style.poster.muted, language);
  const std::string title = word(language, Word::km_per_month);
  const TextBlock heading = fit_text(cr, title, caption, {room.width, small * 2, small, 1});
  if (!fits(heading, {room.width, room.height, small, 1})) return;
  draw_text(cr, heading, room.x, room.y, "stats", title, log);
  std::array<double, 12> km{};
  for (const core::MonthStats& m : stats.months)
    km[static_cast<std::size_t>(m.month.month - 1)] += m.km;
  const double top_label_h = TextBlock(cr, "0", caption).height();
  const double axis_h = top_label_h;
  const double y0 = room.y + heading.height() + top_label_h + small * 0.3;
  const double base = room.bottom() - axis_h - small * 0.3;
  if (base - y0 < small) return;  // no room for bars: the figures say it
  const double slot = room.width / 12;
  const double bar_w = slot * 0.62;
  const double most = *std::max_element(km.begin(), km.end());
  set_color(cr, style.poster.accent);
  for (std::size_t m = 0; m < 12; ++m) {
    const double h = most > 0 ? (base - y0) * km[m] / most : 0;
    cairo_rectangle(cr, room.x + slot * double(m) + (slot - bar_w) / 2, base - h, bar_w, h);
  }
  cairo_fill(cr);
  set_line(cr, LineStyle{style.poster.muted, std::max(0.25, style.poster.rule.width_pt), {}});
  cairo_move_to(cr, room.x, base);
  cairo_line_to(cr, room.right(), base);
  cairo_stroke(cr);
  for (std::size_t m = 0; m < 12; ++m) {
    const std::string letter = month_initial(language, static_cast<int>(m) + 1);
    const TextBlock t(cr, letter, caption);
    draw_text(cr, t, room.x + slot * double(m) + (slot - t.width()) / 2, base + small * 0.3,
              "stats", letter, log);
  }
  if (most > 0) {
    const auto m = static_cast<std::size_t>(std::max_element(km.begin(), km.end()) - km.begin());
    const std::string value = grouped(std::llround(most));
    const TextBlock t(cr, value, caption);
    const double x = std::clamp(room.x + slot * double(m) + (slot - t.width()) / 2, room.x,
                                room.right() - t.width());
    draw_text(cr, t, x, y0 - top_label_h - small * 0.15, "stats", value, log);
  }
}

}  // namespace

std::vector<Figure> stats_figures(const core::TravelStats& stats, Language language) {
  std::vector<Figure> out;
  const auto add = [&](long long n, Word w) {
    out.push_back({grouped(n), word_for(language, w, n)});
  };
  add(stats.distinct_places, Word::places);
  add(static_cast<long long>(stats.countries.size()), Word::countries);
  add(std::llround(stats.distance_km), Word::km);
  if (stats.days_away) add(*stats.days_away, Word::days_away);
  add(static_cast<long long>(stats.new_places.size()), Word::new_places);
  return out;
}

std::string stats_facts(const core::TravelStats& stats, Language language) {
  const bool zh = language == Language::zh;
  std::vector<std::string> parts;
  if (stats.furthest && !stats.furthest->place.empty()) {
    const std::string km = grouped(std::llround(stats.furthest->km));
    parts.push_back(zh ? "最远：" + stats.furthest->place + "，" + km + " 公里"
                       : "Furthest: " + stats.furthest->place + ", " + km + " km");
  }
  if (stats.longest_stay && stats.longest_stay->days > 1) {
    const auto& l = *stats.longest_stay;
    const std::string where = l.place.empty() ? l.title : l.place;
    const std::string days = std::to_string(l.days);
    parts.push_back(zh ? "最长停留：" + where + "，" + days + " 天"
                       : "Longest stay: " + where + ", " + days + " days");
  }
  if (stats.busiest_month) {
    const std::string month = month_name(language, stats.busiest_month->month);
    parts.push_back(zh ? "最忙：" + month : "Busiest month: " + month);
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : zh ? "　" : " · ") + p;
  return out;
}

void draw_stats_block(cairo_t* cr, const core::TravelStats& stats, const Frame& frame,
                      const TypeScale& scale, const Style& style, Language language, TextLog& log) {
  const std::vector<Figure> figures = stats_figures(stats, language);
  // Wide blocks put the chart beside the figures, tall ones under them.
  const bool beside = frame.width > frame.height * 2.2;
  const double gap = scale.step(1);
  Frame figures_room = frame, chart_room = frame;
  if (beside) {
    figures_room.width = frame.width * 0.62;
    chart_room = {frame.x + figures_room.width + gap * 2, frame.y,
                  frame.width - figures_room.width - gap * 2, frame.height};
  } else {
    figures_room.height = frame.height * (1 - kChartShare) - gap / 2;
    chart_room = {frame.x, figures_room.bottom() + gap, frame.width,
                  frame.height - figures_room.height - gap};
  }
  // The figures first; then the year's superlatives in a line or two under them, when there is
  // room left for them.
  double below_figures = figures_room.y;
  if (const auto grid = fit_figures(cr, figures, figures_room, scale, style, language)) {
    const int rows = (static_cast<int>(figures.size()) + grid->across - 1) / grid->across;
    below_figures = figures_room.y + rows * grid->cell_h + (rows - 1) * gap;
    draw_figures(cr, figures, *grid, figures_room, scale, style, language, log);
  }
  const std::string facts = stats_facts(stats, language);
  const TextStyle facts_font =
      font(style, style.poster.text_family, scale.step(0.5), 400, style.poster.ink, language);
  const double facts_top = below_figures + gap / 2;
  const FitLimits facts_limits{figures_room.width, figures_room.bottom() - facts_top, scale.step(0),
                               2};
  if (!facts.empty() && facts_limits.max_height_pt > 0) {
    const TextBlock text = fit_text(cr, facts, facts_font, facts_limits);
    if (fits(text, facts_limits)) {
      draw_text(cr, text, figures_room.x, facts_top, "stats", facts, log);
      below_figures = facts_top + text.height();
    }
  }
  if (!beside) {
    // The chart takes what the figures and facts leave.
    const double top = below_figures + gap;
    chart_room = {frame.x, top, frame.width, frame.bottom() - top};
  }
  draw_chart(cr, stats, chart_room, scale, style, language, log);
}

}  // namespace footprint::render
