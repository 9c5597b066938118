#include "render/map_renderer.hpp"

#include "render/cairo_style.hpp"

namespace footprint::render {

MapDrawing draw_map(cairo_t* cr, const MapPlan& plan, const Style& style,
                    const std::filesystem::path& data_dir, bool routes) {
  MapDrawing drawing;
  drawing.data = draw_basemap(cr, plan, style, data_dir);
  const Frame& f = plan.viewport.frame();
  cairo_save(cr);
  cairo_rectangle(cr, f.x, f.y, f.width, f.height);
  cairo_clip(cr);
  drawing.routes = draw_routes(cr, plan, style, routes);
  drawing.markers = layout_markers(plan, style);
  draw_markers(cr, drawing.markers, plan, style);
  draw_globe_outline(cr, plan, style);
  cairo_restore(cr);
  if (plan.choice.scale != MapScale::world && visible(style.frame)) {
    set_line(cr, style.frame);
    cairo_rectangle(cr, f.x, f.y, f.width, f.height);
    cairo_stroke(cr);
  }
  return drawing;
}

}  // namespace footprint::render
