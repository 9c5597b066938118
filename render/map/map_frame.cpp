#include "render/map/map_frame.hpp"

#include <algorithm>
#include <optional>

#include "render/geo/geo_painter.hpp"
#include "render/style/cairo_style.hpp"

namespace footprint::render {

namespace {

// Page points of the places inside the frame.
std::vector<XY> place_points(const MapPlan& plan) {
  std::vector<XY> out;
  for (const MapPlace& place : plan.places) {
    if (!place.in_frame) continue;
    if (const auto metres = plan.projection.forward(place.entry.anchor())) {
      out.push_back(plan.viewport.to_page(*metres));
    }
  }
  return out;
}

}  // namespace

MapLayout layout_map(cairo_t* cr, const MapPlan& plan, const Style& style,
                     const std::filesystem::path& data_dir, const MapOptions& options) {
  MapLayout layout;
  layout.data = basemap_data_used(plan, data_dir);
  const bool reference = options.reference_places && shows_reference(plan, style);
  // Towns named on the map come from GeoNames, which asks for credit; whether any will be is
  // known before the markers are (it depends on the scale and the data only).
  const bool geonames = options.credit_geonames || reference;
  // Furniture first, in the corners that cover the fewest places: markers keep clear of it.
  layout.furniture = layout_furniture(
      cr, plan, style, options.credits ? credits_text(layout.data, geonames) : "",
      place_points(plan), options.credits ? short_credits_text(layout.data, geonames) : "");
  std::vector<Box> obstacles = options.obstacles;
  for (const Box& box : layout.furniture.boxes()) obstacles.push_back(box);
  layout.markers = layout_markers(plan, style, obstacles);
  layout.max_marker_shift_pt = max_marker_shift(style);
  layout.paths = journal_paths(cr, plan, layout.markers, options.routes, options.route_step_pt);
  std::vector<ReferencePlace> towns;
  if (reference) {
    towns =
        reference_places(plan, layout.markers, style, data_dir, options.chinese_reference_names);
  }
  std::vector<Path> lines = layout.paths.routes;
  lines.insert(lines.end(), layout.paths.tracks.begin(), layout.paths.tracks.end());
  layout.labels =
      place_labels(cr, plan, layout.markers, lines, obstacles, style, options.label_places);
  if (options.reference_places) {
    layout.reference =
        place_reference_labels(cr, plan, std::move(towns), layout.markers, layout.labels, lines,
                               obstacles, style, data_dir, options.chinese_reference_names);
  }

  // A place has a label of its own only when its marker is not a group's.
  std::vector<bool> labelled(plan.places.size(), false);
  for (std::size_t k = 0; k < layout.labels.placements.size(); ++k) {
    if (!layout.labels.placements[k].placed) continue;
    for (std::size_t i : layout.labels.named[k]) {
      const MarkerSpot& m = layout.markers[i];
      if (!m.is_group()) labelled[m.place_index] = true;
    }
  }
  for (std::size_t i = 0; i < plan.places.size(); ++i) {
    // A place outside the frame is listed too, whatever chose the frame: nothing disappears.
    if (!labelled[i]) layout.unlabelled.push_back(i);
  }
  return layout;
}

std::size_t MapLayout::places_drawn() const {
  std::size_t n = 0;
  for (const MarkerSpot& m : markers) n += m.count();
  return n;
}

namespace {

// The disc an azimuthal map shows, appended to the current path; its page extent, or nothing
// for maps of the whole globe.
std::optional<Box> add_disc(cairo_t* cr, const MapPlan& plan) {
  GeoPainter painter(cr, plan.projection, plan.viewport, plan.clip, 1.0, 0.3);
  if (!painter.add_visible_outline()) return std::nullopt;
  Box extent;
  cairo_path_extents(cr, &extent.x0, &extent.y0, &extent.x1, &extent.y1);
  return extent;
}

}  // namespace

void draw_map(cairo_t* cr, const MapPlan& plan, const MapLayout& layout, const Style& style,
              const std::filesystem::path& data_dir) {
  const Frame& f = plan.viewport.frame();
  // An azimuthal map shows a cap of the globe: the sea is that disc, not the whole frame.
  cairo_save(cr);
  cairo_new_path(cr);
  const std::optional<Box> disc = add_disc(cr, plan);
  if (disc) cairo_clip(cr);
  draw_basemap(cr, plan, style, data_dir);
  cairo_restore(cr);
  cairo_save(cr);
  cairo_rectangle(cr, f.x, f.y, f.width, f.height);
  cairo_clip(cr);
  draw_reference_labels(cr, layout.reference, style);
  // Under the journal: a marker is never hidden by a panel (markers keep clear of them where
  // the frame has room; on the smallest frames they may touch).
  draw_furniture(cr, layout.furniture, style);
  draw_journal_paths(cr, layout.paths, style);
  draw_leaders(cr, layout.labels, style);
  draw_markers(cr, layout.markers, plan, style);
  draw_marker_numbers(cr, plan, layout.markers, style);
  if (disc && visible(style.frame)) {
    add_disc(cr, plan);
    set_line(cr, style.frame);
    cairo_stroke(cr);
  } else if (!disc) {
    draw_globe_outline(cr, plan, style);
  }
  draw_labels(cr, plan, layout.markers, layout.labels, style);
  cairo_restore(cr);
  // A disc wholly inside the frame stands on the page as a world map does, without a box.
  const Box frame_box{f.x, f.y, f.right(), f.bottom()};
  const bool free_disc = disc && disc->inflated(-1).inside(frame_box);
  if (plan.choice.scale != MapScale::world && !free_disc && visible(style.frame)) {
    set_line(cr, style.frame);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
    cairo_rectangle(cr, f.x, f.y, f.width, f.height);
    cairo_stroke(cr);
  }
}

}  // namespace footprint::render
