#include "render/map/journal_layer.hpp"

#include <cmath>

#include "render/map/map_labels.hpp"
#include "render/style/cairo_style.hpp"
#include "render/text/text.hpp"
#include "render/geo/geo_painter.hpp"
#include "render/geo/great_circle.hpp"

namespace footprint::render {
namespace {

// Collects the page paths of what the painter appended, for the label placer's obstacles.
std::vector<Path> current_page_paths(cairo_t* cr) {
  std::vector<Path> out;
  std::unique_ptr<cairo_path_t, decltype(&cairo_path_destroy)> path(cairo_copy_path_flat(cr),
                                                                    cairo_path_destroy);
  for (int i = 0; i < path->num_data; i += path->data[i].header.length) {
    const cairo_path_data_t& d = path->data[i];
    if (d.header.type == CAIRO_PATH_MOVE_TO) out.emplace_back();
    if ((d.header.type == CAIRO_PATH_MOVE_TO || d.header.type == CAIRO_PATH_LINE_TO) && !out.empty()) {
      out.back().push_back({path->data[i + 1].point.x, path->data[i + 1].point.y});
    }
  }
  return out;
}

}  // namespace

Rgba marker_color(const core::Entry& entry, const Style& style) {
  if (!entry.date || entry.date->month() == 0) return style.markers.undated_color;
  return style.markers.month_colors[entry.date->month() - 1];
}

JournalPaths journal_paths(cairo_t* cr, const MapPlan& plan, bool routes) {
  GeoPainter painter(cr, plan.projection, plan.viewport, plan.clip, 0.5, 0.25);
  JournalPaths paths;
  cairo_new_path(cr);
  if (routes) {
    const MapPlace* previous = nullptr;
    for (const MapPlace& place : plan.places) {
      if (place.entry.status == core::Status::cancelled) continue;
      if (previous != nullptr) {
        const core::LonLat from = previous->entry.coordinates.back();
        const core::LonLat to = place.entry.anchor();
        if (!(from == to)) painter.add_line(geodesic(from, to));
      }
      previous = &place;
    }
    paths.routes = current_page_paths(cr);
    cairo_new_path(cr);
  }
  for (const MapPlace& place : plan.places) {
    if (!place.entry.is_track()) continue;
    Path track;
    for (const auto& p : place.entry.coordinates) track.push_back({p.lon, p.lat});
    painter.add_line(track);
  }
  paths.tracks = current_page_paths(cr);
  cairo_new_path(cr);
  return paths;
}

// Routes are stroked in batches of about this many points. Cairo rasterises one stroke as one
// polygon, and its scan converter pays for every crossing of two edges: thousands of routes
// across a world map crossed each other millions of times in one path (cost growing with the
// square of the entries). A sample year's routes still fit in one batch, drawn as before.
constexpr std::size_t kRouteBatch = 4096;

void draw_journal_paths(cairo_t* cr, const JournalPaths& paths, const Style& style) {
  const auto stroke = [cr](const std::vector<Path>& lines, const LineStyle& line) {
    if (!visible(line)) return;
    set_line(cr, line);
    std::size_t pending = 0;
    for (const Path& path : lines) {
      if (path.size() < 2) continue;
      cairo_move_to(cr, path.front().x, path.front().y);
      for (std::size_t i = 1; i < path.size(); ++i) cairo_line_to(cr, path[i].x, path[i].y);
      pending += path.size();
      if (pending >= kRouteBatch) {
        cairo_stroke(cr);
        pending = 0;
      }
    }
    cairo_stroke(cr);
  };
  stroke(paths.routes, style.route);
  stroke(paths.tracks, style.track);
}

namespace {

void draw_spokes(cairo_t* cr, const std::vector<MarkerSpot>& spots, const Style& style) {
  LineStyle spoke{style.frame.color, 0.5, {}};
  set_line(cr, spoke);
  for (const MarkerSpot& spot : spots) {
    if (!spot.displaced()) continue;
    cairo_move_to(cr, spot.anchor.x, spot.anchor.y);
    cairo_line_to(cr, spot.page.x, spot.page.y);
  }
  cairo_stroke(cr);
  set_color(cr, style.frame.color);
  for (const MarkerSpot& spot : spots) {
    if (!spot.displaced()) continue;
    cairo_new_sub_path(cr);
    cairo_arc(cr, spot.anchor.x, spot.anchor.y, 1.6, 0, 2 * M_PI);
  }
  cairo_fill(cr);
}

}  // namespace

void draw_marker_symbol(cairo_t* cr, XY centre, double radius, const Rgba& fill, core::Status status,
                        const Style& style) {
  const MarkerStyle& m = style.markers;
  cairo_new_path(cr);
  cairo_arc(cr, centre.x, centre.y, radius, 0, 2 * M_PI);
  LineStyle outline = m.outline;
  switch (status) {
    case core::Status::visited:
      set_color(cr, fill);
      cairo_fill_preserve(cr);
      break;
    case core::Status::planned:
      // Hollow: a ring in the month's colour.
      set_color(cr, outline.color);
      cairo_fill_preserve(cr);
      outline = {fill, std::max(1.5, radius * 0.35), {}};
      break;
    case core::Status::cancelled: {
      set_color(cr, outline.color);
      cairo_fill_preserve(cr);
      const double dash = radius * 0.45;
      outline = {fill, std::max(1.2, radius * 0.25), {dash, dash * 0.8}};
      break;
    }
  }
  set_line(cr, outline);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
  cairo_stroke(cr);
}

void draw_marker_number(cairo_t* cr, XY centre, int number, core::Status status, const Rgba& fill,
                        double size_pt, const Style& style) {
  TextStyle s = text_style(style.markers.number);
  s.size_pt = size_pt;
  if (status != core::Status::visited) s.color = fill;
  // Three digits in a small disc: shrink rather than spill.
  const std::string text = std::to_string(number);
  if (text.size() > 2) s.size_pt *= 0.8;
  const TextBlock block(cr, text, s);
  block.draw(cr, centre.x - block.width() / 2, centre.y - block.height() / 2);
}

void draw_markers(cairo_t* cr, const std::vector<MarkerSpot>& spots, const MapPlan& plan,
                  const Style& style) {
  draw_spokes(cr, spots, style);
  for (const MarkerSpot& spot : spots) {
    const core::Entry& entry = plan.places[spot.place_index].entry;
    draw_marker_symbol(cr, spot.page, spot.radius_pt, marker_color(entry, style), entry.status, style);
  }
}

}  // namespace footprint::render
