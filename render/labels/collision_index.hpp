// Everything a label must not collide with in one map frame, in Boost.Geometry R-trees:
// markers, obstacles and route lines (fixed), and placed labels with their leaders (changing).
#pragma once

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "render/labels/label_candidates.hpp"

namespace footprint::render {

/// A marker disk, indexed by the number of the request it belongs to.
struct MarkerDisk {
  double x, y, radius;
};

/// A piece of a route polyline drawn half_width either side of its centre line.
struct RouteSegment {
  double x0, y0, x1, y1, half_width;
};

class CollisionIndex {
 public:
  CollisionIndex(const Box& frame, double padding, const std::vector<MarkerDisk>& markers,
                 const std::vector<Box>& obstacles, const std::vector<RouteSegment>& routes);

  /// What the fixed layers say about `c` as label `self`'s position: nothing when the frame,
  /// a marker or an obstacle rules it out, else its soft cost (route lines covered, other
  /// markers close by). Fixed layers never change, so callers ask this once per candidate.
  std::optional<double> fixed_cost(std::size_t self, const LabelCandidate& c) const;
  /// Sets `out` to the placed labels (and leaders) in the way of `c`, at most max_labels + 1.
  /// (An out-parameter: the placer asks this in its inner loop and reuses one vector.)
  void blocking_labels(std::size_t self, const LabelCandidate& c, std::size_t max_labels,
                       std::vector<std::size_t>& out) const;
  void insert(std::size_t label, const LabelCandidate& c);
  void remove(std::size_t label, const LabelCandidate& c);
  /// Fixed boxes left out because a side was NaN or infinite (0 unless a caller has a bug).
  std::size_t dropped() const { return dropped_; }

 private:
  using Point = boost::geometry::model::point<double, 2, boost::geometry::cs::cartesian>;
  using BgBox = boost::geometry::model::box<Point>;
  using Value = std::pair<BgBox, std::size_t>;
  // Linear splits: the placer inserts and removes labels all the time, and the trees stay small.
  using Tree = boost::geometry::index::rtree<Value, boost::geometry::index::linear<16>>;
  struct Leader {
    double x0, y0, x1, y1;
  };

  static BgBox to_bg(const Box& b) { return {{b.x0, b.y0}, {b.x1, b.y1}}; }
  static Box from_bg(const BgBox& b);
  static BgBox segment_bounds(double x0, double y0, double x1, double y1);

  bool box_hits_fixed(std::size_t self, const Box& box) const;
  bool leader_hits_fixed(std::size_t self, const LabelCandidate& c) const;
  void box_hits_labels(std::size_t self, const Box& box, std::size_t max,
                       std::vector<std::size_t>& out) const;
  void leader_hits_labels(std::size_t self, const LabelCandidate& c, std::size_t max,
                          std::vector<std::size_t>& out) const;
  double route_cost(const Box& box) const;
  double ambiguity_cost(std::size_t self, const Box& box) const;
  /// True when another marker is nearer to `box` than label `self`'s own marker.
  bool nearer_another_marker(std::size_t self, const Box& box) const;

  Box frame_;
  double padding_;
  std::vector<MarkerDisk> markers_;
  std::vector<Box> obstacles_;
  std::vector<RouteSegment> routes_;
  Tree marker_tree_, obstacle_tree_, route_tree_;
  Tree label_tree_;               ///< placed label boxes, by label
  Tree leader_tree_;              ///< bounds of placed leader lines, by label
  std::vector<Box> label_boxes_;  ///< by label; valid while in label_tree_
  std::vector<Leader> leaders_;   ///< by label; valid while in leader_tree_
  std::size_t dropped_ = 0;
};

}  // namespace footprint::render
