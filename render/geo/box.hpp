// An axis-aligned rectangle in the map frame's user space (points, y down).
#pragma once

#include <algorithm>

namespace footprint::render {

/// Rectangle from (x0, y0) (top-left) to (x1, y1) (bottom-right).
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  double center_x() const { return (x0 + x1) / 2; }
  double center_y() const { return (y0 + y1) / 2; }
  /// True when the interiors overlap: boxes that only touch do not intersect.
  bool intersects(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
  /// True when this box lies inside `outer` (edges may coincide).
  bool inside(const Box& outer) const {
    return x0 >= outer.x0 && y0 >= outer.y0 && x1 <= outer.x1 && y1 <= outer.y1;
  }
  /// This box grown by d on every side (shrunk when d < 0).
  Box inflated(double d) const { return {x0 - d, y0 - d, x1 + d, y1 + d}; }
  /// Squared distance from (x, y) to the nearest point of the box (0 inside).
  double distance2_to(double x, double y) const {
    const double dx = std::max({x0 - x, 0.0, x - x1});
    const double dy = std::max({y0 - y, 0.0, y - y1});
    return dx * dx + dy * dy;
  }
  bool operator==(const Box&) const = default;
};

}  // namespace footprint::render
