// Everything a label must not collide with in one map frame, in Boost.Geometry R-trees:
// markers, obstacles and route lines (fixed), and placed labels with their leaders (changing).
#pragma once

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <cstddef>
#include <utility>
#include <vector>

#include "render/label_candidates.hpp"

namespace footprint::render {

/// A marker disk, indexed by the number of the request it belongs to.
struct MarkerDisk {
  double x, y, radius;
};

/// A piece of a route polyline drawn half_width either side of its centre line.
struct RouteSegment {
  double x0, y0, x1, y1, half_width;
};

/// What stands in a candidate's way.
struct Conflicts {
  bool hard = false;                ///< frame, marker or obstacle: no ejection can free it
  std::vector<std::size_t> labels;  ///< placed labels in the way (stops after max + 1)
  double soft_cost = 0;             ///< route lines covered, other markers close by
};

class CollisionIndex {
 public:
  CollisionIndex(const Box& frame, double padding, const std::vector<MarkerDisk>& markers,
                 const std::vector<Box>& obstacles, const std::vector<RouteSegment>& routes);

  /// What blocks `c` as label `self`'s position; stops once more than max_labels are found.
  Conflicts check(std::size_t self, const LabelCandidate& c, std::size_t max_labels) const;
  void insert(std::size_t label, const LabelCandidate& c);
  void remove(std::size_t label, const LabelCandidate& c);

 private:
  using Point = boost::geometry::model::point<double, 2, boost::geometry::cs::cartesian>;
  using BgBox = boost::geometry::model::box<Point>;
  using Value = std::pair<BgBox, std::size_t>;
  using Tree = boost::geometry::index::rtree<Value, boost::geometry::index::rstar<16>>;
  struct Leader {
    double x0, y0, x1, y1;
  };

  static BgBox to_bg(const Box& b) { return {{b.x0, b.y0}, {b.x1, b.y1}}; }
  static Box from_bg(const BgBox& b);
  static BgBox segment_bounds(double x0, double y0, double x1, double y1);

  bool box_hits_fixed(std::size_t self, const Box& box) const;
  bool leader_hits_fixed(std::size_t self, const LabelCandidate& c) const;
  void box_hits_labels(std::size_t self, const Box& box, std::size_t max, Conflicts& out) const;
  void leader_hits_labels(std::size_t self, const LabelCandidate& c, std::size_t max,
                          Conflicts& out) const;
  double route_cost(const Box& box) const;
  double ambiguity_cost(std::size_t self, const Box& box) const;

  Box frame_;
  double padding_;
  std::vector<MarkerDisk> markers_;
  std::vector<RouteSegment> routes_;
  Tree marker_tree_, obstacle_tree_, route_tree_;
  Tree label_tree_;               ///< placed label boxes, by label
  Tree leader_tree_;              ///< bounds of placed leader lines, by label
  std::vector<Box> label_boxes_;  ///< by label; valid while in label_tree_
  std::vector<Leader> leaders_;   ///< by label; valid while in leader_tree_
};

}  // namespace footprint::render
