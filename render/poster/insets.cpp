#include "render/poster/insets.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

#include "render/map/map_labels.hpp"
#include "render/style/cairo_style.hpp"
#include "render/text/text.hpp"

namespace footprint::render {
namespace {

constexpr double kKeyPadPt = 3;  // between the outermost marker and the key's outline

// Union-find over the markers.
struct Groups {
  std::vector<std::size_t> parent;
  explicit Groups(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
  void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

double distance(XY a, XY b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

// Markers linked by the crowd distance, as lists of marker indices (single markers left out,
// unless they are group markers).
std::vector<std::vector<std::size_t>> crowd_groups(const std::vector<MarkerSpot>& markers,
                                                   double link_pt) {
  // Markers on one spot (ten evenings at home) are one point to link: sorted by spot, then by x
  // so that each spot is compared only with those within link_pt across. A journal of 10,000
  // entries must not cost a quadratic pass.
  std::vector<std::size_t> order(markers.size());
  std::iota(order.begin(), order.end(), 0);
  const auto spot = [&](std::size_t i) {
    return std::pair{std::lround(markers[i].anchor.x * 4), std::lround(markers[i].anchor.y * 4)};
  };
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return spot(a) < spot(b); });
  Groups groups(markers.size());
  std::vector<std::size_t> spots;  // one marker per distinct spot
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (i > 0 && spot(order[i]) == spot(order[i - 1])) {
      groups.join(order[i], order[i - 1]);
    } else {
      spots.push_back(order[i]);
    }
  }
  for (std::size_t i = 0; i < spots.size(); ++i) {
    for (std::size_t j = i + 1; j < spots.size(); ++j) {
      const XY a = markers[spots[i]].anchor, b = markers[spots[j]].anchor;
      if (b.x - a.x > link_pt) break;
      if (distance(a, b) <= link_pt) groups.join(spots[i], spots[j]);
    }
  }
  std::vector<std::vector<std::size_t>> by_root(markers.size());
  for (std::size_t i = 0; i < markers.size(); ++i) by_root[groups.find(i)].push_back(i);
  std::vector<std::vector<std::size_t>> out;
  for (auto& g : by_root) {
    if (g.size() > 1 || (g.size() == 1 && markers[g[0]].is_group())) out.push_back(std::move(g));
  }
  return out;
}

Box markers_box(const std::vector<MarkerSpot>& markers, const std::vector<std::size_t>& group) {
  Box b{1e300, 1e300, -1e300, -1e300};
  for (std::size_t i : group) {
    const MarkerSpot& m = markers[i];
    for (const XY& p : {m.page, m.anchor}) {
      b = {std::min(b.x0, p.x - m.radius_pt), std::min(b.y0, p.y - m.radius_pt),
           std::max(b.x1, p.x + m.radius_pt), std::max(b.y1, p.y + m.radius_pt)};
    }
  }
  return b;
}

Box anchors_box(const std::vector<MarkerSpot>& markers, const std::vector<std::size_t>& group) {
  Box b{1e300, 1e300, -1e300, -1e300};
  for (std::size_t i : group) {
    const XY& p = markers[i].anchor;
    b = {std::min(b.x0, p.x), std::min(b.y0, p.y), std::max(b.x1, p.x), std::max(b.y1, p.y)};
  }
  return b;
}

// At least two places at different spots whose markers would touch, or a group marker.
bool crowded(const std::vector<MarkerSpot>& markers, const std::vector<std::size_t>& group) {
  for (std::size_t i : group) {
    if (markers[i].is_group()) return true;
  }
  for (std::size_t i = 0; i < group.size(); ++i) {
    for (std::size_t j = i + 1; j < group.size(); ++j) {
      const MarkerSpot& a = markers[group[i]];
      const MarkerSpot& b = markers[group[j]];
      const double d = distance(a.anchor, b.anchor);
      if (d > 0.5 && d < a.radius_pt + b.radius_pt + 1) return true;
    }
  }
  return false;
}

bool hits_a_marker(const Box& box, const std::vector<MarkerSpot>& markers) {
  return std::ranges::any_of(markers, [&](const MarkerSpot& m) {
    const double r = m.radius_pt + 1;
    return box.distance2_to(m.page.x, m.page.y) < r * r;
  });
}

// The letter's tag outside the key, in the frame and clear of markers and other keys: a corner
// if one is free (top left first), else a spot along an edge; nothing when the key is walled in.
std::optional<Box> place_letter(const Box& key, double side, const Frame& frame,
                                const std::vector<MarkerSpot>& markers,
                                const std::vector<Box>& taken) {
  std::vector<Box> candidates = {{key.x0 - side, key.y0 - side, key.x0, key.y0},
                                 {key.x1, key.y0 - side, key.x1 + side, key.y0},
                                 {key.x0 - side, key.y1, key.x0, key.y1 + side},
                                 {key.x1, key.y1, key.x1 + side, key.y1 + side}};
  for (double t = 0; t <= 1.0001; t += 0.25) {
    const double x = key.x0 + (key.width() - side) * t, y = key.y0 + (key.height() - side) * t;
    candidates.push_back({x, key.y0 - side, x + side, key.y0});
    candidates.push_back({x, key.y1, x + side, key.y1 + side});
    candidates.push_back({key.x0 - side, y, key.x0, y + side});
    candidates.push_back({key.x1, y, key.x1 + side, y + side});
  }
  const Box inside{frame.x, frame.y, frame.right(), frame.bottom()};
  for (const Box& c : candidates) {
    if (!c.inside(inside) || hits_a_marker(c, markers)) continue;
    if (std::any_of(taken.begin(), taken.end(), [&](const Box& t) { return t.intersects(c); }))
      continue;
    return c;
  }
  return std::nullopt;
}

}  // namespace

double letter_tag_size(const Style& style) {
  return std::max(8.0, style.markers.radius_pt * 2.2);
}

std::vector<InsetSpec> find_insets(const MapPlan& main, const MapLayout& layout, const Style& style,
                                   int max_insets) {
  const double diameter = 2 * style.markers.radius_pt;
  const Frame& f = main.viewport.frame();
  std::vector<std::vector<std::size_t>> groups = crowd_groups(layout.markers, kCrowdEm * diameter);
  std::stable_sort(groups.begin(), groups.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::vector<InsetSpec> out;
  std::vector<Box> taken;
  for (const auto& group : groups) {
    if (static_cast<int>(out.size()) >= max_insets) break;
    if (!crowded(layout.markers, group)) continue;
    // Worth it when the places themselves lie close; the key takes in their spread markers too.
    const Box spread = anchors_box(layout.markers, group);
    if (std::max(spread.width(), spread.height()) > kMaxInsetShare * std::min(f.width, f.height))
      continue;
    const Box key = markers_box(layout.markers, group).inflated(kKeyPadPt);
    if (std::any_of(taken.begin(), taken.end(), [&](const Box& t) { return t.intersects(key); }))
      continue;
    taken.push_back(key);
    const std::optional<Box> letter =
        place_letter(key, letter_tag_size(style), f, layout.markers, taken);
    if (!letter) {  // a key that cannot be lettered cannot be read: no inset for it
      taken.pop_back();
      continue;
    }
    InsetSpec inset;
    inset.letter = static_cast<char>('A' + out.size());
    for (std::size_t m : group) {
      const MarkerSpot& spot = layout.markers[m];
      if (spot.is_group()) {
        inset.places.insert(inset.places.end(), spot.members.begin(), spot.members.end());
      } else {
        inset.places.push_back(spot.place_index);
      }
    }
    std::sort(inset.places.begin(), inset.places.end());
    inset.key_box = key;
    inset.letter_box = *letter;
    taken.push_back(inset.letter_box);
    out.push_back(std::move(inset));
  }
  return out;
}

MapRequest inset_request(const MapPlan& main, const InsetSpec& inset, const MapRequest& base) {
  MapRequest r;
  r.routes = base.routes;
  r.units = base.units;
  r.extra_layers = base.extra_layers;
  r.outliers = OutlierPolicy::keep;  // every place of the group is why the inset exists
  r.padding = 0.18;
  for (std::size_t i : inset.places) {
    r.entries.push_back(main.places[i].entry);
    r.numbers.push_back(main.places[i].number);
  }
  return r;
}

void draw_inset_letter(cairo_t* cr, const Box& box, char letter, const Style& style) {
  cairo_rectangle(cr, box.x0, box.y0, box.width(), box.height());
  set_color(cr, style.poster.ink);
  cairo_fill(cr);
  TextStyle font;
  font.family = style.poster.text_family;
  font.weight = 700;
  font.size_pt = box.height() * 0.62;
  font.color = style.poster.paper;
  font.halo_pt = 0;
  const TextBlock text(cr, std::string(1, letter), font);
  text.draw(cr, (box.x0 + box.x1 - text.width()) / 2, (box.y0 + box.y1 - text.height()) / 2);
}

void draw_inset_key(cairo_t* cr, const InsetSpec& inset, const Style& style) {
  const Box& b = inset.key_box;
  cairo_rectangle(cr, b.x0, b.y0, b.width(), b.height());
  LineStyle line{style.poster.ink, std::max(0.6, style.poster.rule.width_pt * 1.5), {}};
  set_line(cr, line);
  cairo_stroke(cr);
  draw_inset_letter(cr, inset.letter_box, inset.letter, style);
}

}  // namespace footprint::render
