#include "render/map/marker_layout.hpp"

#include <cmath>

namespace footprint::render {
namespace {

constexpr double kGapPt = 1.0;  // between neighbouring discs

// Places sharing one spot (closer than a point) start on a small ring in date order, clockwise
// from the top, so that the relaxation below has a direction to push them apart.
void seed_shared_spots(std::vector<MarkerSpot>& spots) {
  std::vector<bool> done(spots.size(), false);
  for (std::size_t i = 0; i < spots.size(); ++i) {
    if (done[i]) continue;
    std::vector<std::size_t> same{i};
    for (std::size_t j = i + 1; j < spots.size(); ++j) {
      if (std::hypot(spots[i].anchor.x - spots[j].anchor.x, spots[i].anchor.y - spots[j].anchor.y) < 1) {
        same.push_back(j);
        done[j] = true;
      }
    }
    if (same.size() < 2) continue;
    const double n = static_cast<double>(same.size());
    const double ring = std::max(spots[i].radius_pt, (2 * spots[i].radius_pt + kGapPt) * n / (2 * M_PI));
    for (std::size_t k = 0; k < same.size(); ++k) {
      const double angle = -M_PI / 2 + 2 * M_PI * static_cast<double>(k) / n;
      spots[same[k]].page = {spots[i].anchor.x + ring * std::cos(angle),
                             spots[i].anchor.y + ring * std::sin(angle)};
    }
  }
}

// Pushes overlapping discs apart, a little at a time, with a weak pull back to their true
// spot: nearby places end up side by side, as close to where they are as room allows.
// Deterministic (fixed order, fixed number of rounds).
void relax(std::vector<MarkerSpot>& spots) {
  constexpr int kRounds = 80;
  for (int round = 0; round < kRounds; ++round) {
    bool moved = false;
    for (std::size_t i = 0; i < spots.size(); ++i) {
      for (std::size_t j = i + 1; j < spots.size(); ++j) {
        XY& a = spots[i].page;
        XY& b = spots[j].page;
        double dx = b.x - a.x, dy = b.y - a.y;
        double d = std::hypot(dx, dy);
        const double need = spots[i].radius_pt + spots[j].radius_pt + kGapPt;
        if (d >= need) continue;
        if (d < 1e-6) {  // exactly on top of each other: split along a fixed direction
          dx = 1;
          dy = 0.5;
          d = std::hypot(dx, dy);
        }
        const double push = (need - d) / 2 * 0.8;
        a = {a.x - dx / d * push, a.y - dy / d * push};
        b = {b.x + dx / d * push, b.y + dy / d * push};
        moved = true;
      }
    }
    if (!moved) break;
    if (round < kRounds / 2) {
      for (MarkerSpot& s : spots) {
        s.page = {s.page.x + (s.anchor.x - s.page.x) * 0.05, s.page.y + (s.anchor.y - s.page.y) * 0.05};
      }
    }
  }
}

}  // namespace

std::vector<MarkerSpot> layout_markers(const MapPlan& plan, const Style& style) {
  std::vector<MarkerSpot> spots;
  for (std::size_t i = 0; i < plan.places.size(); ++i) {
    const MapPlace& place = plan.places[i];
    if (!place.in_frame) continue;
    const auto metres = plan.projection.forward(place.entry.anchor());
    if (!metres) continue;
    const XY page = plan.viewport.to_page(*metres);
    const double radius = place.entry.is_range() ? style.markers.range_radius_pt : style.markers.radius_pt;
    spots.push_back({i, page, page, radius});
  }
  seed_shared_spots(spots);
  relax(spots);
  return spots;
}

}  // namespace footprint::render
