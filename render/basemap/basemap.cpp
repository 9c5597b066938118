#include "render/basemap/basemap.hpp"

#include <cmath>

#include "core/error.hpp"
#include "render/basemap/basemap_store.hpp"
#include "render/geo/geo_painter.hpp"
#include "render/style/cairo_style.hpp"

namespace footprint::render {
namespace {

bool small_scale(MapScale scale) {
  return scale == MapScale::world || scale == MapScale::hemisphere;
}

// Natural Earth at the detail the scale needs: 1:50m for the world, 1:10m closer in.
std::string layer(const char* what, MapScale scale) {
  return std::string(what) + (small_scale(scale) ? "_50m" : "_10m");
}

// Lakes at the detail the scale needs: the 10 km set (1,383 lakes) for the world to a continent,
// the 1 km set (131,725 lakes) for a region, where the 10 km set draws the few lakes it has as
// triangles and rhombi and leaves out the rest (data/lakes/build).
const char* lakes_layer(const MapPlan& plan) {
  return plan.choice.scale == MapScale::region ? "lakes_1km" : "lakes";
}

GeoPainter painter_for(cairo_t* cr, const MapPlan& plan) {
  // Half a point of densification error is invisible; world maps need gentler curves.
  const double densify_deg = small_scale(plan.choice.scale) ? 1.0 : 0.25;
  return GeoPainter(cr, plan.projection, plan.viewport, plan.clip, densify_deg, 0.3);
}

void add_polygons(GeoPainter& painter, const VectorData& data) {
  for (const auto& polygon : data.polygons) painter.add_polygon(polygon);
}

// The outline of the whole globe in this projection: its seam meridian down one side and up
// the other (the poles are lines or points depending on the projection).
void add_globe(cairo_t* cr, const MapPlan& plan) {
  GeoPainter painter = painter_for(cr, plan);
  Path ring;
  for (int lat = -90; lat <= 90; ++lat) ring.push_back({-179.999, static_cast<double>(lat)});
  for (int lat = 90; lat >= -90; --lat) ring.push_back({179.999, static_cast<double>(lat)});
  for (XY& p : ring) p.x += plan.projection.central_meridian();
  painter.add_polygon({ring});
}

void fill_ocean(cairo_t* cr, const MapPlan& plan, const Style& style) {
  set_color(cr, style.ocean);
  // A world map's sea is the globe's outline; a map that shows a cap of the globe (a world
  // round --center) is clipped to that disc by its frame already.
  if (plan.choice.scale == MapScale::world && !plan.projection.visible_cap()) {
    add_globe(cr, plan);
  } else {
    const Frame& f = plan.viewport.frame();
    cairo_rectangle(cr, f.x, f.y, f.width, f.height);
  }
  cairo_fill(cr);
}

void draw_graticule(cairo_t* cr, const MapPlan& plan, const Style& style) {
  if (!visible(style.graticule) || plan.choice.scale == MapScale::region) return;
  const double step = plan.choice.scale == MapScale::world        ? 30
                      : plan.choice.scale == MapScale::hemisphere ? 15
                                                                  : 10;
  GeoPainter painter = painter_for(cr, plan);
  const double lon_0 = plan.projection.central_meridian();
  // The seam is the globe's outline, unless the map is a cap of the globe: then the meridian
  // there is a meridian like the others (straight down to the pole on a polar map).
  const bool seam = !plan.projection.visible_cap();
  for (double lon = -180; lon < 180; lon += step) {
    if (seam && std::abs(wrap_lon(lon - lon_0)) > 179.9) continue;
    // Only the quarter meridians reach the poles: the others would crowd into a star there.
    const double reach = std::fmod(std::abs(lon), 90.0) == 0 ? 90 : 90 - step;
    Path meridian;
    for (double lat = -reach; lat <= reach; lat += 1) meridian.push_back({lon, lat});
    painter.add_line(meridian);
  }
  for (double lat = -90 + step; lat < 90; lat += step) {
    Path parallel;
    for (double rel = -179.999; rel <= 179.999; rel += 1) parallel.push_back({lon_0 + rel, lat});
    parallel.push_back({lon_0 + 179.999, lat});
    painter.add_line(parallel);
  }
  set_line(cr, style.graticule);
  cairo_stroke(cr);
}

// Strokes in batches of about kStrokeBatch points: Cairo's stroker allocates for the whole path
// at once, and on a world map one path of every border cost thousands of fresh pages (a quarter
// of the render). Batches end between lines, where separate strokes only meet end to end.
constexpr std::size_t kStrokeBatch = 4096;

void stroke_lines(cairo_t* cr, const MapPlan& plan, const VectorData& data, const LineStyle& line) {
  if (!visible(line)) return;
  GeoPainter painter = painter_for(cr, plan);
  set_line(cr, line);
  std::size_t pending = 0;
  for (const Path& path : data.lines) {
    painter.add_line(path);
    pending += path.size();
    if (pending >= kStrokeBatch) {
      cairo_stroke(cr);
      pending = 0;
    }
  }
  cairo_stroke(cr);
}

void draw_extra_layers(cairo_t* cr, const MapPlan& plan, const Style& style,
                       const std::vector<VectorSource>& layers) {
  for (const VectorSource& source : layers) {
    const auto data = read_vector(source, plan.read_filter);
    GeoPainter painter = painter_for(cr, plan);
    add_polygons(painter, *data);
    Rgba fill = style.extra_layer.color;
    fill.a *= 0.25;
    set_color(cr, fill);
    cairo_fill_preserve(cr);
    for (const Path& line : data->lines) painter.add_line(line);
    set_line(cr, style.extra_layer);
    cairo_stroke(cr);
    set_color(cr, style.extra_layer.color);
    for (const XY& p : data->points) {
      if (const auto xy = painter.to_page(p.x, p.y)) {
        cairo_new_sub_path(cr);
        cairo_arc(cr, xy->x, xy->y, style.extra_layer.width_pt * 1.5, 0, 2 * M_PI);
      }
    }
    cairo_fill(cr);
  }
}

}  // namespace

DataUsed basemap_data_used(const MapPlan& plan, const std::filesystem::path& data_dir) {
  const BasemapStore& store = basemap_store(data_dir);
  return {true, !store.read(lakes_layer(plan), plan.read_filter).polygons.empty()};
}

DataUsed draw_basemap(cairo_t* cr, const MapPlan& plan, const Style& style,
                      const std::filesystem::path& data_dir) {
  const BasemapStore& store = basemap_store(data_dir);
  const MapScale scale = plan.choice.scale;
  const VectorData land = store.read(layer("land", scale), plan.read_filter);
  const VectorData lakes = store.read(lakes_layer(plan), plan.read_filter);

  const Frame& f = plan.viewport.frame();
  cairo_save(cr);
  cairo_rectangle(cr, f.x, f.y, f.width, f.height);
  cairo_clip(cr);
  // Cairo's fast rasteriser halves the basemap's time; at print and screen resolutions its
  // edges are indistinguishable from the default ones. Text keeps full anti-aliasing.
  cairo_set_antialias(cr, CAIRO_ANTIALIAS_FAST);
  fill_ocean(cr, plan, style);
  draw_graticule(cr, plan, style);

  GeoPainter painter = painter_for(cr, plan);
  add_polygons(painter, land);
  set_color(cr, style.land);
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
  cairo_fill(cr);
  add_polygons(painter, lakes);
  set_color(cr, style.lakes);
  cairo_fill(cr);

  // Borders are the edges neighbours share (the store derived them), so they never run along
  // a coast and need no clip to the land; each is stroked once.
  if (!small_scale(scale))
    stroke_lines(cr, plan, store.read("states_10m", plan.read_filter), style.states);
  stroke_lines(cr, plan, store.read(layer("borders", scale), plan.read_filter), style.borders);
  stroke_lines(cr, plan, store.read(layer("coast", scale), plan.read_filter), style.coast);
  draw_extra_layers(cr, plan, style, plan.extra_layers);
  cairo_restore(cr);
  return {true, !lakes.polygons.empty()};
}

std::optional<Box> content_extent(cairo_t* cr, const MapPlan& plan) {
  cairo_save(cr);
  cairo_new_path(cr);
  if (plan.projection.visible_cap()) {
    painter_for(cr, plan).add_visible_outline();
  } else if (plan.choice.scale == MapScale::world) {
    add_globe(cr, plan);
  }
  std::optional<Box> out;
  if (cairo_has_current_point(cr)) {
    Box b;
    cairo_path_extents(cr, &b.x0, &b.y0, &b.x1, &b.y1);
    if (b.x1 > b.x0 && b.y1 > b.y0) out = b;
  }
  cairo_new_path(cr);
  cairo_restore(cr);
  return out;
}

void draw_globe_outline(cairo_t* cr, const MapPlan& plan, const Style& style) {
  if (plan.choice.scale != MapScale::world || !visible(style.frame)) return;
  add_globe(cr, plan);
  set_line(cr, style.frame);
  cairo_stroke(cr);
}

}  // namespace footprint::render
