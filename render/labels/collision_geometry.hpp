// Exact intersection tests between the shapes labels collide with: boxes, disks, segments.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>

#include "render/geo/box.hpp"

namespace footprint::render {

/// True when the disk's interior overlaps the box's interior.
inline bool disk_intersects_box(double cx, double cy, double radius, const Box& box) {
  return box.distance2_to(cx, cy) < radius * radius;
}

/// True when the segment passes through the box's interior (Liang–Barsky clipping).
inline bool segment_intersects_box(double x0, double y0, double x1, double y1, const Box& box) {
  double t0 = 0, t1 = 1;
  const double dx = x1 - x0, dy = y1 - y0;
  // Each pair (p, q): the segment is inside the slab where p * t <= q.
  const std::array<double, 4> p = {-dx, dx, -dy, dy};
  const std::array<double, 4> q = {x0 - box.x0, box.x1 - x0, y0 - box.y0, box.y1 - y0};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] <= 0) return false;  // parallel and outside (or on the edge)
      continue;
    }
    const double t = q[i] / p[i];
    if (p[i] < 0)
      t0 = std::max(t0, t);
    else
      t1 = std::min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/// Squared distance from (px, py) to the segment.
inline double distance2_to_segment(double px, double py, double x0, double y0, double x1,
                                   double y1) {
  const double dx = x1 - x0, dy = y1 - y0;
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - x0) * dx + (py - y0) * dy) / len2 : 0;
  t = std::clamp(t, 0.0, 1.0);
  const double ex = x0 + t * dx - px, ey = y0 + t * dy - py;
  return ex * ex + ey * ey;
}

/// True when a stroke of half-width `half` along the segment overlaps the box's interior.
inline bool thick_segment_intersects_box(double x0, double y0, double x1, double y1, double half,
                                         const Box& box) {
  // Conservative: grow the box by the half-width instead of the stroke by its shape.
  return segment_intersects_box(x0, y0, x1, y1, box.inflated(half));
}

/// True when the two segments cross or touch.
inline bool segments_intersect(double ax, double ay, double bx, double by, double cx, double cy,
                               double dx, double dy) {
  const auto orient = [](double px, double py, double qx, double qy, double rx, double ry) {
    const double v = (qx - px) * (ry - py) - (qy - py) * (rx - px);
    return static_cast<int>(v > 0) - static_cast<int>(v < 0);
  };
  const auto on_segment = [](double px, double py, double qx, double qy, double rx, double ry) {
    return std::min(px, qx) <= rx && rx <= std::max(px, qx) && std::min(py, qy) <= ry &&
           ry <= std::max(py, qy);
  };
  const int o1 = orient(ax, ay, bx, by, cx, cy), o2 = orient(ax, ay, bx, by, dx, dy);
  const int o3 = orient(cx, cy, dx, dy, ax, ay), o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 != o2 && o3 != o4) return true;
  return (o1 == 0 && on_segment(ax, ay, bx, by, cx, cy)) ||
         (o2 == 0 && on_segment(ax, ay, bx, by, dx, dy)) ||
         (o3 == 0 && on_segment(cx, cy, dx, dy, ax, ay)) ||
         (o4 == 0 && on_segment(cx, cy, dx, dy, bx, by));
}

}  // namespace footprint::render
