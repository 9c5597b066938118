#include "render/map/map_labels.hpp"

#include <cmath>
#include <map>
#include <tuple>

#include "render/labels/label_drawing.hpp"
#include "render/labels/label_placer.hpp"
#include "render/map/journal_layer.hpp"
#include "render/style/cairo_style.hpp"

namespace footprint::render {
namespace {

int priority(const core::Entry& entry) {
  // Where the person went outranks what was planned, which outranks what was called off;
  // longer stays come first among equals.
  int p = entry.status == core::Status::visited   ? 200
          : entry.status == core::Status::planned ? 100
                                                  : 0;
  if (entry.is_range()) p += 50;
  return p;
}

Box to_box(const Frame& f) {
  return {f.x, f.y, f.right(), f.bottom()};
}

}  // namespace

TextStyle text_style(const FontStyle& font) {
  TextStyle s;
  s.family = font.family;
  s.size_pt = font.size_pt;
  s.weight = font.weight;
  s.italic = font.italic;
  s.color = font.color;
  s.halo = font.halo;
  s.halo_pt = font.halo.a > 0 ? font.halo_pt : 0;
  return s;
}

std::string label_text(const core::Entry& entry) {
  if (!entry.title.empty()) return entry.title;
  if (!entry.place.empty()) return entry.place;
  return entry.id;
}

std::string marker_label_text(const MapPlan& plan, const MarkerSpot& marker) {
  if (!marker.is_group()) return label_text(plan.places[marker.place_index].entry);
  // The place most of the group's entries are at (the first such in date order), and how many
  // entries are elsewhere.
  std::map<std::string, std::size_t> count;
  std::string best;
  std::size_t best_count = 0;
  for (std::size_t i : marker.members) {
    const core::Entry& e = plan.places[i].entry;
    const std::string name = e.place.empty() ? label_text(e) : e.place;
    if (++count[name] > best_count) {
      best_count = count[name];
      best = name;
    }
  }
  const std::size_t elsewhere = marker.members.size() - best_count;
  return elsewhere == 0 ? best : best + " +" + std::to_string(elsewhere);
}

MapLabels place_labels(cairo_t* cr, const MapPlan& plan, const std::vector<MarkerSpot>& markers,
                       const std::vector<Path>& routes, const std::vector<Box>& obstacles,
                       const Style& style, const std::vector<bool>& label_places) {
  MapLabels labels;
  const TextStyle base = text_style(style.label);
  // Markers of one spot with one name (evenings at home, spread round it) share one label, set
  // round all of them: a name said once, not five times.
  std::map<std::tuple<long, long, std::string>, std::size_t> spot_request;
  for (std::size_t i = 0; i < markers.size(); ++i) {
    const std::size_t place = markers[i].place_index;
    if (!label_places.empty() && !label_places.at(place)) continue;
    const core::Entry& entry = plan.places[place].entry;
    const MarkerSpot& m = markers[i];
    const std::string text = marker_label_text(plan, m);
    if (!m.is_group()) {
      const auto key = std::tuple{std::lround(m.anchor.x * 2), std::lround(m.anchor.y * 2), text};
      if (const auto it = spot_request.find(key); it != spot_request.end()) {
        labels.named[it->second].push_back(i);
        LabelRequest& shared = labels.requests[it->second];
        shared.priority = std::max(shared.priority, priority(entry));
        continue;
      }
      spot_request.emplace(key, labels.requests.size());
    }
    LabelRequest request;
    request.id = static_cast<int>(i);
    request.x = markers[i].page.x;
    request.y = markers[i].page.y;
    request.marker_radius = markers[i].radius_pt + style.markers.outline.width_pt / 2;
    request.sizes = measure_sizes(cr, text, base, style.label_sizes_pt, kLabelMaxWidthPt);
    // A group stands for several places: it is named before any one of them.
    request.priority = m.is_group() ? 300 : priority(entry);
    labels.requests.push_back(std::move(request));
    labels.named.push_back({i});
  }
  // A shared label stands round the disc that holds all its markers.
  for (std::size_t k = 0; k < labels.requests.size(); ++k) {
    if (labels.named[k].size() < 2) continue;
    XY centre{0, 0};
    for (std::size_t i : labels.named[k]) {
      centre.x += markers[i].page.x / static_cast<double>(labels.named[k].size());
      centre.y += markers[i].page.y / static_cast<double>(labels.named[k].size());
    }
    double reach = 0;
    for (std::size_t i : labels.named[k]) {
      reach =
          std::max(reach, std::hypot(markers[i].page.x - centre.x, markers[i].page.y - centre.y) +
                              markers[i].radius_pt + style.markers.outline.width_pt / 2);
    }
    labels.requests[k].x = centre.x;
    labels.requests[k].y = centre.y;
    labels.requests[k].marker_radius = reach;
  }
  // Padding at least the halo, so one label's halo never touches another's letters.
  LabelPlacer placer(to_box(plan.viewport.frame()), std::max(2.0, style.label.halo_pt));
  for (const Box& box : obstacles) placer.add_obstacle(box);
  // A marker without a label here is still in the way of the others.
  for (const MarkerSpot& m : markers) {
    if (label_places.empty() || label_places.at(m.place_index)) continue;
    const double r = m.radius_pt + style.markers.outline.width_pt / 2;
    placer.add_obstacle({m.page.x - r, m.page.y - r, m.page.x + r, m.page.y + r});
  }
  for (const Path& route : routes) {
    std::vector<std::pair<double, double>> line;
    for (const XY& p : route) line.emplace_back(p.x, p.y);
    if (line.size() > 1) placer.add_obstacle_line(line, style.route.width_pt);
  }
  labels.placements = placer.place(labels.requests);
  labels.stats = placer.stats();
  return labels;
}

void draw_leaders(cairo_t* cr, const MapLabels& labels, const Style& style) {
  LeaderStyle leader;
  leader.color = style.label.color;
  leader.color.a *= 0.8;
  leader.width_pt = 0.5;
  leader.halo = style.label.halo;
  for (const Placement& p : labels.placements) draw_leader(cr, p, leader);
}

void draw_labels(cairo_t* cr, const MapPlan& plan, const std::vector<MarkerSpot>& markers,
                 const MapLabels& labels, const Style& style) {
  const TextStyle base = text_style(style.label);
  for (const Placement& p : labels.placements) {
    if (!p.placed) continue;
    const MarkerSpot& spot = markers[static_cast<std::size_t>(p.id)];
    draw_label(cr, marker_label_text(plan, spot), base, style.label_sizes_pt, p, kLabelMaxWidthPt);
  }
}

void draw_marker_numbers(cairo_t* cr, const MapPlan& plan, const std::vector<MarkerSpot>& markers,
                         const Style& style) {
  for (const MarkerSpot& spot : markers) {
    if (spot.is_group()) continue;  // draw_group_marker() wrote its count
    const MapPlace& place = plan.places[spot.place_index];
    draw_marker_number(cr, spot.page, place.number, place.entry.status,
                       marker_color(place.entry, style), style.markers.number.size_pt, style);
  }
}

}  // namespace footprint::render
