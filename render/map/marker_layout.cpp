#include "render/map/marker_layout.hpp"

#include <algorithm>
#include <cmath>

#include "render/map/point_grid.hpp"

namespace footprint::render {
namespace {

constexpr double kGapPt = 1.0;  // between neighbouring discs

// Places sharing one spot (closer than a point) start on a small ring in date order, clockwise
// from the top, so that the relaxation below has a direction to push them apart. A grid of
// 1 pt cells finds each spot's companions without comparing every pair.
void seed_shared_spots(std::vector<MarkerSpot>& spots) {
  PointGrid grid(1.0);
  for (std::size_t i = 0; i < spots.size(); ++i) grid.insert(i, spots[i].anchor);
  std::vector<bool> done(spots.size(), false);
  std::vector<std::size_t> near;
  for (std::size_t i = 0; i < spots.size(); ++i) {
    if (done[i]) continue;
    std::vector<std::size_t> same{i};
    grid.near(spots[i].anchor, near);
    for (std::size_t j : near) {
      if (j > i && std::hypot(spots[i].anchor.x - spots[j].anchor.x,
                              spots[i].anchor.y - spots[j].anchor.y) < 1) {
        same.push_back(j);
        done[j] = true;
      }
    }
    if (same.size() < 2) continue;
    std::sort(same.begin() + 1, same.end());  // date order round the ring
    const double n = static_cast<double>(same.size());
    const double ring =
        std::max(spots[i].radius_pt, (2 * spots[i].radius_pt + kGapPt) * n / (2 * M_PI));
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
  constexpr std::size_t kPile = 64;  // discs round one disc (in 9 cells) that make a pile
  double largest_radius = 0;
  for (const MarkerSpot& s : spots) largest_radius = std::max(largest_radius, s.radius_pt);
  // Two discs overlap only closer than `reach`, so each disc is compared with those in the grid
  // cells round it, not with every other disc: O(n) per round instead of O(n²). The cells are
  // larger than the reach by `slack`, the room a disc may move while its pairs are pushed
  // before its neighbours are looked up again.
  const double reach = 2 * largest_radius + kGapPt;
  const double slack = reach / 2;
  PointGrid grid(reach + slack);
  for (std::size_t i = 0; i < spots.size(); ++i) grid.insert(i, spots[i].page);
  std::vector<std::size_t> near;
  // The discs after `after` in index order that may touch a disc at `from`, in index order:
  // the order in which a comparison of every pair takes them (each push moves what follows).
  const auto later_near = [&](XY from, std::size_t after) {
    grid.near(from, near);
    std::erase_if(near, [after](std::size_t j) { return j <= after; });
    std::sort(near.begin(), near.end());
  };
  for (int round = 0; round < kRounds; ++round) {
    bool moved = false;
    for (std::size_t i = 0; i < spots.size(); ++i) {
      XY from = spots[i].page;
      // A disc in a pile (a frame far too small for its markers) is not pushed by its own
      // pairs: pushing cannot make room that is not there, and comparing every disc of a pile
      // with every other made crowded maps quadratic. Discs outside piles still push it.
      if (grid.count_near(from) > kPile) continue;
      later_near(from, i);
      for (std::size_t k = 0; k < near.size();) {
        XY& a = spots[i].page;
        if (const double mx = a.x - from.x, my = a.y - from.y; mx * mx + my * my > slack * slack) {
          from = a;  // pushed far from where its neighbours were looked up: look again
          if (grid.count_near(from) > kPile) break;
          later_near(from, k == 0 ? i : near[k - 1]);
          k = 0;
          continue;
        }
        const std::size_t j = near[k++];
        XY& b = spots[j].page;
        double dx = b.x - a.x, dy = b.y - a.y;
        const double need = spots[i].radius_pt + spots[j].radius_pt + kGapPt;
        if (dx * dx + dy * dy > need * need * (1 + 1e-9)) continue;  // clearly apart: no hypot
        double d = std::hypot(dx, dy);
        if (d >= need) continue;
        if (d < 1e-6) {  // exactly on top of each other: split along a fixed direction
          dx = 1;
          dy = 0.5;
          d = std::hypot(dx, dy);
        }
        const double push = (need - d) / 2 * 0.8;
        const XY a0 = a, b0 = b;
        a = {a.x - dx / d * push, a.y - dy / d * push};
        b = {b.x + dx / d * push, b.y + dy / d * push};
        grid.move(i, a0, a);
        grid.move(j, b0, b);
        moved = true;
      }
    }
    if (!moved) break;
    if (round < kRounds / 2) {
      for (std::size_t i = 0; i < spots.size(); ++i) {
        MarkerSpot& s = spots[i];
        const XY before = s.page;
        s.page = {s.page.x + (s.anchor.x - s.page.x) * 0.05,
                  s.page.y + (s.anchor.y - s.page.y) * 0.05};
        grid.move(i, before, s.page);
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
    const double radius =
        place.entry.is_range() ? style.markers.range_radius_pt : style.markers.radius_pt;
    spots.push_back({i, page, page, radius});
  }
  seed_shared_spots(spots);
  relax(spots);
  return spots;
}

}  // namespace footprint::render
