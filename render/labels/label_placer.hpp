// Places point labels in one map frame so that none overlaps another label, a marker or an
// obstacle, and none leaves the frame; what cannot be placed is reported, not forced.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "render/geo/box.hpp"
#include "render/labels/label.hpp"

namespace footprint::render {

/// What the last call to LabelPlacer::place achieved, for tests and benchmarks.
struct PlacementStats {
  std::size_t requests = 0;
  std::size_t greedy_placed = 0;   ///< labels placed by the greedy pass alone
  std::size_t placed = 0;          ///< after the repair passes
  std::size_t greedy_leaders = 0;  ///< placed labels that need a leader line, greedy pass
  std::size_t leaders = 0;         ///< ... after the repair passes
  double greedy_cost = 0;          ///< sum of candidate costs of the greedy result
  double cost = 0;                 ///< ... after the repair passes
  std::size_t repairs = 0;         ///< labels placed by ejecting and moving others
  std::size_t moves = 0;           ///< cheaper positions found (alone or by swapping two labels)
  std::size_t dropped_fixed = 0;   ///< markers, obstacles or route pieces with NaN/infinite sides
};

/// Greedy placement over ordered candidates (QGIS), improved by ejection chains and local
/// moves. Route lines are soft obstacles: a label covers one only when nothing free is near.
class LabelPlacer {
 public:
  /// Labels stay inside `frame`, and keep `padding_pt` from each other, markers and obstacles
  /// (use at least the halo width).
  LabelPlacer(Box frame, double padding_pt);

  /// A hard obstacle: title, legend, scale bar, credits…
  void add_obstacle(const Box& box);
  /// A soft obstacle: a route or track drawn `width_pt` wide. Labels avoid covering it when
  /// another good position exists, but may cover it rather than need a leader line.
  void add_obstacle_line(const std::vector<std::pair<double, double>>& polyline, double width_pt);
  /// When false, place() keeps the greedy result (for measuring what the repair gains).
  void set_improve(bool improve) { improve_ = improve; }

  /// Places every request (all markers are obstacles from the start); the result is in
  /// request order. Deterministic: the same input gives the same output.
  std::vector<Placement> place(const std::vector<LabelRequest>& requests);

  const PlacementStats& stats() const { return stats_; }

 private:
  struct Segment {
    double x0, y0, x1, y1, half_width;
  };
  Box frame_;
  double padding_;
  bool improve_ = true;
  std::vector<Box> obstacles_;
  std::vector<Segment> route_segments_;
  PlacementStats stats_;
};

}  // namespace footprint::render
