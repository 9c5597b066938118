#include "render/map_page.hpp"

#include "render/canvas.hpp"
#include "render/cairo_style.hpp"

namespace footprint::render {
namespace {

constexpr double kPtPerMm = 72.0 / 25.4;

}  // namespace

PageLayout layout_page(const PageSize& size, const Style& style, double title_height_pt,
                       double legend_width_pt) {
  const double margin = style.margin_mm * kPtPerMm;
  PageLayout layout;
  layout.page = {0, 0, size.width_pt, size.height_pt};
  Frame inner{margin, margin, size.width_pt - 2 * margin, size.height_pt - 2 * margin};
  if (title_height_pt > 0) {
    layout.title = {inner.x, inner.y, inner.width, title_height_pt};
    const double used = title_height_pt + margin * 0.6;
    inner.y += used;
    inner.height -= used;
  } else {
    layout.title = {inner.x, inner.y, inner.width, 0};
  }
  if (legend_width_pt > 0) {
    const double gap = margin * 0.8;
    layout.legend = {inner.right() - legend_width_pt, inner.y, legend_width_pt, inner.height};
    inner.width -= legend_width_pt + gap;
  } else {
    layout.legend = {inner.right(), inner.y, 0, inner.height};
  }
  layout.map = inner;
  return layout;
}

MapDrawing draw_map_page(cairo_t* cr, const PageSize& size, const MapRequest& request,
                         const Style& style, const PageOptions& options,
                         const std::filesystem::path& data_dir) {
  set_color(cr, style.background);
  cairo_paint(cr);
  const PageLayout layout = layout_page(size, style, 0, 0);
  const MapPlan plan = plan_map(request, layout.map);
  return draw_map(cr, plan, style, data_dir, options.routes);
}

MapDrawing render_map_file(const std::filesystem::path& output, const PageSize& size,
                           const MapRequest& request, const Style& style,
                           const PageOptions& options, const std::filesystem::path& data_dir) {
  Canvas canvas(output, size);
  MapDrawing drawing = draw_map_page(canvas.context(), size, request, style, options, data_dir);
  canvas.finish();
  return drawing;
}

}  // namespace footprint::render
