#include "render/collision_index.hpp"

#include <algorithm>

#include "render/collision_geometry.hpp"

namespace footprint::render {
namespace bgi = boost::geometry::index;

namespace {
// Covering a route costs more than moving a few ranks round the point, less than a leader.
constexpr double kRoutePenalty = 8;
// A label this close to another marker may be read as that marker's: prefer another position.
constexpr double kAmbiguityReach = 6;
constexpr double kAmbiguityPenalty = 2.5;
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
      routes_(routes),
      label_boxes_(markers.size()),
      leaders_(markers.size()) {
  // Fixed layers are bulk-loaded (packed), which also makes their queries faster.
  std::vector<Value> values;
  for (std::size_t i = 0; i < markers.size(); ++i) {
    const auto& m = markers[i];
    values.emplace_back(to_bg({m.x - m.radius, m.y - m.radius, m.x + m.radius, m.y + m.radius}), i);
  }
  marker_tree_ = Tree(values);
  values.clear();
  for (std::size_t i = 0; i < obstacles.size(); ++i) values.emplace_back(to_bg(obstacles[i]), i);
  obstacle_tree_ = Tree(values);
  values.clear();
  for (std::size_t i = 0; i < routes.size(); ++i) {
    const auto& r = routes[i];
    values.emplace_back(
        to_bg(from_bg(segment_bounds(r.x0, r.y0, r.x1, r.y1)).inflated(r.half_width)), i);
  }
  route_tree_ = Tree(values);
}

bool CollisionIndex::box_hits_fixed(std::size_t /*self*/, const Box& box) const {
  if (!box.inside(frame_.inflated(-padding_))) return true;
  const Box padded = box.inflated(padding_);
  // Every marker, the label's own included, keeps the padding clear around its disk.
  for (auto it = marker_tree_.qbegin(bgi::intersects(to_bg(padded))); it != marker_tree_.qend();
       ++it) {
    const auto& m = markers_[it->second];
    if (disk_intersects_box(m.x, m.y, m.radius + padding_, box)) return true;
  }
  for (auto it = obstacle_tree_.qbegin(bgi::intersects(to_bg(padded))); it != obstacle_tree_.qend();
       ++it) {
    if (from_bg(it->first).intersects(padded)) return true;
  }
  return false;
}

bool CollisionIndex::leader_hits_fixed(std::size_t self, const LabelCandidate& c) const {
  const BgBox bounds = segment_bounds(c.leader_x0, c.leader_y0, c.leader_x1, c.leader_y1);
  for (auto it = marker_tree_.qbegin(bgi::intersects(bounds)); it != marker_tree_.qend(); ++it) {
    if (it->second == self) continue;  // it starts on its own marker's edge
    const auto& m = markers_[it->second];
    if (distance2_to_segment(m.x, m.y, c.leader_x0, c.leader_y0, c.leader_x1, c.leader_y1) <
        m.radius * m.radius)
      return true;
  }
  for (auto it = obstacle_tree_.qbegin(bgi::intersects(bounds)); it != obstacle_tree_.qend();
       ++it) {
    if (segment_intersects_box(c.leader_x0, c.leader_y0, c.leader_x1, c.leader_y1,
                               from_bg(it->first)))
      return true;
  }
  return false;
}

void CollisionIndex::box_hits_labels(std::size_t self, const Box& box, std::size_t max,
                                     Conflicts& out) const {
  const auto add = [&](std::size_t j) {
    if (j != self && std::find(out.labels.begin(), out.labels.end(), j) == out.labels.end())
      out.labels.push_back(j);
  };
  const Box padded = box.inflated(padding_);
  for (auto it = label_tree_.qbegin(bgi::intersects(to_bg(padded)));
       it != label_tree_.qend() && out.labels.size() <= max; ++it) {
    if (label_boxes_[it->second].intersects(padded)) add(it->second);
  }
  // Another label's leader must stay visible: no box may sit on it.
  for (auto it = leader_tree_.qbegin(bgi::intersects(to_bg(padded)));
       it != leader_tree_.qend() && out.labels.size() <= max; ++it) {
    const Leader& l = leaders_[it->second];
    if (segment_intersects_box(l.x0, l.y0, l.x1, l.y1, padded)) add(it->second);
  }
}

void CollisionIndex::leader_hits_labels(std::size_t self, const LabelCandidate& c, std::size_t max,
                                        Conflicts& out) const {
  const auto add = [&](std::size_t j) {
    if (j != self && std::find(out.labels.begin(), out.labels.end(), j) == out.labels.end())
      out.labels.push_back(j);
  };
  const BgBox bounds = segment_bounds(c.leader_x0, c.leader_y0, c.leader_x1, c.leader_y1);
  for (auto it = label_tree_.qbegin(bgi::intersects(bounds));
       it != label_tree_.qend() && out.labels.size() <= max; ++it) {
    if (segment_intersects_box(c.leader_x0, c.leader_y0, c.leader_x1, c.leader_y1,
                               label_boxes_[it->second]))
      add(it->second);
  }
  for (auto it = leader_tree_.qbegin(bgi::intersects(bounds));
       it != leader_tree_.qend() && out.labels.size() <= max; ++it) {
    const Leader& l = leaders_[it->second];
    if (segments_intersect(c.leader_x0, c.leader_y0, c.leader_x1, c.leader_y1, l.x0, l.y0, l.x1,
                           l.y1))
      add(it->second);
  }
}

double CollisionIndex::ambiguity_cost(std::size_t self, const Box& box) const {
  double cost = 0;
  const Box reach = box.inflated(kAmbiguityReach);
  for (auto it = marker_tree_.qbegin(bgi::intersects(to_bg(reach))); it != marker_tree_.qend();
       ++it) {
    const auto& m = markers_[it->second];
    if (it->second != self && disk_intersects_box(m.x, m.y, m.radius + kAmbiguityReach, box))
      cost += kAmbiguityPenalty;
  }
  return cost;
}

double CollisionIndex::route_cost(const Box& box) const {
  for (auto it = route_tree_.qbegin(bgi::intersects(to_bg(box))); it != route_tree_.qend(); ++it) {
    const auto& r = routes_[it->second];
    if (thick_segment_intersects_box(r.x0, r.y0, r.x1, r.y1, r.half_width, box))
      return kRoutePenalty;
  }
  return 0;
}

Conflicts CollisionIndex::check(std::size_t self, const LabelCandidate& c,
                                std::size_t max_labels) const {
  Conflicts out;
  out.hard = box_hits_fixed(self, c.box) || (c.leader && leader_hits_fixed(self, c));
  if (out.hard) return out;
  box_hits_labels(self, c.box, max_labels, out);
  if (c.leader && out.labels.size() <= max_labels) leader_hits_labels(self, c, max_labels, out);
  if (out.labels.empty()) out.soft_cost = route_cost(c.box) + ambiguity_cost(self, c.box);
  return out;
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
