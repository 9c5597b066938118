#include "render/poster/poster.hpp"

#include <glib.h>

#include <algorithm>
#include <map>
#include <memory>
#include <sstream>

#include "core/error.hpp"

#include "render/map/furniture.hpp"
#include "render/map/symbol_key.hpp"
#include "render/page/canvas.hpp"
#include "render/poster/stats_block.hpp"
#include "render/poster/timeline.hpp"
#include "render/style/cairo_style.hpp"
#include "render/text/fit_text.hpp"

namespace footprint::render {
namespace {

constexpr double kPtPerMm = 72.0 / 25.4;
constexpr double kCropMarkZoneMm = 6;  // beyond the bleed, where the crop marks stand

TextStyle poster_font(const Style& style, bool display, double size, const Rgba& color,
                      Language language, int weight = 400) {
  TextStyle f;
  f.family = display ? style.poster.display_family : style.poster.text_family;
  f.weight = display ? style.poster.display_weight : weight;
  f.size_pt = size;
  f.color = color;
  f.halo_pt = 0;
  f.language = language_tag(language);
  return f;
}

// Latin capitals for styles that set the title in spaced capitals; Chinese is unchanged by it.
std::string title_text(const PosterRequest& r, const Style& style) {
  std::string title = r.title.empty() ? std::to_string(r.year) : r.title;
  if (!style.poster.title_caps) return title;
  std::unique_ptr<gchar, decltype(&g_free)> upper(g_utf8_strup(title.c_str(), -1), g_free);
  return upper.get();
}

bool has_cjk(const std::string& text) {
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0xE3 && c <= 0xE9) return true;  // U+3000..U+9FFF: CJK punctuation and ideographs
  }
  return false;
}

std::string subtitle_text(const PosterRequest& r) {
  std::vector<std::string> parts;
  if (!r.subtitle.empty()) parts.push_back(r.subtitle);
  if (!r.owner.empty()) parts.push_back(r.owner);
  if (!r.home.empty()) {
    parts.push_back(r.language == Language::zh ? "家：" + r.home : "Home: " + r.home);
  }
  const auto count = [&](long long n, Word w) {
    return grouped(n) + " " + word_for(r.language, w, n);
  };
  parts.push_back(count(r.stats.entries(), Word::entries));
  parts.push_back(count(static_cast<long long>(r.stats.countries.size()), Word::countries));
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "  ·  ") + p;
  return out;
}

// The title, and the subtitle line under it, or beside it on landscape pages when it fits there
// (the map needs the height more than the width).
struct Header {
  TextBlock title;
  TextBlock subtitle;
  double gap = 0;
  bool beside = false;
  double height() const {
    return beside ? std::max(title.height(), subtitle.height())
                  : title.height() + gap + subtitle.height();
  }
};

Header make_header(cairo_t* cr, const PosterRequest& r, const Style& style, const TypeScale& scale,
                   double width, bool landscape) {
  const std::string title = title_text(r, style);
  const double size = scale.step(landscape ? 7.5 : 9);
  TextStyle tf = poster_font(style, true, size, style.poster.ink, r.language);
  if (style.poster.title_caps && !has_cjk(title)) tf.letter_spacing_pt = size * 0.06;
  TextBlock t = fit_text(cr, title, tf, {width, size * 2.6, scale.step(5), 2});
  const TextStyle sf = poster_font(style, false, scale.step(3), style.poster.muted, r.language);
  const double gap = scale.step(3);
  if (landscape && t.width() < width * 0.6) {
    TextBlock s =
        fit_text(cr, subtitle_text(r), sf, {width - t.width() - gap, t.height(), scale.step(1), 2});
    if (fits(s, {width - t.width() - gap, t.height(), 0, 2}))
      return {std::move(t), std::move(s), gap, true};
  }
  TextBlock s = fit_text(cr, subtitle_text(r), sf, {width, scale.step(3) * 3, scale.step(1), 2});
  return {std::move(t), std::move(s), scale.step(1) * 0.6, false};
}

void draw_header(cairo_t* cr, const Header& h, const Frame& frame, const PosterRequest& r,
                 const Style& style, TextLog& log) {
  draw_text(cr, h.title, frame.x, frame.y, "header", title_text(r, style), log);
  if (h.beside) {
    // On the title's baseline, roughly: bottom-aligned with its box, a descent above it.
    const double y =
        frame.y + h.title.height() - h.subtitle.height() - h.title.style().size_pt * 0.12;
    draw_text(cr, h.subtitle, frame.right() - h.subtitle.width(), std::max(frame.y, y), "header",
              subtitle_text(r), log);
    return;
  }
  draw_text(cr, h.subtitle, frame.x, frame.y + h.title.height() + h.gap, "header", subtitle_text(r),
            log);
}

std::string made_with(Language language) {
  return language == Language::zh ? "由 footprint 制作" : "Made with footprint";
}

std::string all_credits(bool geonames, Language language) {
  DataUsed all{true, true};
  return credits_text(all, geonames) + " · " + made_with(language);
}

struct Footer {
  double key_pt = 0;
  double height = 0;
};

// The key on the left two thirds, the credits right-aligned on the rest; the taller sets the
// footer's height.
Footer measure_footer(cairo_t* cr, const PosterGrid& grid, const TypeScale& scale,
                      const Style& style, const PosterRequest& r) {
  Footer f;
  f.key_pt = scale.step(0.5);
  const Frame key_room = grid.columns_frame(0, 8, 0, 1e6);
  const SymbolKey key = layout_symbol_key(
      cr, style, poster_font(style, false, f.key_pt, style.poster.ink, r.language), r.language, {},
      key_room);
  const Frame credits_room = grid.columns_frame(8, 4, 0, 1e6);
  TextStyle cf = poster_font(style, false, scale.step(0), style.poster.muted, r.language);
  cf.align = TextAlign::right;
  const TextBlock credits(cr, all_credits(r.credit_geonames, r.language), cf, credits_room.width);
  f.height = std::max(key.bottom() - key_room.y, credits.height());
  return f;
}

void draw_footer(cairo_t* cr, const Footer& f, const Frame& frame, const PosterGrid& grid,
                 const TypeScale& scale, const Style& style, const PosterRequest& r,
                 const std::string& credits, const KeyContent& content, TextLog& log) {
  const Frame key_room = grid.columns_frame(0, 8, frame.y, frame.height);
  const TextStyle kf = poster_font(style, false, f.key_pt, style.poster.ink, r.language);
  const SymbolKey key = layout_symbol_key(cr, style, kf, r.language, content, key_room);
  draw_symbol_key(cr, key, style, r.language);
  for (const KeyItem& item : key.items) log.push_back({"footer", item.box, item.text});
  const Frame credits_room = grid.columns_frame(8, 4, frame.y, frame.height);
  TextStyle cf = poster_font(style, false, scale.step(0), style.poster.muted, r.language);
  cf.align = TextAlign::right;
  const TextBlock text =
      fit_text(cr, credits, cf, {credits_room.width, credits_room.height, scale.step(0) * 0.8, 0});
  draw_text(cr, text, credits_room.right() - text.width(), frame.y, "footer", credits, log);
}

void draw_rules(cairo_t* cr, const PosterBlocks& blocks, const PosterGrid& grid,
                const Style& style) {
  if (!visible(style.poster.rule)) return;
  set_line(cr, style.poster.rule);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
  for (double y : blocks.rules_y) {
    cairo_move_to(cr, grid.inner.x, y);
    cairo_line_to(cr, grid.inner.right(), y);
  }
  cairo_stroke(cr);
}

MapOptions poster_map_options(const PosterRequest& r) {
  MapOptions o;
  o.routes = r.map.routes;
  o.credit_geonames = r.credit_geonames;
  o.credits = false;  // in the footer, once
  o.chinese_reference_names = r.language == Language::zh;
  return o;
}

PosterMap plan_and_layout(cairo_t* cr, const MapRequest& request, const Frame& frame,
                          const Style& style, const std::filesystem::path& data_dir,
                          const MapOptions& options) {
  MapPlan plan = plan_map(request, frame);
  MapLayout layout = layout_map(cr, plan, style, data_dir, options);
  return {std::move(plan), std::move(layout)};
}

// The name most of an inset's places carry (`pick` reads it from an entry), or "" when none does.
template <class Pick>
std::string commonest(const MapPlan& main, const InsetSpec& inset, Pick pick) {
  std::map<std::string, int> counts;
  for (std::size_t i : inset.places) {
    const std::string& name = pick(main.places[i].entry);
    if (!name.empty()) ++counts[name];
  }
  std::string best;
  int most = 0;
  for (const auto& [name, n] : counts) {
    if (n > most) best = name, most = n;
  }
  return best;
}

// Each inset's caption: the region most of its places are in ("California"), else their
// commonest place. Two insets in one region (Edmonton, and Banff with Canmore, both in Alberta)
// are told apart by their commonest place: "Edmonton, Alberta", "Banff, Alberta".
std::vector<std::string> inset_captions(const MapPlan& main, const std::vector<InsetSpec>& insets) {
  const auto region = [](const core::Entry& e) -> const std::string& { return e.region; };
  const auto place = [](const core::Entry& e) -> const std::string& { return e.place; };
  std::vector<std::string> out;
  for (const InsetSpec& inset : insets) {
    const std::string r = commonest(main, inset, region);
    out.push_back(r.empty() ? commonest(main, inset, place) : r);
  }
  for (std::size_t i = 0; i < insets.size(); ++i) {
    if (out[i].empty() || std::count(out.begin(), out.end(), out[i]) == 1) continue;
    const std::string shared = out[i];
    for (std::size_t j = i; j < insets.size(); ++j) {
      if (out[j] != shared) continue;
      const std::string p = commonest(main, insets[j], place);
      if (!p.empty() && p != shared) out[j] = p + ", " + shared;
    }
  }
  return out;
}

// An inset: its letter and caption on a line, its map under them.
PosterMap draw_inset(cairo_t* cr, const PosterMap& main, const InsetSpec& inset,
                     const std::string& caption, const Frame& block, const PosterRequest& r,
                     const TypeScale& scale, const Style& style,
                     const std::filesystem::path& data_dir, TextLog& log) {
  const double tag = scale.step(1.5);
  const std::string name = std::string("inset ") + inset.letter;
  draw_inset_letter(cr, {block.x, block.y, block.x + tag, block.y + tag}, inset.letter, style);
  log.push_back(
      {name, {block.x, block.y, block.x + tag, block.y + tag}, std::string(1, inset.letter)});
  const double text_x = block.x + tag + scale.step(0.5);
  const TextBlock text = fit_text(
      cr, caption, poster_font(style, false, scale.step(1), style.poster.ink, r.language, 600),
      {block.right() - text_x, tag, scale.step(0), 1});
  if (!caption.empty() && fits(text, {block.right() - text_x, tag, 0, 1})) {
    draw_text(cr, text, text_x, block.y + (tag - text.height()) / 2, name, caption, log);
  }
  const double top = block.y + tag + scale.step(0.5);
  const Frame frame{block.x, top, block.width, block.bottom() - top};
  PosterMap map = plan_and_layout(cr, inset_request(main.plan, inset, r.map), frame, style,
                                  data_dir, poster_map_options(r));
  draw_map(cr, map.plan, map.layout, style, data_dir);
  return map;
}

std::vector<TimelineEntry> timeline_entries(const PosterMap& main,
                                            const std::vector<PosterMap>& insets) {
  std::vector<TimelineEntry> out;
  std::vector<int> inset_numbers;
  for (const PosterMap& m : insets) {
    const std::vector<std::size_t> marker_of =
        marker_of_places(m.layout.markers, m.plan.places.size());
    for (std::size_t i = 0; i < m.plan.places.size(); ++i) {
      if (marker_of[i] < m.layout.markers.size()) inset_numbers.push_back(m.plan.places[i].number);
    }
  }
  const std::vector<std::size_t> marker_of =
      marker_of_places(main.layout.markers, main.plan.places.size());
  std::vector<bool> drawn(main.plan.places.size(), false);
  for (std::size_t i = 0; i < drawn.size(); ++i)
    drawn[i] = marker_of[i] < main.layout.markers.size();
  for (std::size_t i = 0; i < main.plan.places.size(); ++i) {
    const MapPlace& p = main.plan.places[i];
    const bool in_inset =
        std::find(inset_numbers.begin(), inset_numbers.end(), p.number) != inset_numbers.end();
    out.push_back({&p, (drawn[i] && p.in_frame) || in_inset, {}});
  }
  return out;
}

struct Frames {
  PosterGrid grid;
  TypeScale scale;
};

void draw_classic(cairo_t* cr, const Frames& f, const Header& header, const Footer& footer,
                  const PosterRequest& r, const Style& style, const std::filesystem::path& data_dir,
                  PosterDrawing& out) {
  const bool landscape = f.grid.page.width > f.grid.page.height;
  // The timeline's wish for room is measured on a plan of the places alone (its numbers and
  // dates do not depend on the map).
  const std::vector<MapPlace> ordered = order_places(r.map.entries);
  std::vector<TimelineEntry> provisional;
  provisional.reserve(ordered.size());
  for (const MapPlace& p : ordered) provisional.push_back({&p, true, {}});
  const double body = f.scale.step(1), smallest = f.scale.step(0);
  const Timeline wish = timeline_rows(provisional, r.year, style, r.language, body, smallest);
  const double timeline_width =
      landscape ? f.grid.columns_frame(8, 4, 0, 0).width : f.grid.inner.width;
  const double need = timeline_need(cr, wish, timeline_width, f.grid.inner.height);

  int slots = r.insets ? kMaxInsets : 0;
  out.blocks = layout_classic(f.grid, header.height(), footer.height, slots, need, landscape);
  const MapOptions options = poster_map_options(r);
  out.main.emplace(plan_and_layout(cr, r.map, out.blocks.map, style, data_dir, options));
  PosterMap& main = *out.main;
  if (slots > 0) out.insets = find_insets(main.plan, main.layout, style, slots);
  if (static_cast<int>(out.insets.size()) != slots) {
    const Frame before = out.blocks.map;
    out.blocks = layout_classic(f.grid, header.height(), footer.height,
                                static_cast<int>(out.insets.size()), need, landscape);
    if (before.height != out.blocks.map.height || before.width != out.blocks.map.width) {
      main = plan_and_layout(cr, r.map, out.blocks.map, style, data_dir, options);
      out.insets = find_insets(main.plan, main.layout, style, static_cast<int>(out.insets.size()));
    }
  }
  if (!out.insets.empty()) {
    // Places an inset shows are labelled there; the keys are obstacles for the other labels.
    MapOptions keyed = options;
    keyed.label_places.assign(main.plan.places.size(), true);
    for (const InsetSpec& inset : out.insets) {
      keyed.obstacles.push_back(inset.key_box);
      keyed.obstacles.push_back(inset.letter_box);
      for (std::size_t i : inset.places) keyed.label_places[i] = false;
    }
    main.layout = layout_map(cr, main.plan, style, data_dir, keyed);
  }
  draw_map(cr, main.plan, main.layout, style, data_dir);
  for (const InsetSpec& inset : out.insets) draw_inset_key(cr, inset, style);
  const std::vector<std::string> captions = inset_captions(main.plan, out.insets);
  for (std::size_t i = 0; i < out.insets.size(); ++i) {
    out.inset_maps.push_back(draw_inset(cr, main, out.insets[i], captions[i], out.blocks.insets[i],
                                        r, f.scale, style, data_dir, out.texts));
  }
  draw_stats_block(cr, r.stats, out.blocks.stats, f.scale, style, r.language, out.texts);
  std::vector<TimelineEntry> entries = timeline_entries(main, out.inset_maps);
  if (r.language == Language::zh) name_places_in_chinese(entries, data_dir);
  Timeline timeline = timeline_rows(entries, r.year, style, r.language, body, smallest);
  layout_timeline(cr, timeline, out.blocks.timeline);
  draw_timeline(cr, timeline, style, out.texts);
  out.timeline_more = timeline.layout.more;
  out.timeline_entries = entries.size() - timeline.layout.more;
}

// Twelve month maps with the year's numbering; a month without entries says so.
void draw_month_grid(cairo_t* cr, const Frames& f, const Header& header, const Footer& footer,
                     const PosterRequest& r, const Style& style,
                     const std::filesystem::path& data_dir, PosterDrawing& out) {
  const bool landscape = f.grid.page.width > f.grid.page.height;
  out.blocks = layout_month_grid(f.grid, header.height(), footer.height, landscape);
  const std::vector<MapPlace> year = order_places(r.map.entries);
  const TextStyle heading =
      poster_font(style, false, f.scale.step(1.5), style.poster.ink, r.language, 700);
  for (int m = 1; m <= 12; ++m) {
    const Frame& cell = out.blocks.months[static_cast<std::size_t>(m - 1)];
    const std::string name = month_name(r.language, m);
    const std::string block = "month " + std::to_string(m);
    const TextBlock title =
        fit_text(cr, name, heading, {cell.width, cell.height / 4, f.scale.step(0), 1});
    // NOLINTNEXTLINE(readability-suspicious-call-argument): the block "month N" shows the name
    draw_text(cr, title, cell.x, cell.y, block, name, out.texts);
    const double top = cell.y + title.height() + f.scale.step(0) * 0.5;
    const Frame frame{cell.x, top, cell.width, cell.bottom() - top};
    MapRequest month = r.map;
    month.entries.clear();
    month.numbers.clear();
    for (const MapPlace& p : year) {
      if (p.entry.date && p.entry.date->year() == r.year && p.entry.date->month() == m) {
        month.entries.push_back(p.entry);
        month.numbers.push_back(p.number);
      }
    }
    if (month.entries.empty()) {
      set_line(cr,
               LineStyle{style.poster.muted, std::max(0.25, style.poster.rule.width_pt), {1, 2}});
      cairo_rectangle(cr, frame.x, frame.y, frame.width, frame.height);
      cairo_stroke(cr);
      const std::string none = r.language == Language::zh ? "本月无记录" : "no entries";
      const TextBlock t(
          cr, none, poster_font(style, false, f.scale.step(0.5), style.poster.muted, r.language));
      draw_text(cr, t, frame.x + (frame.width - t.width()) / 2,
                frame.y + (frame.height - t.height()) / 2, block, none, out.texts);
      out.month_maps.emplace_back(std::nullopt);
      continue;
    }
    PosterMap map = plan_and_layout(cr, month, frame, style, data_dir, poster_map_options(r));
    draw_map(cr, map.plan, map.layout, style, data_dir);
    out.month_maps.emplace_back(std::move(map));
  }
  draw_stats_block(cr, r.stats, out.blocks.stats, f.scale, style, r.language, out.texts);
}

std::string used_credits(const PosterDrawing& d, bool geonames, Language language) {
  DataUsed used;
  const auto add = [&](const PosterMap& m) {
    used.natural_earth = used.natural_earth || m.layout.data.natural_earth;
    used.openstreetmap = used.openstreetmap || m.layout.data.openstreetmap;
    geonames = geonames || !m.layout.reference.places.empty();  // towns named for reference
  };
  if (d.main) add(*d.main);
  for (const PosterMap& m : d.inset_maps) add(m);
  for (const auto& m : d.month_maps) {
    if (m) add(*m);
  }
  const std::string data = credits_text(used, geonames);
  return data.empty() ? made_with(language) : data + " · " + made_with(language);
}

void draw_crop_marks(cairo_t* cr, const PageSize& trim, double bleed_pt, double zone_pt) {
  // Registration black over a white line, so the marks show on any paper colour.
  const double from = bleed_pt + 1, to = bleed_pt + zone_pt;
  for (int pass = 0; pass < 2; ++pass) {
    cairo_set_source_rgb(cr, pass == 0 ? 1 : 0, pass == 0 ? 1 : 0, pass == 0 ? 1 : 0);
    cairo_set_line_width(cr, pass == 0 ? 1.0 : 0.25);
    for (const double x : {0.0, trim.width_pt}) {
      for (const double y : {0.0, trim.height_pt}) {
        const double sx = x == 0 ? -1 : 1, sy = y == 0 ? -1 : 1;
        cairo_move_to(cr, x + sx * from, y);
        cairo_line_to(cr, x + sx * to, y);
        cairo_move_to(cr, x, y + sy * from);
        cairo_line_to(cr, x, y + sy * to);
      }
    }
    cairo_stroke(cr);
  }
}

}  // namespace

void check_poster_paper(const PageSize& trim) {
  const double short_mm = std::min(trim.width_pt, trim.height_pt) / kPtPerMm;
  const double long_mm = std::max(trim.width_pt, trim.height_pt) / kPtPerMm;
  if (!(short_mm >= kMinPosterShortMm - 0.05) || long_mm > kMaxPosterAspect * short_mm) {
    std::ostringstream size;
    size << std::lround(trim.width_pt / kPtPerMm) << " x " << std::lround(trim.height_pt / kPtPerMm)
         << " mm";
    throw UsageError("--paper: a poster of " + size.str() +
                     " is too small or too narrow to read: it needs at least 140 mm on its short "
                     "side (A5 and up) and a long side at most 3 times that");
  }
}

PosterDrawing draw_poster(cairo_t* cr, const PageSize& trim, const PosterRequest& r,
                          const Style& style, const std::filesystem::path& data_dir) {
  check_poster_paper(trim);
  PosterDrawing out;
  out.trim = trim;
  const Frames f{PosterGrid(trim), TypeScale(trim)};
  cairo_save(cr);
  set_color(cr, style.poster.paper);
  cairo_rectangle(cr, 0, 0, trim.width_pt, trim.height_pt);
  cairo_fill(cr);
  const Header header =
      make_header(cr, r, style, f.scale, f.grid.inner.width, trim.width_pt > trim.height_pt);
  const Footer footer = measure_footer(cr, f.grid, f.scale, style, r);
  if (r.layout == PosterLayout::grid) {
    draw_month_grid(cr, f, header, footer, r, style, data_dir, out);
  } else {
    draw_classic(cr, f, header, footer, r, style, data_dir, out);
  }
  draw_header(cr, header, out.blocks.header, r, style, out.texts);
  draw_rules(cr, out.blocks, f.grid, style);
  draw_footer(cr, footer, out.blocks.footer, f.grid, f.scale, style, r,
              used_credits(out, r.credit_geonames, r.language),
              key_content(r.map.entries, r.map.routes), out.texts);
  cairo_restore(cr);
  return out;
}

PageSize output_page(const PageSize& trim, const PrintOptions& print) {
  if (print.bleed_mm <= 0) return trim;
  const double extra = 2 * (print.bleed_mm + kCropMarkZoneMm) * kPtPerMm;
  return {trim.width_pt + extra, trim.height_pt + extra, trim.dpi};
}

PosterDrawing render_poster_file(const std::filesystem::path& output, const PageSize& trim,
                                 const PrintOptions& print, const PosterRequest& request,
                                 const Style& style, const std::filesystem::path& data_dir) {
  const PageSize page = output_page(trim, print);
  Canvas canvas(output, page);
  cairo_t* cr = canvas.context();
  PosterDrawing drawing;
  if (print.bleed_mm > 0) {
    const double bleed = print.bleed_mm * kPtPerMm, zone = kCropMarkZoneMm * kPtPerMm;
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_translate(cr, bleed + zone, bleed + zone);
    // The paper colour runs into the bleed, so a trim a hair off shows no white edge.
    set_color(cr, style.poster.paper);
    cairo_rectangle(cr, -bleed, -bleed, trim.width_pt + 2 * bleed, trim.height_pt + 2 * bleed);
    cairo_fill(cr);
    drawing = draw_poster(cr, trim, request, style, data_dir);
    draw_crop_marks(cr, trim, bleed, zone);
  } else {
    drawing = draw_poster(cr, trim, request, style, data_dir);
  }
  canvas.finish();
  return drawing;
}

}  // namespace footprint::render
