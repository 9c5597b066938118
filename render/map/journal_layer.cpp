#include "render/map/journal_layer.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "render/geo/geo_painter.hpp"
#include "render/geo/great_circle.hpp"
#include "render/map/map_labels.hpp"
#include "render/map/scale_bar.hpp"
#include "render/style/cairo_style.hpp"
#include "render/text/text.hpp"

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
    if ((d.header.type == CAIRO_PATH_MOVE_TO || d.header.type == CAIRO_PATH_LINE_TO) &&
        !out.empty()) {
      out.back().push_back({path->data[i + 1].point.x, path->data[i + 1].point.y});
    }
  }
  return out;
}

struct RouteLeg {
  std::size_t from_place = 0, to_place = 0;  ///< into MapPlan::places
  core::LonLat from, to;
  int count = 1;
};

// Where each place is on the page, and where its marker is drawn (the same when it has none).
struct PlaceSpots {
  std::vector<XY> page;    ///< projected place
  std::vector<XY> marker;  ///< its marker's centre
  std::vector<bool> on_page;
  std::vector<std::size_t> marker_index;  ///< npos when no marker shows it
};

PlaceSpots place_spots(const MapPlan& plan, const std::vector<MarkerSpot>& markers) {
  const std::size_t n = plan.places.size();
  PlaceSpots out{std::vector<XY>(n), std::vector<XY>(n), std::vector<bool>(n, false),
                 marker_of_places(markers, n)};
  for (std::size_t i = 0; i < n; ++i) {
    if (const auto metres = plan.projection.forward(plan.places[i].entry.anchor())) {
      out.page[i] = plan.viewport.to_page(*metres);
      out.on_page[i] = std::isfinite(out.page[i].x) && std::isfinite(out.page[i].y);
    }
    out.marker[i] =
        out.marker_index[i] < markers.size() ? markers[out.marker_index[i]].page : out.page[i];
  }
  return out;
}

// Places whose markers lie within kRouteLinkPt of each other on the page, transitively, are one
// spot for routes: the towns of a summer in the Bay Area, seen from Edmonton, are one end.
// Returns a spot id per place (the index of a representative place).
std::vector<std::size_t> route_spots(const PlaceSpots& spots) {
  const std::size_t n = spots.page.size();
  const std::vector<XY>& page = spots.marker;
  std::vector<std::size_t> parent(n);
  for (std::size_t i = 0; i < n; ++i) parent[i] = i;
  const auto find = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const auto join = [&](std::size_t a, std::size_t b) {
    if (find(a) != find(b)) parent[find(a)] = find(b);
  };
  // Swept along x so that only neighbours across are compared.
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < n; ++i) {
    if (spots.on_page[i]) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return page[a].x != page[b].x ? page[a].x < page[b].x : page[a].y < page[b].y;
  });
  // Places at the very same point (the places of one group marker) are one spot before any
  // distance is measured: a pile of a hundred places no longer compares every pair of them.
  std::vector<std::size_t> distinct;
  for (std::size_t i : order) {
    if (!distinct.empty() && page[distinct.back()].x == page[i].x &&
        page[distinct.back()].y == page[i].y) {
      join(i, distinct.back());
    } else {
      distinct.push_back(i);
    }
  }
  for (std::size_t i = 0; i < distinct.size(); ++i) {
    for (std::size_t j = i + 1; j < distinct.size(); ++j) {
      const XY a = page[distinct[i]], b = page[distinct[j]];
      if (b.x - a.x > kRouteLinkPt) break;
      if (std::hypot(b.x - a.x, b.y - a.y) <= kRouteLinkPt) join(distinct[i], distinct[j]);
    }
  }
  std::vector<std::size_t> spot(n);
  for (std::size_t i = 0; i < n; ++i) spot[i] = find(i);
  return spot;
}

// The legs between consecutive places (cancelled ones skipped), those between the same two
// spots merged into one with a count, in the order they were first travelled. Legs inside one
// group marker are not drawn: both ends are the same disc.
std::vector<RouteLeg> route_legs(const MapPlan& plan, const PlaceSpots& spots) {
  const std::vector<std::size_t> spot = route_spots(spots);
  std::vector<RouteLeg> legs;
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> seen;
  std::optional<std::size_t> previous;
  for (std::size_t i = 0; i < plan.places.size(); ++i) {
    const MapPlace& place = plan.places[i];
    if (place.entry.status == core::Status::cancelled) continue;
    if (previous) {
      const core::LonLat from = plan.places[*previous].entry.coordinates.back();
      const core::LonLat to = place.entry.anchor();
      const std::size_t ma = spots.marker_index[*previous], mb = spots.marker_index[i];
      const bool one_disc = ma == mb && ma != static_cast<std::size_t>(-1) &&
                            !plan.places[*previous].entry.is_track();
      if (!(from == to) && !one_disc) {
        const std::size_t a = spot[*previous], b = spot[i];
        const auto [it, fresh] =
            seen.emplace(std::pair{std::min(a, b), std::max(a, b)}, legs.size());
        if (fresh || a == b) {
          if (!fresh) it->second = legs.size();
          legs.push_back({*previous, i, from, to, 1});  // within one spot each leg is its own
        } else {
          ++legs[it->second].count;
        }
      }
    }
    previous = i;
  }
  return legs;
}

// Bends a leg's page pieces so that they end at the markers as drawn: points near each end move
// with that end's marker, smoothly less along the leg, and not at all beyond kBendLengthPt (a
// marker moves at most a few points, so the line keeps its shape, and a leg cut at the map's
// edge keeps its cut on the edge).
constexpr double kBendLengthPt = 40;

void end_at_markers(std::vector<Path>& pieces, XY start_shift, XY end_shift) {
  double total = 0;
  for (const Path& piece : pieces) {
    for (std::size_t k = 1; k < piece.size(); ++k) {
      total += std::hypot(piece[k].x - piece[k - 1].x, piece[k].y - piece[k - 1].y);
    }
  }
  if (!(total > 0)) return;
  const double reach = std::min(kBendLengthPt, total);
  double along = 0;
  for (Path& piece : pieces) {
    XY previous = piece.empty() ? XY{} : piece.front();  // before it moved
    for (XY& point : piece) {
      along += std::hypot(point.x - previous.x, point.y - previous.y);
      previous = point;
      // A smooth falloff (a half cosine): no kink where the bend ends.
      const auto weight = [&](double d) {
        return d >= reach ? 0.0 : 0.5 * (1 + std::cos(M_PI * d / reach));
      };
      const double from_start = weight(along);
      const double from_end = weight(total - along);
      point.x += from_start * start_shift.x + from_end * end_shift.x;
      point.y += from_start * start_shift.y + from_end * end_shift.y;
    }
  }
}

// How much a dense network of routes is thinned and faded: 1 up to kDenseRoutes frame widths of
// line in the frame, then falling with the square root of the excess (to kFaintest at most).
constexpr double kDenseRoutes = 12;
constexpr double kFaintest = 0.3;

double route_weight(const std::vector<Path>& routes, const Frame& frame) {
  double length = 0;
  for (const Path& piece : routes) {
    for (std::size_t k = 1; k < piece.size(); ++k) {
      length += std::hypot(piece[k].x - piece[k - 1].x, piece[k].y - piece[k - 1].y);
    }
  }
  const double widths = length / std::max(1.0, std::sqrt(frame.width * frame.height));
  return widths <= kDenseRoutes ? 1.0 : std::max(kFaintest, std::sqrt(kDenseRoutes / widths));
}

}  // namespace

Rgba marker_color(const core::Entry& entry, const Style& style) {
  if (!entry.date || entry.date->month() == 0) return style.markers.undated_color;
  return style.markers.month_colors[entry.date->month() - 1];
}

JournalPaths journal_paths(cairo_t* cr, const MapPlan& plan, const std::vector<MarkerSpot>& markers,
                           bool routes, double route_step_pt) {
  // A point every 4 pt of the page at the frame's scale, at least every 0.5° (and 50 km): a
  // world map's thousands of legs need no finer steps, which were most of a 10,000-entry map.
  const double km_per_pt = km_per_pt_at_centre(plan);
  const double step_km =
      std::isfinite(km_per_pt) ? std::max(50.0, route_step_pt * km_per_pt) : 50.0;
  GeoPainter painter(cr, plan.projection, plan.viewport, plan.clip,
                     std::clamp(step_km / 111.0, 0.5, 2.0), 0.25);
  JournalPaths paths;
  cairo_new_path(cr);
  if (routes) {
    const PlaceSpots spots = place_spots(plan, markers);
    const auto shift = [&](std::size_t place) {
      return XY{spots.marker[place].x - spots.page[place].x,
                spots.marker[place].y - spots.page[place].y};
    };
    for (const RouteLeg& leg : route_legs(plan, spots)) {
      painter.add_line(geodesic(leg.from, leg.to, step_km), true);
      std::vector<Path> pieces = current_page_paths(cr);
      // A leg leaving a track starts at the track's end, where no marker is.
      const XY start =
          plan.places[leg.from_place].entry.is_track() ? XY{0, 0} : shift(leg.from_place);
      end_at_markers(pieces, start, shift(leg.to_place));
      for (Path& piece : pieces) {
        paths.routes.push_back(std::move(piece));
        paths.route_counts.push_back(leg.count);
      }
      cairo_new_path(cr);
    }
  }
  for (const MapPlace& place : plan.places) {
    if (!place.entry.is_track()) continue;
    Path track;
    for (const auto& p : place.entry.coordinates) track.push_back({p.lon, p.lat});
    painter.add_line(track);
  }
  paths.tracks = current_page_paths(cr);
  cairo_new_path(cr);
  paths.weight = route_weight(paths.routes, plan.viewport.frame());
  return paths;
}

// Routes are stroked in batches of about this many points. Cairo rasterises one stroke as one
// polygon, and its scan converter pays for every crossing of two edges: thousands of routes
// across a world map crossed each other millions of times in one path (cost growing with the
// square of the entries). A sample year's routes still fit in one batch, drawn as before.
constexpr std::size_t kRouteBatch = 4096;

void draw_journal_paths(cairo_t* cr, const JournalPaths& paths, const Style& style) {
  const auto stroke = [cr](const std::vector<Path>& lines, const LineStyle& line,
                           const std::function<bool(std::size_t)>& take, bool dense = false) {
    if (!visible(line)) return;
    set_line(cr, line);
    if (dense) {
      // Every dash of a round-capped line ends in two half discs, each a fan of edges for the
      // scan converter: on a network of thousands of legs they were a sixth of the map. Square
      // ends (half a line width shorter) on the faint network's thin dashes look the same.
      cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL);
    }
    std::size_t pending = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const Path& path = lines[i];
      if (path.size() < 2 || !take(i)) continue;
      cairo_move_to(cr, path.front().x, path.front().y);
      for (std::size_t k = 1; k < path.size(); ++k) cairo_line_to(cr, path[k].x, path[k].y);
      pending += path.size();
      if (pending >= kRouteBatch) {
        cairo_stroke(cr);
        pending = 0;
      }
    }
    cairo_stroke(cr);
  };
  cairo_save(cr);
  // A dense network (hundreds of faded legs across the map) is rasterised with 4x4 samples a
  // pixel instead of 256x15: Cairo's scan converter was a third of a 10,000-entry world map and
  // now takes half as long. Edges of the faint lines shift by a sample: 0.5 of 255 per channel
  // on average over a 10,000-entry map, at most 43, not to be told apart at full size.
  // Vector outputs are not rasterised here; sparse routes are drawn as before.
  if (paths.weight < 1) cairo_set_antialias(cr, CAIRO_ANTIALIAS_FAST);
  // A route travelled n times is (1 + (n - 1) / 2) times as wide, at most three times.
  const std::set<int> counts(paths.route_counts.begin(), paths.route_counts.end());
  for (int n : counts) {
    LineStyle line = style.route;
    line.width_pt *= std::min(3.0, 1 + (n - 1) / 2.0) * std::max(0.5, paths.weight);
    line.color.a *= paths.weight;
    stroke(
        paths.routes, line, [&](std::size_t i) { return paths.route_counts[i] == n; },
        paths.weight < 1);
  }
  cairo_restore(cr);
  stroke(paths.tracks, style.track, [](std::size_t) { return true; });
}

namespace {

void draw_spokes(cairo_t* cr, const std::vector<MarkerSpot>& spots, const Style& style) {
  LineStyle spoke{style.frame.color, 0.5, {}};
  set_line(cr, spoke);
  for (const MarkerSpot& spot : spots) {
    if (!spot.displaced() || spot.is_group()) continue;
    cairo_move_to(cr, spot.anchor.x, spot.anchor.y);
    cairo_line_to(cr, spot.page.x, spot.page.y);
  }
  cairo_stroke(cr);
  set_color(cr, style.frame.color);
  for (const MarkerSpot& spot : spots) {
    if (!spot.displaced() || spot.is_group()) continue;
    cairo_new_sub_path(cr);
    cairo_arc(cr, spot.anchor.x, spot.anchor.y, 1.6, 0, 2 * M_PI);
  }
  cairo_fill(cr);
}

}  // namespace

void draw_marker_symbol(cairo_t* cr, XY centre, double radius, const Rgba& fill,
                        core::Status status, const Style& style) {
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

void draw_group_marker(cairo_t* cr, XY centre, double radius, std::size_t count,
                       const Style& style) {
  // Ink of the labels on a ring of the page's colour: unlike any month's marker, in every style.
  cairo_new_path(cr);
  cairo_arc(cr, centre.x, centre.y, radius, 0, 2 * M_PI);
  set_color(cr, style.label.color);
  cairo_fill_preserve(cr);
  set_line(cr, style.markers.outline);
  cairo_stroke(cr);
  cairo_arc(cr, centre.x, centre.y, radius * 0.8, 0, 2 * M_PI);
  set_line(cr, {style.background, std::max(0.6, radius * 0.08), {}});
  cairo_stroke(cr);
  TextStyle s = text_style(style.markers.number);
  s.color = style.background;
  s.size_pt = style.markers.number.size_pt * (count >= 100 ? 1.0 : 1.25);
  const TextBlock block(cr, std::to_string(count), s);
  block.draw(cr, centre.x - block.width() / 2, centre.y - block.height() / 2);
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
    if (spot.is_group()) {
      draw_group_marker(cr, spot.page, spot.radius_pt, spot.count(), style);
      continue;
    }
    const core::Entry& entry = plan.places[spot.place_index].entry;
    draw_marker_symbol(cr, spot.page, spot.radius_pt, marker_color(entry, style), entry.status,
                       style);
  }
}

}  // namespace footprint::render
