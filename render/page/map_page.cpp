#include "render/page/map_page.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>

#include "core/error.hpp"
#include "render/basemap/basemap.hpp"
#include "render/map/legend.hpp"
#include "render/map/map_labels.hpp"
#include "render/page/canvas.hpp"
#include "render/style/cairo_style.hpp"
#include "render/text/text.hpp"

namespace footprint::render {
namespace {

constexpr double kPtPerMm = 72.0 / 25.4;
// The symbol key takes at most this share of the page's height (else it is left out: a page
// that small has no room for it).
constexpr double kKeyShare = 0.12;

struct TitleBlocks {
  std::optional<TextBlock> title;
  std::optional<TextBlock> subtitle;
  double height() const {
    return (title ? title->height() : 0) + (subtitle ? subtitle->height() + 2 : 0);
  }
};

TitleBlocks make_titles(cairo_t* cr, const PageOptions& options, const Style& style, double width) {
  TitleBlocks blocks;
  if (!options.title.empty())
    blocks.title.emplace(cr, options.title, text_style(style.title), width);
  if (!options.subtitle.empty()) {
    blocks.subtitle.emplace(cr, options.subtitle, text_style(style.subtitle), width);
  }
  return blocks;
}

}  // namespace

double page_margin(const PageSize& size, const Style& style) {
  return std::min(style.margin_mm * kPtPerMm, std::min(size.width_pt, size.height_pt) / 20);
}

PageLayout layout_page(const PageSize& size, const Style& style, double title_height_pt,
                       LegendSide legend_side, double legend_extent_pt, double key_height_pt) {
  const double margin = page_margin(size, style);
  PageLayout layout;
  layout.page = {0, 0, size.width_pt, size.height_pt};
  Frame inner{margin, margin, size.width_pt - 2 * margin, size.height_pt - 2 * margin};
  layout.title = {inner.x, inner.y, inner.width, title_height_pt};
  if (title_height_pt > 0) {
    const double used = title_height_pt + margin * 0.6;
    inner.y += used;
    inner.height -= used;
  }
  layout.key = {inner.x, inner.bottom() - key_height_pt, inner.width, key_height_pt};
  if (key_height_pt > 0) inner.height -= key_height_pt + margin * 0.4;
  if (legend_side == LegendSide::right) {
    // Never more than the legend's share, whatever the caller asks: the map keeps the rest.
    const double width = std::min(legend_extent_pt, kLegendShare * inner.width);
    layout.legend = {inner.right() - width, inner.y, width, inner.height};
    if (width > 0) inner.width -= width + margin * 0.8;
  } else {
    const double height = std::min(legend_extent_pt, kLegendShare * inner.height);
    layout.legend = {inner.x, inner.bottom() - height, inner.width, height};
    if (height > 0) inner.height -= height + margin * 0.6;
  }
  layout.map = inner;
  return layout;
}

MapDrawing draw_map_page(cairo_t* cr, const PageSize& size, const MapRequest& request,
                         const Style& style, const PageOptions& options,
                         const std::filesystem::path& data_dir) {
  set_color(cr, style.background);
  cairo_paint(cr);
  const double margin = page_margin(size, style);
  const TitleBlocks titles = make_titles(cr, options, style, size.width_pt - 2 * margin);
  MapOptions map_options;
  map_options.routes = options.routes;
  map_options.credit_geonames = options.credit_geonames;
  map_options.chinese_reference_names = options.language == Language::zh;

  // The key's band at the foot of the page, in the legend's font: at most a line or two.
  const TextStyle key_font = text_style(style.legend);
  const Frame key_room{margin, 0, size.width_pt - 2 * margin, 1e6};
  const KeyContent content = key_content(request.entries, options.routes);
  double key_height = 0;
  if (options.key) {
    const double h =
        layout_symbol_key(cr, style, key_font, options.language, content, key_room).bottom();
    if (h <= size.height_pt * kKeyShare) key_height = h;
  }

  // First pass on the whole room: which places find no room for a label? Its routes, which
  // labels only keep off, have a point every 16 pt instead of 4: on a map of 10,000 entries
  // they were a sixth of the time, and the map is laid out again for drawing anyway.
  PageLayout page = layout_page(size, style, titles.height(), LegendSide::right, 0, key_height);
  MapPlan plan = plan_map(request, page.map);
  MapOptions first_pass = map_options;
  first_pass.route_step_pt = 4 * kRouteStepPt;
  MapLayout layout = layout_map(cr, plan, style, data_dir, first_pass);
  std::vector<LegendItem> items = legend_items(plan, layout, style, options.language);
  bool laid_out = !options.routes;  // `layout` and `items` are those of `plan`, for drawing
  if (items.empty() && !laid_out) {
    // Every place labelled: the page may have no legend, so the map is laid out again here with
    // the routes as drawn before that is decided (routes change what a label's places cost, and
    // so which labels find room: one left out must be listed).
    layout = layout_map(cr, plan, style, data_dir, map_options);
    items = legend_items(plan, layout, style, options.language);
    laid_out = true;
  }
  if (!items.empty()) {
    // Second pass with room for the legend, on the side that leaves the larger map (a world
    // map on a landscape page takes its legend below, a tall region beside); the map is
    // re-planned in the smaller frame.
    const Frame room = page.map;
    std::optional<PageLayout> best;
    double best_scale = 0;
    for (const LegendSide side : legend_sides(cr, items, style, room, options.language)) {
      const PageLayout candidate =
          layout_page(size, style, titles.height(), side,
                      legend_extent(cr, items, style, side, room, options.language), key_height);
      // Points per projected metre: the larger, the larger the map.
      const double scale = plan_map(request, candidate.map).viewport.scale();
      if (!best || scale > best_scale * 1.02) {
        best = candidate;
        best_scale = scale;
      }
    }
    page = *best;
    plan = plan_map(request, page.map);
    laid_out = false;
  }
  // A world map smaller than its frame: the frame shrinks round the globe, so that the credits
  // stand at the map, not in blank paper. (A disc keeps its frame: the corners beside the disc
  // are where furniture goes without covering the map.)
  const std::optional<Box> globe =
      plan.projection.visible_cap() ? std::nullopt : content_extent(cr, plan);
  if (globe) {
    const Frame& f = page.map;
    const Box inside{std::max(f.x, globe->x0), std::max(f.y, globe->y0),
                     std::min(f.right(), globe->x1), std::min(f.bottom(), globe->y1)};
    if (inside.width() < f.width * 0.98 || inside.height() < f.height * 0.98) {
      page.map = {inside.x0, inside.y0, inside.width(), inside.height()};
      plan = plan_map(request, page.map);
      laid_out = false;
    }
  }
  // Laid out once in the final frame: the globe's extent needs only the plan (a world map with
  // a legend was laid out three times, in the room, beside the legend and round the globe).
  if (!laid_out) {
    layout = layout_map(cr, plan, style, data_dir, map_options);
    items = legend_items(plan, layout, style, options.language);
  }
  if (titles.title) titles.title->draw(cr, page.title.x, page.title.y);
  if (titles.subtitle) {
    titles.subtitle->draw(cr, page.title.x,
                          page.title.y + (titles.title ? titles.title->height() + 2 : 0));
  }
  draw_map(cr, plan, layout, style, data_dir);
  // The smaller map may have labelled a few more or fewer places: laid out again for them.
  LegendLayout legend = layout_legend(cr, items, style, page.legend, options.language);
  draw_legend(cr, legend, items, style, options.language);
  SymbolKey key;
  if (key_height > 0) {
    key = layout_symbol_key(cr, style, key_font, options.language, content, page.key);
    draw_symbol_key(cr, key, style, options.language);
  }
  return {std::move(plan), std::move(layout), page, std::move(items), std::move(legend),
          std::move(key),  options.language};
}

MapDrawing render_map_file(const std::filesystem::path& output, const PageSize& size,
                           const MapRequest& request, const Style& style,
                           const PageOptions& options, const std::filesystem::path& data_dir) {
  if (size.width_pt < kMinMapPageWidthPt - 1e-9 || size.height_pt < kMinMapPageHeightPt - 1e-9) {
    std::ostringstream message;
    message << "the page is " << std::lround(size.width_pt) << " × " << std::lround(size.height_pt)
            << " pt; a map needs at least " << kMinMapPageWidthPt << " × " << kMinMapPageHeightPt
            << " pt (" << size.width_px() << "x" << size.height_px()
            << " px now: a larger --size or a lower --dpi)";
    throw UsageError(message.str());
  }
  Canvas canvas(output, size);
  MapDrawing drawing = draw_map_page(canvas.context(), size, request, style, options, data_dir);
  canvas.finish();
  return drawing;
}

}  // namespace footprint::render
