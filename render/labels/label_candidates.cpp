#include "render/labels/label_candidates.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace footprint::render {
namespace {

// Cost bands: every adjacent position beats every leader position, and every position at one
// size beats every position at the next smaller size (Mapnik shrinks only as a last resort).
// Adjacent ranks reach 11, ring costs 5 * 3 + 0.25 * 15: both stay below a stage's width with
// kMaxSoftCost added.
constexpr double kRingStep = 5;
static_assert(11 + kMaxSoftCost < kStageWidth && 18.75 + kMaxSoftCost < kStageWidth);

// Adjacent positions in QGIS's cartographic order, described by where the box's reference
// point sits: fx, fy in {-1, 0, 1} say which corner/edge of the box touches the offset point.
struct Adjacent {
  Anchor anchor;
  double ux, uy;  ///< direction from the point to the box (y down)
  double shift;   ///< horizontal shift of a box above/below, in box widths (+ right)
};
constexpr double kDiag = std::numbers::sqrt2 / 2;
constexpr Adjacent kAdjacent[] = {
    {Anchor::top_right, kDiag, -kDiag, 0},
    {Anchor::top_left, -kDiag, -kDiag, 0},
    {Anchor::bottom_right, kDiag, kDiag, 0},
    {Anchor::bottom_left, -kDiag, kDiag, 0},
    {Anchor::right, 1, 0, 0},
    {Anchor::left, -1, 0, 0},
    {Anchor::top, 0, -1, 0.25},
    {Anchor::bottom, 0, 1, 0.25},
    {Anchor::top, 0, -1, -0.25},
    {Anchor::bottom, 0, 1, -0.25},
    {Anchor::top, 0, -1, 0},
    {Anchor::bottom, 0, 1, 0},
};

// A box of size w x h on the side `u` points to, touching the point p + distance * u:
// its left edge when u points right, its bottom-left corner when u points up-right, and
// everything in between for the ring directions.
Box box_towards(double px, double py, double ux, double uy, double distance, double w, double h) {
  const auto side = [](double v) { return std::clamp(v * std::numbers::sqrt2, -1.0, 1.0); };
  const double cx = px + distance * ux + side(ux) * w / 2;
  const double cy = py + distance * uy + side(uy) * h / 2;
  return {cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2};
}

Anchor anchor_of(double ux, double uy) {
  const double t = 0.38;  // ~sin(22.5°): beyond it the direction counts as diagonal
  if (std::abs(uy) <= t) return ux > 0 ? Anchor::right : Anchor::left;
  if (std::abs(ux) <= t) return uy < 0 ? Anchor::top : Anchor::bottom;
  if (uy < 0) return ux > 0 ? Anchor::top_right : Anchor::top_left;
  return ux > 0 ? Anchor::bottom_right : Anchor::bottom_left;
}

// Ring directions, preferred ones first: the same order as the adjacent positions, then the
// eight in-between directions.
std::vector<double> ring_angles_deg(int count) {
  std::vector<double> angles = {45, 135, -45, -135, 0, 180, 90, -90};
  for (double a : {22.5, 157.5, -22.5, -157.5, 67.5, 112.5, -67.5, -112.5}) angles.push_back(a);
  for (int i = 0; static_cast<int>(angles.size()) < count; ++i)
    angles.push_back(360.0 * (i + 0.5) / count);
  angles.resize(static_cast<std::size_t>(std::max(count, 0)));
  return angles;
}

void add_adjacent(const LabelRequest& r, std::size_t size_index, double d, double base,
                  std::vector<LabelCandidate>& out) {
  const auto [w, h] = r.sizes[size_index];
  double rank = 0;
  for (const Adjacent& a : kAdjacent) {
    LabelCandidate c;
    c.box = box_towards(r.x, r.y, a.ux, a.uy, d, w, h);
    c.box.x0 += a.shift * w;
    c.box.x1 += a.shift * w;
    c.size_index = size_index;
    c.anchor = a.anchor;
    c.cost = base + rank++;
    out.push_back(c);
  }
}

void add_rings(const LabelRequest& r, std::size_t size_index, double d, double base,
               const CandidateOptions& o, std::vector<LabelCandidate>& out) {
  const auto [w, h] = r.sizes[size_index];
  const double step = std::max(h, 6.0);  // one line of text farther each ring
  const auto angles = ring_angles_deg(o.ring_angles);
  for (int ring = 1; ring <= o.ring_count; ++ring) {
    const double distance = d + ring * step;
    for (std::size_t k = 0; k < angles.size(); ++k) {
      const double rad = angles[k] * std::numbers::pi / 180;
      const double ux = std::cos(rad), uy = -std::sin(rad);  // y down: positive angles go up
      LabelCandidate c;
      c.box = box_towards(r.x, r.y, ux, uy, distance, w, h);
      c.size_index = size_index;
      c.anchor = anchor_of(ux, uy);
      c.leader = true;
      // The leader runs from the marker's edge to the nearest point of the box.
      c.leader_x1 = std::clamp(r.x, c.box.x0, c.box.x1);
      c.leader_y1 = std::clamp(r.y, c.box.y0, c.box.y1);
      const double lx = c.leader_x1 - r.x, ly = c.leader_y1 - r.y;
      const double len = std::hypot(lx, ly);
      c.leader_x0 = r.x + lx / len * r.marker_radius;
      c.leader_y0 = r.y + ly / len * r.marker_radius;
      c.cost = base + kRingStep * (ring - 1) + 0.25 * static_cast<double>(k);
      out.push_back(c);
    }
  }
}

}  // namespace

std::vector<LabelCandidate> label_candidates(const LabelRequest& request, std::size_t stage,
                                             const CandidateOptions& options) {
  std::vector<LabelCandidate> out;
  const std::size_t size_index = stage / 2;
  if (size_index >= request.sizes.size()) return out;
  const auto [w, h] = request.sizes[size_index];
  if (!(w > 0 && h > 0)) return out;
  const double d = request.marker_radius + options.gap_pt;
  const double base = kStageWidth * static_cast<double>(stage);
  if (stage % 2 == 0)
    add_adjacent(request, size_index, d, base, out);
  else
    add_rings(request, size_index, d, base, options, out);
  return out;  // generated in rank order, which is cost order
}

}  // namespace footprint::render
