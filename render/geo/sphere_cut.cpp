#include "render/geo/sphere_cut.hpp"

#include <algorithm>
#include <cmath>

namespace footprint::render {
namespace {

// Points exactly on the seam would be ambiguous (±180 after PROJ subtracts lon_0 again),
// so each side is clipped a hair short of it.
constexpr double kSeamGap = 1e-7;

// One Sutherland–Hodgman pass: keeps the part of the ring where inside(p) holds.
template <typename Inside, typename Cross>
Path clip_half(const Path& ring, Inside inside, Cross cross) {
  Path out;
  if (ring.empty()) return out;
  out.reserve(ring.size() + 4);
  XY previous = ring.back();
  bool previous_in = inside(previous);
  for (const XY& current : ring) {
    const bool current_in = inside(current);
    if (current_in != previous_in) out.push_back(cross(previous, current));
    if (current_in) out.push_back(current);
    previous = current;
    previous_in = current_in;
  }
  return out;
}

XY cross_at_x(XY a, XY b, double x) {
  const double t = (x - a.x) / (b.x - a.x);
  return {x, a.y + t * (b.y - a.y)};
}

XY cross_at_y(XY a, XY b, double y) {
  const double t = (y - a.y) / (b.y - a.y);
  return {a.x + t * (b.x - a.x), y};
}

// Shifts a piece of a ring by the multiple of 360° that brings its centre into (−180, 180)
// relative to the central meridian.
void make_relative(Path& piece, double central_meridian) {
  if (piece.empty()) return;
  double lo = piece.front().x, hi = lo;
  for (const XY& p : piece) {
    lo = std::min(lo, p.x);
    hi = std::max(hi, p.x);
  }
  const double mid = (lo + hi) / 2 - central_meridian;
  const double shift = -central_meridian - 360.0 * std::round(mid / 360.0);
  for (XY& p : piece) p.x += shift;
}

}  // namespace

std::vector<Path> cut_ring(const Path& ring, double central_meridian) {
  if (ring.size() < 3) return {};
  double lo = ring.front().x, hi = lo;
  for (const XY& p : ring) {
    lo = std::min(lo, p.x);
    hi = std::max(hi, p.x);
  }
  // The seam, expressed near the ring's own longitudes (data may run past ±180).
  const double seam_base = wrap_lon(central_meridian + 180);
  std::vector<Path> pieces;
  for (double seam = seam_base - 720; seam <= hi + 360; seam += 360) {
    if (seam <= lo || seam >= hi) continue;
    // The ring straddles this seam: keep each side separately.
    Path west = clip_half(
        ring, [&](XY p) { return p.x <= seam - kSeamGap; },
        [&](XY a, XY b) { return cross_at_x(a, b, seam - kSeamGap); });
    Path east = clip_half(
        ring, [&](XY p) { return p.x >= seam + kSeamGap; },
        [&](XY a, XY b) { return cross_at_x(a, b, seam + kSeamGap); });
    for (Path* side : {&west, &east}) {
      if (side->size() < 3) continue;
      for (Path& piece : cut_ring(*side, central_meridian)) pieces.push_back(std::move(piece));
    }
    return pieces;
  }
  Path whole = ring;
  make_relative(whole, central_meridian);
  pieces.push_back(std::move(whole));
  return pieces;
}

std::vector<Path> cut_line(const Path& line, double central_meridian) {
  std::vector<Path> pieces;
  if (line.empty()) return pieces;
  Path current;
  XY previous{wrap_lon(line.front().x - central_meridian), line.front().y};
  current.push_back(previous);
  for (std::size_t i = 1; i < line.size(); ++i) {
    XY next{wrap_lon(line[i].x - central_meridian), line[i].y};
    double dx = next.x - previous.x;
    if (std::abs(dx) > 180) {
      // The short way round crosses the seam: end this piece at the edge, start the next one
      // at the opposite edge, at the latitude where the segment meets the seam.
      const double edge = previous.x > 0 ? 180.0 : -180.0;
      const double unwrapped = next.x + (edge > 0 ? 360.0 : -360.0);
      const XY at_seam = cross_at_x(previous, {unwrapped, next.y}, edge);
      current.push_back({edge - std::copysign(kSeamGap, edge), at_seam.y});
      pieces.push_back(std::move(current));
      current = {{-edge + std::copysign(kSeamGap, edge), at_seam.y}};
    }
    current.push_back(next);
    previous = next;
  }
  if (current.size() > 1) pieces.push_back(std::move(current));
  return pieces;
}

Path clip_ring(const Path& ring, double west, double south, double east, double north) {
  Path out = clip_half(
      ring, [&](XY p) { return p.x >= west; }, [&](XY a, XY b) { return cross_at_x(a, b, west); });
  out = clip_half(
      out, [&](XY p) { return p.x <= east; }, [&](XY a, XY b) { return cross_at_x(a, b, east); });
  out = clip_half(
      out, [&](XY p) { return p.y >= south; }, [&](XY a, XY b) { return cross_at_y(a, b, south); });
  out = clip_half(
      out, [&](XY p) { return p.y <= north; }, [&](XY a, XY b) { return cross_at_y(a, b, north); });
  return out;
}

Path densify(const Path& path, double max_step_deg) {
  if (path.size() < 2) return path;
  Path out;
  out.reserve(path.size());
  out.push_back(path.front());
  for (std::size_t i = 1; i < path.size(); ++i) {
    const XY a = path[i - 1], b = path[i];
    const double span = std::max(std::abs(b.x - a.x), std::abs(b.y - a.y));
    const int steps = static_cast<int>(std::ceil(span / max_step_deg));
    for (int s = 1; s < steps; ++s) {
      const double t = static_cast<double>(s) / steps;
      out.push_back({a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)});
    }
    out.push_back(b);
  }
  return out;
}

}  // namespace footprint::render
