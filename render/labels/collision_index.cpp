#include "render/labels/collision_index.hpp"

#include <cmath>

#include <algorithm>

#include <boost/iterator/function_output_iterator.hpp>

#include "render/labels/collision_geometry.hpp"

namespace footprint::render {
namespace bgi = boost::geometry::index;

namespace {
// Covering a route costs more than moving a few ranks round the point, less than a leader.
constexpr double kRoutePenalty = 8;
// A label this close to another marker may be read as that marker's: prefer another position.
constexpr double kAmbiguityReach = 6;
// Labels on one line keep this many line heights apart, so that two names do not read as one.
constexpr double kSameLineGapEm = 0.8;
constexpr double kLineHeightCapPt = 14;  // a wrapped label's box is several lines high
constexpr double kAmbiguityPenalty = 2.5;

// Calls f(index) for every value whose bounds meet q until f returns true; says whether it did.
// A callback query, not qbegin(): the incremental iterator allocates on every query, which was
// a third of the placer's time.
template <class Tree, class Query, class F>
bool any_hit(const Tree& tree, const Query& q, F&& f) {
  bool hit = false;
  tree.query(bgi::intersects(q), boost::make_function_output_iterator([&](const auto& value) {
               if (!hit) hit = f(value.second);
             }));
  return hit;
}

}  // namespace

Box CollisionIndex::from_bg(const BgBox& b) {
  return {b.min_corner().get<0>(), b.min_corner().get<1>(), b.max_corner().get<0>(),
          b.max_corner().get<1>()};
}

CollisionIndex::BgBox CollisionIndex::segment_bounds(double x0, double y0, double x1, double y1) {
  return {{std::min(x0, x1), std::min(y0, y1)}, {std::max(x0, x1), std::max(y0, y1)}};
}

CollisionIndex::CollisionIndex(const Box& frame, double padding,
                               const std::vector<MarkerDisk>& markers,
                               const std::vector<Box>& obstacles,
                               const std::vector<RouteSegment>& routes)
    : frame_(frame),
      padding_(padding),
      markers_(markers),
      obstacles_(obstacles),
      routes_(routes),
      label_boxes_(markers.size()),
      leaders_(markers.size()) {
  // Fixed layers are bulk-loaded (packed), which also makes their queries faster. A box with a
  // NaN or infinite side cannot be indexed (Boost's R-tree asserts), and could not be drawn
  // either: leave it out rather than corrupt the tree, and count it (a caller's bug: the scale
  // bar of a map squeezed to a negative width by its legend was one).
  std::vector<Value> values;
  values.reserve(std::max({markers.size(), obstacles.size(), routes.size()}));
  auto add = [&values, this](const Box& b, std::size_t i) {
    if (std::isfinite(b.x0) && std::isfinite(b.y0) && std::isfinite(b.x1) && std::isfinite(b.y1) &&
        b.x0 <= b.x1 && b.y0 <= b.y1) {
      values.emplace_back(to_bg(b), i);
    } else {
      ++dropped_;
    }
  };
  for (std::size_t i = 0; i < markers.size(); ++i) {
    const auto& m = markers[i];
    add({m.x - m.radius, m.y - m.radius, m.x + m.radius, m.y + m.radius}, i);
  }
  marker_tree_ = Tree(values);
  values.clear();
  for (std::size_t i = 0; i < obstacles.size(); ++i) add(obstacles[i], i);
  obstacle_tree_ = Tree(values);
  values.clear();
  for (std::size_t i = 0; i < routes.size(); ++i) {
    const auto& r = routes[i];
    add(from_bg(segment_bounds(r.x0, r.y0, r.x1, r.y1)).inflated(r.half_width), i);
  }
  route_tree_ = Tree(values);
}

bool CollisionIndex::box_hits_fixed(std::size_t /*self*/, const Box& box) const {
  if (!box.inside(frame_.inflated(-padding_))) return true;
  const Box padded = box.inflated(padding_);
  // Every marker, the label's own included, keeps the padding clear around its disk.
  return any_hit(marker_tree_, to_bg(padded),
                 [&](std::size_t m) {
                   return disk_intersects_box(markers_[m].x, markers_[m].y,
                                              markers_[m].radius + padding_, box);
                 }) ||
         any_hit(obstacle_tree_, to_bg(padded),
                 [&](std::size_t o) { return obstacles_[o].intersects(padded); });
}

bool CollisionIndex::leader_hits_fixed(std::size_t self, const LabelCandidate& c) const {
  const BgBox bounds = segment_bounds(c.leader_x0, c.leader_y0, c.leader_x1, c.leader_y1);
  // A leader grazing another marker reads as pointing at it: keep half the padding clear.
  const double clear = padding_ / 2;
  return any_hit(marker_tree_, to_bg(from_bg(bounds).inflated(clear)),
                 [&](std::size_t m) {
                   const auto& d = markers_[m];
                   const double r = d.radius + clear;
                   return m != self &&  // it starts on its own marker's edge
                          distance2_to_segment(d.x, d.y, c.leader_x0, c.leader_y0, c.leader_x1,
                                               c.leader_y1) < r * r;
                 }) ||
         any_hit(obstacle_tree_, bounds, [&](std::size_t o) {
           return segment_intersects_box(c.leader_x0, c.leader_y0, c.leader_x1, c.leader_y1,
                                         obstacles_[o]);
         });
}

void CollisionIndex::box_hits_labels(std::size_t self, const Box& box, std::size_t max,
                                     std::vector<std::size_t>& out) const {
  const auto add = [&](std::size_t j) {
    if (j != self && std::find(out.begin(), out.end(), j) == out.end()) out.push_back(j);
    return out.size() > max;
  };
  const Box padded = box.inflated(padding_);
  any_hit(label_tree_, to_bg(padded),
          [&](std::size_t j) { return label_boxes_[j].intersects(padded) && add(j); });
  if (out.size() > max) return;
  // Two labels side by side on one line read as one name: they keep a word space and more
  // apart along the line (kSameLineGapEm of a line's height).
  const double line = std::min(box.height(), kLineHeightCapPt);
  const Box along{padded.x0 - kSameLineGapEm * line, padded.y0, padded.x1 + kSameLineGapEm * line,
                  padded.y1};
  any_hit(label_tree_, to_bg(along), [&](std::size_t j) {
    const Box& other = label_boxes_[j];
    const double overlap = std::min(box.y1, other.y1) - std::max(box.y0, other.y0);
    const double shorter = std::min({box.height(), other.height(), kLineHeightCapPt});
    return other.intersects(along) && overlap > 0.5 * shorter && add(j);
  });
  if (out.size() > max) return;
  // Another label's leader must stay visible: no box may sit on it.
  any_hit(leader_tree_, to_bg(padded), [&](std::size_t j) {
    const Leader& l = leaders_[j];
    return segment_intersects_box(l.x0, l.y0, l.x1, l.y1, padded) && add(j);
  });
}

void CollisionIndex::leader_hits_labels(std::size_t self, const LabelCandidate& c, std::size_t max,
                                        std::vector<std::size_t>& out) const {
  const auto add = [&](std::size_t j) {
    if (j != self && std::find(out.begin(), out.end(), j) == out.end()) out.push_back(j);
    return out.size() > max;
  };
  const BgBox bounds = segment_bounds(c.leader_x0, c.leader_y0, c.leader_x1, c.leader_y1);
  const double clear = padding_ / 2;  // a leader grazing a label's letters looks like a strike
  any_hit(label_tree_, to_bg(from_bg(bounds).inflated(clear)), [&](std::size_t j) {
    return segment_intersects_box(c.leader_x0, c.leader_y0, c.leader_x1, c.leader_y1,
                                  label_boxes_[j].inflated(clear)) &&
           add(j);
  });
  if (out.size() > max) return;
  any_hit(leader_tree_, bounds, [&](std::size_t j) {
    const Leader& l = leaders_[j];
    return segments_intersect(c.leader_x0, c.leader_y0, c.leader_x1, c.leader_y1, l.x0, l.y0, l.x1,
                              l.y1) &&
           add(j);
  });
}

double CollisionIndex::ambiguity_cost(std::size_t self, const Box& box) const {
  double cost = 0;
  any_hit(marker_tree_, to_bg(box.inflated(kAmbiguityReach)), [&](std::size_t m) {
    const auto& d = markers_[m];
    if (m != self && disk_intersects_box(d.x, d.y, d.radius + kAmbiguityReach, box))
      cost += kAmbiguityPenalty;
    return false;
  });
  return cost;
}

double CollisionIndex::route_cost(const Box& box) const {
  const bool covered = any_hit(route_tree_, to_bg(box), [&](std::size_t i) {
    const auto& r = routes_[i];
    return thick_segment_intersects_box(r.x0, r.y0, r.x1, r.y1, r.half_width, box);
  });
  return covered ? kRoutePenalty : 0;
}

bool CollisionIndex::nearer_another_marker(std::size_t self, const Box& box) const {
  if (self >= markers_.size()) return false;
  const auto gap = [&](const MarkerDisk& d) {
    return std::sqrt(box.distance2_to(d.x, d.y)) - d.radius;
  };
  const double own = gap(markers_[self]);
  return any_hit(marker_tree_, to_bg(box.inflated(own + 1)),
                 [&](std::size_t m) { return m != self && gap(markers_[m]) < own - 0.5; });
}

std::optional<double> CollisionIndex::fixed_cost(std::size_t self, const LabelCandidate& c) const {
  if (box_hits_fixed(self, c.box) || (c.leader && leader_hits_fixed(self, c))) return {};
  // Without a leader a label names the nearest marker: it must be its own.
  if (!c.leader && nearer_another_marker(self, c.box)) return {};
  return std::min(route_cost(c.box) + ambiguity_cost(self, c.box), kMaxSoftCost);
}

void CollisionIndex::blocking_labels(std::size_t self, const LabelCandidate& c,
                                     std::size_t max_labels, std::vector<std::size_t>& out) const {
  out.clear();
  box_hits_labels(self, c.box, max_labels, out);
  if (c.leader && out.size() <= max_labels) leader_hits_labels(self, c, max_labels, out);
}

void CollisionIndex::insert(std::size_t label, const LabelCandidate& c) {
  label_boxes_[label] = c.box;
  label_tree_.insert({to_bg(c.box), label});
  if (c.leader) {
    leaders_[label] = {c.leader_x0, c.leader_y0, c.leader_x1, c.leader_y1};
    leader_tree_.insert(
        {segment_bounds(c.leader_x0, c.leader_y0, c.leader_x1, c.leader_y1), label});
  }
}

void CollisionIndex::remove(std::size_t label, const LabelCandidate& c) {
  label_tree_.remove({to_bg(c.box), label});
  if (c.leader)
    leader_tree_.remove(
        {segment_bounds(c.leader_x0, c.leader_y0, c.leader_x1, c.leader_y1), label});
}

}  // namespace footprint::render
