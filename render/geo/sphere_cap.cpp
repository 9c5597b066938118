#include "render/geo/sphere_cap.hpp"

#include <algorithm>
#include <cmath>

#include "render/geo/sphere_cut.hpp"

namespace footprint::render {
namespace {

constexpr double kDeg = M_PI / 180;
// GIS rings run along the poles as lines (Antarctica's edge at 90°S): kept a hair off the pole,
// each of their points keeps a bearing, so the ring's turns round the cap's centre add up.
constexpr double kPoleGap = 1e-9;
// The clip's centre sits this little off the map's, so that its antipode, the one point with
// no bearing, never falls on a vertex of round coordinates (a ring's edge along ±180°).
constexpr double kNudgeLon = 3.1e-7;
constexpr double kNudgeLat = 2.3e-7;

double wrap180(double degrees) {
  return degrees - 360.0 * std::round(degrees / 360.0);
}

// The longitude of `p` shifted by whole turns to lie within 180° of `ref`.
XY near(XY p, double ref) {
  return {p.x + 360.0 * std::round((ref - p.x) / 360.0), p.y};
}

void push(Path& path, XY p) {
  path.push_back(path.empty() ? p : near(p, path.back().x));
}

XY lerp(XY a, XY b, double t) {
  return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
}

// Winding number (counter-clockwise positive, longitude as x and latitude as y) of a cyclic
// ring about a point, with the point taken at each longitude (±360°) the ring spans.
int winding_about(const Path& ring, XY z) {
  double lo = ring.front().x, hi = lo;
  for (const XY& p : ring) {
    lo = std::min(lo, p.x);
    hi = std::max(hi, p.x);
  }
  int total = 0;
  for (double x = z.x + 360.0 * std::ceil((lo - z.x) / 360.0); x <= hi; x += 360.0) {
    for (std::size_t i = 0; i < ring.size(); ++i) {
      const XY a = ring[i], b = ring[(i + 1) % ring.size()];
      const double side = (b.x - a.x) * (z.y - a.y) - (x - a.x) * (b.y - a.y);
      if (a.y <= z.y) {
        if (b.y > z.y && side > 0) ++total;
      } else if (b.y <= z.y && side < 0) {
        --total;
      }
    }
  }
  return total;
}

class CapClipper {
 public:
  CapClipper(const SphereCap& cap, double step_deg)
      : centre_{cap.centre.lon + kNudgeLon,
                cap.centre.lat > 0 ? cap.centre.lat - kNudgeLat : cap.centre.lat + kNudgeLat},
        radius_(cap.radius_deg),
        cos_radius_(std::cos(cap.radius_deg * kDeg)),
        sin_lat_(std::sin(centre_.lat * kDeg)),
        cos_lat_(std::cos(centre_.lat * kDeg)),
        step_(step_deg) {}

  bool visible(XY p) const {
    const double lat = p.y * kDeg, dlon = (p.x - centre_.lon) * kDeg;
    return std::sin(lat) * sin_lat_ + std::cos(lat) * cos_lat_ * std::cos(dlon) >= cos_radius_;
  }

  double bearing(XY p) const {
    const double lat = p.y * kDeg, dlon = (p.x - centre_.lon) * kDeg;
    return std::atan2(std::sin(dlon) * std::cos(lat),
                      cos_lat_ * std::sin(lat) - sin_lat_ * std::cos(lat) * std::cos(dlon)) /
           kDeg;
  }

  XY on_edge(double bearing_deg) const {
    const core::LonLat p = destination(centre_, radius_, bearing_deg);
    return {p.lon, p.lat};
  }

  /// Where the edge from `in` (visible) to `out` (not) leaves the cap, put exactly on its edge.
  XY crossing(XY in, XY out) const {
    double lo = 0, hi = 1;
    for (int i = 0; i < 48; ++i) {
      const double mid = (lo + hi) / 2;
      (visible(lerp(in, out, mid)) ? lo : hi) = mid;
    }
    return near(on_edge(bearing(lerp(in, out, lo))), in.x);
  }

  /// Appends the points strictly between bearing `from` and `from + sweep` along the edge.
  void arc(Path& path, double from, double sweep) const {
    const int steps = std::max(1, static_cast<int>(std::ceil(std::abs(sweep) / step_)));
    for (int i = 1; i < steps; ++i) push(path, on_edge(from + sweep * i / steps));
  }

  /// A whole ring along the edge turning `sweep` degrees of bearing (a multiple of 360).
  Path turns(double sweep) const {
    Path ring;
    push(ring, on_edge(0));
    arc(ring, 0, sweep);
    return ring;
  }

  XY antipode() const { return {wrap_lon(centre_.lon + 180), -centre_.lat}; }

 private:
  core::LonLat centre_;
  double radius_, cos_radius_, sin_lat_, cos_lat_, step_;
};

// The ring's pieces inside the cap as one ring: each stretch outside is replaced by the arc of
// the edge that turns round the centre as much as the stretch did, so windings inside are kept.
Path join_inside(const Path& ring, const std::vector<char>& visible, const CapClipper& clip) {
  const std::size_t n = ring.size();
  std::size_t start = 0;  // a point where the ring comes into the cap
  while (!(visible[start] && !visible[(start + n - 1) % n])) ++start;
  Path out;
  push(out, ring[start]);
  double exit_bearing = 0, last_bearing = 0, sweep = 0;
  for (std::size_t j = 1; j <= n; ++j) {
    const std::size_t ia = (start + j - 1) % n, ib = (start + j) % n;
    const XY a = ring[ia], b = ring[ib];
    if (visible[ia] && visible[ib]) {
      if (j < n) push(out, b);
      continue;
    }
    if (visible[ia]) {  // leaving the cap
      const XY exit = clip.crossing(a, b);
      push(out, exit);
      exit_bearing = last_bearing = clip.bearing(exit);
      sweep = 0;
    }
    if (!visible[ib]) {
      const double bearing = clip.bearing(b);
      sweep += wrap180(bearing - last_bearing);
      last_bearing = bearing;
      continue;
    }
    // Coming back in: along the edge by as much as the ring turned outside.
    const XY entry = clip.crossing(b, a);
    sweep += wrap180(clip.bearing(entry) - last_bearing);
    clip.arc(out, exit_bearing, sweep);
    push(out, entry);
    if (j < n) push(out, b);
  }
  return out;
}

}  // namespace

double angle_between_deg(core::LonLat a, core::LonLat b) {
  const double dlat = (b.lat - a.lat) * kDeg, dlon = (b.lon - a.lon) * kDeg;
  const double h =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(a.lat * kDeg) * std::cos(b.lat * kDeg) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * std::atan2(std::sqrt(h), std::sqrt(std::max(0.0, 1 - h))) / kDeg;
}

core::LonLat destination(core::LonLat from, double angle_deg, double bearing_deg) {
  // In 3-D, from the point along its local north and east: no trouble at the poles, where the
  // bearing is measured from the meridian of `from.lon` as elsewhere.
  const double lat = from.lat * kDeg, lon = from.lon * kDeg;
  const double d = angle_deg * kDeg, theta = bearing_deg * kDeg;
  const double c[3] = {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
  const double north[3] = {-std::sin(lat) * std::cos(lon), -std::sin(lat) * std::sin(lon),
                           std::cos(lat)};
  const double east[3] = {-std::sin(lon), std::cos(lon), 0};
  double p[3];
  for (int i = 0; i < 3; ++i) {
    p[i] =
        std::cos(d) * c[i] + std::sin(d) * (std::cos(theta) * north[i] + std::sin(theta) * east[i]);
  }
  const double to_lon = std::atan2(p[1], p[0]) / kDeg;
  return {from.lon + std::remainder(to_lon - from.lon, 360.0),
          std::atan2(p[2], std::hypot(p[0], p[1])) / kDeg};
}

bool cap_contains(const SphereCap& cap, core::LonLat p, double tolerance_deg) {
  return angle_between_deg(cap.centre, p) <= cap.radius_deg + tolerance_deg;
}

Path cap_outline(const SphereCap& cap, double step_deg) {
  Path ring;
  const int steps = std::max(3, static_cast<int>(std::ceil(360 / step_deg)));
  for (int i = 0; i < steps; ++i) {
    const core::LonLat p = destination(cap.centre, cap.radius_deg, 360.0 * i / steps);
    push(ring, {p.lon, p.lat});
  }
  return ring;
}

std::vector<Path> clip_ring_to_cap(const Path& ring_in, const SphereCap& cap, double max_step_deg) {
  std::vector<Path> out;
  if (ring_in.size() < 3) return out;
  const CapClipper clip(cap, max_step_deg);
  Path closed = ring_in;
  if (closed.front().x != closed.back().x || closed.front().y != closed.back().y) {
    closed.push_back(closed.front());
  }
  Path ring = densify(closed, max_step_deg);
  ring.pop_back();  // cyclic from here on: the first point is not repeated
  for (XY& p : ring) p.y = std::clamp(p.y, -90 + kPoleGap, 90 - kPoleGap);
  std::vector<char> visible(ring.size());
  std::size_t inside = 0;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    visible[i] = clip.visible(ring[i]) ? 1 : 0;
    inside += visible[i];
  }

  // Seen from the cap, the antipode of its centre is "outside at infinity": in longitude and
  // latitude a ring may enclose it (a continent on the far side of the globe). The windings the
  // cap sees are then off by that ring's winding about it; whole turns of the edge (-360° of
  // bearing is +1) put them right.
  double turns = -360.0 * winding_about(ring, clip.antipode());
  if (inside == ring.size()) {
    out.push_back(std::move(ring));
  } else if (inside == 0) {
    for (std::size_t i = 0; i < ring.size(); ++i) {
      turns += wrap180(clip.bearing(ring[(i + 1) % ring.size()]) - clip.bearing(ring[i]));
    }
  } else {
    out.push_back(join_inside(ring, visible, clip));
  }
  if (std::abs(turns) > 180) out.push_back(clip.turns(360.0 * std::round(turns / 360.0)));
  return out;
}

std::vector<Path> clip_line_to_cap(const Path& line, const SphereCap& cap, double max_step_deg) {
  std::vector<Path> pieces;
  if (line.size() < 2) return pieces;
  const CapClipper clip(cap, max_step_deg);
  Path points = densify(line, max_step_deg);
  for (XY& p : points) p.y = std::clamp(p.y, -90 + kPoleGap, 90 - kPoleGap);
  Path current;
  bool was_visible = clip.visible(points.front());
  if (was_visible) current.push_back(points.front());
  for (std::size_t i = 1; i < points.size(); ++i) {
    const bool is_visible = clip.visible(points[i]);
    if (was_visible && is_visible) {
      current.push_back(points[i]);
    } else if (was_visible) {
      current.push_back(clip.crossing(points[i - 1], points[i]));
      if (current.size() >= 2) pieces.push_back(std::move(current));
      current.clear();
    } else if (is_visible) {
      current = {clip.crossing(points[i], points[i - 1]), points[i]};
    }
    was_visible = is_visible;
  }
  if (current.size() >= 2) pieces.push_back(std::move(current));
  return pieces;
}

}  // namespace footprint::render
