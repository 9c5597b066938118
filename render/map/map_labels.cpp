#include "render/map/map_labels.hpp"

#include <algorithm>
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

// The box of a label shrunk to (w, h), kept against the side or corner that faces its marker:
// inside the box it had, so it meets nothing the placed label did not.
Box shrunk_towards_marker(const Box& b, Anchor anchor, double w, double h) {
  const double cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
  switch (anchor) {
    case Anchor::top_right:
      return {b.x0, b.y1 - h, b.x0 + w, b.y1};
    case Anchor::top_left:
      return {b.x1 - w, b.y1 - h, b.x1, b.y1};
    case Anchor::bottom_right:
      return {b.x0, b.y0, b.x0 + w, b.y0 + h};
    case Anchor::bottom_left:
      return {b.x1 - w, b.y0, b.x1, b.y0 + h};
    case Anchor::right:
      return {b.x0, cy - h / 2, b.x0 + w, cy + h / 2};
    case Anchor::left:
      return {b.x1 - w, cy - h / 2, b.x1, cy + h / 2};
    case Anchor::top:
      return {cx - w / 2, b.y1 - h, cx + w / 2, b.y1};
    case Anchor::bottom:
      return {cx - w / 2, b.y0, cx + w / 2, b.y0 + h};
  }
  return b;
}

double gap_between(const Box& a, const Box& b) {
  const double dx = std::max({0.0, a.x0 - b.x1, b.x0 - a.x1});
  const double dy = std::max({0.0, a.y0 - b.y1, b.y0 - a.y1});
  return std::hypot(dx, dy);
}

XY nearest_in(const Box& b, XY p) {
  return {std::clamp(p.x, b.x0, b.x1), std::clamp(p.y, b.y0, b.y1)};
}

}  // namespace

void harmonise_label_sizes(const std::vector<LabelRequest>& requests,
                           std::vector<Placement>& placements) {
  // Placed labels that read together: their markers or their boxes close, in lines of the lower
  // of the two at their smallest size.
  std::vector<std::size_t> placed;
  for (std::size_t k = 0; k < placements.size(); ++k) {
    if (placements[k].placed && !requests[k].sizes.empty()) placed.push_back(k);
  }
  std::vector<std::size_t> root(placements.size());
  for (std::size_t k = 0; k < root.size(); ++k) root[k] = k;
  const auto find = [&](std::size_t k) {
    while (root[k] != k) k = root[k] = root[root[k]];
    return k;
  };
  for (std::size_t a = 0; a < placed.size(); ++a) {
    const std::size_t i = placed[a];
    for (std::size_t b = a + 1; b < placed.size(); ++b) {
      const std::size_t j = placed[b];
      const double line =
          std::min(requests[i].sizes.back().second, requests[j].sizes.back().second);
      const double marker_gap =
          std::hypot(requests[i].x - requests[j].x, requests[i].y - requests[j].y) -
          requests[i].marker_radius - requests[j].marker_radius;
      if (marker_gap < kMarkerClusterGapLines * line ||
          gap_between(placements[i].box, placements[j].box) < kLabelClusterGapLines * line) {
        root[find(i)] = find(j);
      }
    }
  }
  // Each cluster at the smallest size any of its labels took, where the smaller box keeps its
  // side towards the marker and (with a leader) the leader's end.
  std::map<std::size_t, std::size_t> smallest;
  for (std::size_t k : placed) {
    std::size_t& s = smallest[find(k)];
    s = std::max(s, placements[k].size_index);
  }
  for (std::size_t k : placed) {
    Placement& p = placements[k];
    const std::size_t target = smallest[find(k)];
    if (p.size_index >= target || target >= requests[k].sizes.size()) continue;
    const auto [w, h] = requests[k].sizes[target];
    if (w > p.box.width() + 1e-9 || h > p.box.height() + 1e-9) continue;
    const Box box = shrunk_towards_marker(p.box, p.anchor, w, h);
    if (p.leader) {
      const XY end = nearest_in(box, {requests[k].x, requests[k].y});
      if (std::abs(end.x - p.leader_x1) > 1e-6 || std::abs(end.y - p.leader_y1) > 1e-6) continue;
    }
    p.box = box;
    p.size_index = target;
  }
}

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
  harmonise_label_sizes(labels.requests, labels.placements);
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
