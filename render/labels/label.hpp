// What the label placer is asked (a point with its label's sizes) and what it answers.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "render/geo/box.hpp"

namespace footprint::render {

/// Where a label sits relative to its point (for a leader, the side it went to).
enum class Anchor { top_right, top_left, bottom_right, bottom_left, right, left, top, bottom };

/// One point to label.
struct LabelRequest {
  int id = 0;           ///< the caller's id, returned in the Placement
  double x = 0, y = 0;  ///< the marker's centre
  double marker_radius = 0;
  /// (width, height) of the label at each font-size step, largest first.
  std::vector<std::pair<double, double>> sizes;
  int priority = 0;  ///< higher is placed first
};

/// Where a label went, or that it could not go anywhere (the caller lists it in a legend).
struct Placement {
  int id = 0;
  bool placed = false;
  Box box;                     ///< the label's box (draw the TextBlock at box.x0, box.y0)
  std::size_t size_index = 0;  ///< which of the request's sizes was used
  Anchor anchor = Anchor::top_right;
  bool leader = false;                  ///< the label is away from its point: draw the leader line
  double leader_x0 = 0, leader_y0 = 0;  ///< on the marker's edge
  double leader_x1 = 0, leader_y1 = 0;  ///< on the label box's edge nearest the point
};

}  // namespace footprint::render
