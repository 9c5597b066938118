#include "render/geo/geo_painter.hpp"

#include <algorithm>
#include <cmath>

#include "render/geo/sphere_cap.hpp"
#include "render/geo/sphere_cut.hpp"

namespace footprint::render {

GeoPainter::GeoPainter(cairo_t* cr, const Projection& projection, const Viewport& viewport,
                       std::optional<LonLatBox> clip, double densify_deg, double tolerance_pt)
    : cr_(cr),
      projection_(projection),
      viewport_(viewport),
      clip_(clip),
      densify_deg_(densify_deg),
      tolerance_pt_(tolerance_pt) {}

std::optional<XY> GeoPainter::to_page(double lon, double lat) const {
  const auto metres = projection_.forward({lon, lat});
  if (!metres) return std::nullopt;
  return viewport_.to_page(*metres);
}

Path GeoPainter::project_relative(const Path& piece, bool closed, bool densify) const {
  Path page;
  page.reserve(piece.size());
  const double lon_0 = projection_.central_meridian();
  const double tolerance2 = tolerance_pt_ * tolerance_pt_;
  const Path densified = densify ? render::densify(piece, densify_deg_) : Path{};
  for (const XY& p : densify ? densified : piece) {
    const auto xy = to_page(p.x + lon_0, p.y);
    if (!xy) continue;
    // Radial thinning: a vertex closer than the tolerance to the last one kept adds nothing
    // visible at this resolution.
    if (!page.empty()) {
      const double dx = xy->x - page.back().x, dy = xy->y - page.back().y;
      if (dx * dx + dy * dy < tolerance2) continue;
    }
    page.push_back(*xy);
  }
  if (!closed && !piece.empty() && page.size() == 1) {
    if (const auto last = to_page(piece.back().x + lon_0, piece.back().y)) page.push_back(*last);
  }
  return simplify(std::move(page), tolerance_pt_);
}

Path simplify(Path points, double tolerance) {
  if (points.size() < 3 || !(tolerance > 0)) return points;
  // Douglas–Peucker with an explicit stack: keep the point farthest from the chord while it
  // lies farther than the tolerance. A coastline at world scale keeps about a third of its points.
  std::vector<char> keep(points.size(), 0);
  keep.front() = keep.back() = 1;
  std::vector<std::pair<std::size_t, std::size_t>> stack{{0, points.size() - 1}};
  const double tolerance2 = tolerance * tolerance;
  while (!stack.empty()) {
    const auto [first, last] = stack.back();
    stack.pop_back();
    const XY a = points[first], b = points[last];
    const double dx = b.x - a.x, dy = b.y - a.y, length2 = dx * dx + dy * dy;
    double farthest = -1;
    std::size_t index = first;
    for (std::size_t i = first + 1; i < last; ++i) {
      const double px = points[i].x - a.x, py = points[i].y - a.y;
      // Squared distance to the segment a–b (to a itself when a and b coincide).
      double d2;
      if (length2 == 0) {
        d2 = px * px + py * py;
      } else {
        const double t = std::clamp((px * dx + py * dy) / length2, 0.0, 1.0);
        const double ex = px - t * dx, ey = py - t * dy;
        d2 = ex * ex + ey * ey;
      }
      if (d2 > farthest) {
        farthest = d2;
        index = i;
      }
    }
    if (farthest > tolerance2) {
      keep[index] = 1;
      if (index - first > 1) stack.emplace_back(first, index);
      if (last - index > 1) stack.emplace_back(index, last);
    }
  }
  Path out;
  out.reserve(points.size() / 2);
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (keep[i]) out.push_back(points[i]);
  }
  return out;
}

namespace {

// Page points closer than this are one point, and a path within it of a line runs along it.
constexpr double kRetracePt = 0.05;

// True when going on from `b` to `p` turns straight back along the line through a and b (to a
// point short of a or beyond it).
bool turns_back(XY a, XY b, XY p) {
  const double dx = a.x - b.x, dy = a.y - b.y;
  const double along = (p.x - b.x) * dx + (p.y - b.y) * dy;
  if (along <= 0) return false;
  const double across = (p.x - b.x) * dy - (p.y - b.y) * dx;  // |b→p × b→a|
  return across * across <= kRetracePt * kRetracePt * (dx * dx + dy * dy);
}

bool same_point(XY a, XY b) {
  return std::abs(a.x - b.x) <= kRetracePt && std::abs(a.y - b.y) <= kRetracePt;
}

}  // namespace

Path without_retraced(const Path& ring) {
  Path out;
  out.reserve(ring.size());
  const auto add = [&out](XY p) {
    if (!out.empty() && same_point(out.back(), p)) return;
    // The last vertex was the tip of a spike: the path came back along its last segment.
    while (out.size() >= 2 && turns_back(out[out.size() - 2], out.back(), p)) {
      out.pop_back();
      if (same_point(out.back(), p)) return;
    }
    out.push_back(p);
  };
  for (const XY& p : ring) add(p);
  // The same where the ring closes, at its last and first points.
  for (bool changed = true; changed && out.size() >= 3;) {
    const std::size_t n = out.size();
    changed = true;
    if (same_point(out[n - 1], out[0]) || turns_back(out[n - 2], out[n - 1], out[0])) {
      out.pop_back();
    } else if (turns_back(out[n - 1], out[0], out[1])) {
      out.erase(out.begin());
    } else {
      changed = false;
    }
  }
  return out;
}

void GeoPainter::emit(const Path& page_points, bool closed) {
  const Path ring = closed ? without_retraced(page_points) : Path{};
  const Path& points = closed ? ring : page_points;
  if (points.size() < 2) return;
  cairo_move_to(cr_, points.front().x, points.front().y);
  for (std::size_t i = 1; i < points.size(); ++i) cairo_line_to(cr_, points[i].x, points[i].y);
  if (closed) cairo_close_path(cr_);
}

void GeoPainter::add_polygon(const std::vector<Path>& rings) {
  if (const auto& cap = projection_.visible_cap()) {
    // An azimuthal projection has no seam inside its cap: nothing to cut, only to clip.
    const double lon_0 = projection_.central_meridian();
    for (const Path& ring : rings) {
      for (Path& piece : clip_ring_to_cap(ring, *cap, densify_deg_)) {
        for (XY& p : piece) p.x -= lon_0;
        const Path page = project_relative(piece, true);
        if (page.size() >= 3) emit(page, true);
      }
    }
    return;
  }
  for (const Path& ring : rings) {
    for (Path& piece : cut_ring(ring, projection_.central_meridian())) {
      if (clip_) piece = clip_ring(piece, clip_->west, clip_->south, clip_->east, clip_->north);
      if (piece.size() < 3) continue;
      // The closing edge is an edge like the others, straight in longitude and latitude: a long
      // one is made explicit, so that it is densified and follows its parallel on the page.
      // Left to close_path it was a chord, and where a clipped ring closes along its clip edge
      // (a parallel far off the map) the chord cut across the sea and filled it as land.
      const XY first = piece.front(), last = piece.back();
      if (std::max(std::abs(first.x - last.x), std::abs(first.y - last.y)) > densify_deg_) {
        piece.push_back(first);
      }
      const Path page = project_relative(piece, true);
      if (page.size() >= 3) emit(page, true);
    }
  }
}

void GeoPainter::add_line(const Path& line, bool on_the_ellipsoid) {
  if (const auto& cap = projection_.visible_cap()) {
    const double lon_0 = projection_.central_meridian();
    for (Path& piece : clip_line_to_cap(line, *cap, densify_deg_)) {
      for (XY& p : piece) p.x -= lon_0;
      emit(project_relative(piece, false), false);
    }
    return;
  }
  for (const Path& piece : cut_line(line, projection_.central_meridian())) {
    if (clip_) {
      // Lines are only dropped when wholly outside; Cairo clips the rest at the frame.
      bool inside = false;
      for (const XY& p : piece) {
        inside = inside || (p.x >= clip_->west && p.x <= clip_->east && p.y >= clip_->south &&
                            p.y <= clip_->north);
      }
      if (!inside) continue;
    }
    emit(project_relative(piece, false, !on_the_ellipsoid), false);
  }
}

bool GeoPainter::add_visible_outline() {
  const auto& cap = projection_.visible_cap();
  if (!cap) return false;
  Path ring = cap_outline(*cap, std::min(densify_deg_, 1.0));
  for (XY& p : ring) p.x -= projection_.central_meridian();
  emit(project_relative(ring, true), true);
  return true;
}

}  // namespace footprint::render
