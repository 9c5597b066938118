#include "render/map/marker_layout.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include "render/map/point_grid.hpp"

namespace footprint::render {
namespace {

// Overlap left after relaxing that still counts as apart (discs drawn a hair closer than the
// gap read as apart).
constexpr double kToleratedOverlapPt = 0.5;
// Anchors closer than this are one spot: there is no side to keep between them.
constexpr double kSameSpotPt = 0.5;
constexpr int kRounds = 80;
// Discs round one disc (in 9 cells) that make a pile: pushing cannot make room that is not there.
constexpr std::size_t kPile = 64;
// Merge rounds that take only the closest conflicts; after them, whole crowds merge at once.
constexpr int kCarefulMerges = 40;

double distance(XY a, XY b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  void join(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// What the layout works on: the spots, the frame inside which centres must stay (per radius),
// and the furniture.
class Layout {
 public:
  Layout(std::vector<MarkerSpot> spots, const Box& frame, std::vector<Box> obstacles, double bound)
      : spots_(std::move(spots)), frame_(frame), obstacles_(std::move(obstacles)), bound_(bound) {}

  // Spreads the markers, then merges what cannot be spread, until nothing overlaps.
  std::vector<MarkerSpot> run(double group_radius) {
    merge_piles(group_radius);
    for (int merge = 0;; ++merge) {
      seed_shared_spots();
      relax();
      std::vector<std::pair<std::size_t, std::size_t>> conflicts = find_conflicts();
      if (conflicts.empty()) break;
      merge_conflicts(conflicts, merge >= kCarefulMerges, group_radius);
    }
    std::sort(spots_.begin(), spots_.end(), [](const MarkerSpot& a, const MarkerSpot& b) {
      return a.place_index < b.place_index;
    });
    return std::move(spots_);
  }

 private:
  double largest_radius() const {
    double r = 0;
    for (const MarkerSpot& s : spots_) r = std::max(r, s.radius_pt);
    return r;
  }

  // The nearest point to `p` where a disc of `r` lies inside the frame (its centre when the
  // frame is narrower than the disc).
  XY inside_frame(XY p, double r) const {
    const double x0 = frame_.x0 + r, x1 = frame_.x1 - r, y0 = frame_.y0 + r, y1 = frame_.y1 - r;
    return {x0 <= x1 ? std::clamp(p.x, x0, x1) : frame_.center_x(),
            y0 <= y1 ? std::clamp(p.y, y0, y1) : frame_.center_y()};
  }

  // Keeps a disc within the bound of its anchor, inside the frame. (The anchor lies in the
  // frame and the bound exceeds any disc's radius, so the nearest spot inside the frame to the
  // anchor is always within the bound: the fallback when the frame pushed a disc out of it.)
  void constrain(MarkerSpot& s) const {
    const double dx = s.page.x - s.anchor.x, dy = s.page.y - s.anchor.y;
    if (beyond_bound(dx, dy)) {
      const double d = std::hypot(dx, dy);
      if (d > bound_) s.page = {s.anchor.x + dx / d * bound_, s.anchor.y + dy / d * bound_};
    }
    s.page = inside_frame(s.page, s.radius_pt);
    if (beyond_bound(s.page.x - s.anchor.x, s.page.y - s.anchor.y) &&
        distance(s.page, s.anchor) > bound_) {
      s.page = inside_frame(s.anchor, s.radius_pt);
    }
  }

  // False only when (dx, dy) is surely within the bound, without std::hypot (called for every
  // push of every round, it was a twentieth of a 10,000-entry map): the square falls short of
  // the bound's by far more than hypot's rounding, so the answer is hypot's.
  bool beyond_bound(double dx, double dy) const {
    return !(dx * dx + dy * dy <= bound_ * bound_ * (1 - 1e-9));
  }

  // Out of an obstacle by the shortest way, when that way stays within the bound.
  void leave_obstacles(MarkerSpot& s) const {
    for (const Box& box : obstacles_) {
      const Box grown = box.inflated(s.radius_pt + kMarkerGapPt);
      if (!(s.page.x > grown.x0 && s.page.x < grown.x1 && s.page.y > grown.y0 &&
            s.page.y < grown.y1)) {
        continue;
      }
      const std::array<XY, 4> exits = {
          {{grown.x0, s.page.y}, {grown.x1, s.page.y}, {s.page.x, grown.y0}, {s.page.x, grown.y1}}};
      const XY* best = nullptr;
      for (const XY& e : exits) {
        if (distance(e, s.anchor) > bound_) continue;
        if (!best || distance(e, s.page) < distance(*best, s.page)) best = &e;
      }
      if (best) s.page = *best;
    }
  }

  // Places sharing one spot start on a small ring in the places' order, clockwise from the top,
  // so that relaxing has a direction to push them apart. A grid of 1 pt cells finds each
  // spot's companions without comparing every pair.
  void seed_shared_spots() {
    PointGrid grid(1.0);
    for (std::size_t i = 0; i < spots_.size(); ++i) {
      spots_[i].page = spots_[i].anchor;
      grid.insert(i, spots_[i].anchor);
    }
    std::vector<bool> done(spots_.size(), false);
    std::vector<std::size_t> near;
    for (std::size_t i = 0; i < spots_.size(); ++i) {
      if (done[i]) continue;
      std::vector<std::size_t> same{i};
      grid.near(spots_[i].anchor, near);
      for (std::size_t j : near) {
        if (j > i && !done[j] && distance(spots_[i].anchor, spots_[j].anchor) < kSameSpotPt) {
          same.push_back(j);
          done[j] = true;
        }
      }
      if (same.size() < 2) continue;
      std::sort(same.begin() + 1, same.end());
      const double n = static_cast<double>(same.size());
      const double ring = std::min(
          bound_,
          std::max(spots_[i].radius_pt, (2 * spots_[i].radius_pt + kMarkerGapPt) * n / (2 * M_PI)));
      for (std::size_t k = 0; k < same.size(); ++k) {
        const double angle = -M_PI / 2 + 2 * M_PI * static_cast<double>(k) / n;
        spots_[same[k]].page = {spots_[i].anchor.x + ring * std::cos(angle),
                                spots_[i].anchor.y + ring * std::sin(angle)};
      }
    }
    for (MarkerSpot& s : spots_) constrain(s);
  }

  // The direction in which j lies from i: along their places when they differ (so that pushing
  // keeps each on its side of the other), else along where their discs are.
  static XY push_direction(const MarkerSpot& a, const MarkerSpot& b) {
    double dx = b.anchor.x - a.anchor.x, dy = b.anchor.y - a.anchor.y;
    if (std::hypot(dx, dy) < kSameSpotPt) {
      dx = b.page.x - a.page.x;
      dy = b.page.y - a.page.y;
    }
    double d = std::hypot(dx, dy);
    if (d < 1e-9) {  // exactly on top of each other: split along a fixed direction
      dx = 1;
      dy = 0.5;
      d = std::hypot(dx, dy);
    }
    return {dx / d, dy / d};
  }

  // Each disc's neighbours after it (j > i) in a grid of `cell` by the anchors, in order; none
  // for a disc in a pile (more than kPile round it). Discs are looked up by their anchors, which
  // never move, so the lists hold for every round of relax() (looking them up in each round was
  // a tenth of a 10,000-entry map).
  struct Neighbours {
    std::vector<std::size_t> first;  ///< disc i's are ids[first[i]] to ids[first[i + 1]]
    std::vector<std::size_t> ids;
  };

  Neighbours later_neighbours(double cell) const {
    PointGrid grid(cell);
    // Each disc is looked up by its anchor: it never strays more than the bound from it.
    for (std::size_t i = 0; i < spots_.size(); ++i) grid.insert(i, spots_[i].anchor);
    Neighbours out;
    out.first.reserve(spots_.size() + 1);
    std::vector<std::size_t> near;
    for (std::size_t i = 0; i < spots_.size(); ++i) {
      out.first.push_back(out.ids.size());
      if (grid.count_near(spots_[i].anchor) > kPile) continue;
      grid.near(spots_[i].anchor, near);
      std::sort(near.begin(), near.end());
      for (std::size_t j : near) {
        if (j > i) out.ids.push_back(j);
      }
    }
    out.first.push_back(out.ids.size());
    return out;
  }

  // Pushes overlapping discs apart a little at a time, with a weak pull back to their places,
  // within the bound. A grid finds each disc's neighbours: O(n) per round, not O(n²).
  // Deterministic (fixed order, fixed number of rounds).
  void relax() {
    const double reach = 2 * largest_radius() + kMarkerGapPt;
    const double slack = bound_;
    const Neighbours later = later_neighbours(reach + 2 * slack);
    for (int round = 0; round < kRounds; ++round) {
      bool moved = false;
      for (std::size_t i = 0; i < spots_.size(); ++i) {
        for (std::size_t k = later.first[i]; k < later.first[i + 1]; ++k) {
          const std::size_t j = later.ids[k];
          MarkerSpot& a = spots_[i];
          MarkerSpot& b = spots_[j];
          const double need = a.radius_pt + b.radius_pt + kMarkerGapPt;
          const double dx = b.page.x - a.page.x, dy = b.page.y - a.page.y;
          if (dx * dx + dy * dy >= need * need) continue;
          const XY u = push_direction(a, b);
          // How far apart they are along u, and how much further they must go.
          const double along = dx * u.x + dy * u.y;
          const double across = std::abs(-dx * u.y + dy * u.x);
          const double want = std::sqrt(std::max(0.0, need * need - across * across));
          if (along >= want) continue;
          const double push = (want - along) / 2 * 0.8 + 1e-3;
          a.page = {a.page.x - u.x * push, a.page.y - u.y * push};
          b.page = {b.page.x + u.x * push, b.page.y + u.y * push};
          constrain(a);
          constrain(b);
          moved = true;
        }
      }
      for (MarkerSpot& s : spots_) {
        const XY before = s.page;
        leave_obstacles(s);
        constrain(s);
        moved = moved || before.x != s.page.x || before.y != s.page.y;
      }
      if (!moved) break;
      if (round < kRounds / 2) {
        for (MarkerSpot& s : spots_) {
          s.page = {s.page.x + (s.anchor.x - s.page.x) * 0.05,
                    s.page.y + (s.anchor.y - s.page.y) * 0.05};
          constrain(s);
        }
      }
    }
  }

  // Pairs that still overlap, or that crossed over each other, ordered by how close their
  // places are (closest first).
  std::vector<std::pair<std::size_t, std::size_t>> find_conflicts() const {
    const double reach = 2 * largest_radius() + kMarkerGapPt + 2 * bound_;
    PointGrid grid(reach);
    for (std::size_t i = 0; i < spots_.size(); ++i) grid.insert(i, spots_[i].anchor);
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::vector<std::size_t> near;
    for (std::size_t i = 0; i < spots_.size(); ++i) {
      grid.near(spots_[i].anchor, near);
      for (std::size_t j : near) {
        if (j <= i) continue;
        const MarkerSpot& a = spots_[i];
        const MarkerSpot& b = spots_[j];
        const double need = a.radius_pt + b.radius_pt + kMarkerGapPt;
        const double d = distance(a.page, b.page);
        bool conflict = d < need - kToleratedOverlapPt;
        const double ax = b.anchor.x - a.anchor.x, ay = b.anchor.y - a.anchor.y;
        if (!conflict && std::hypot(ax, ay) >= kSameSpotPt && d < need + 2 * bound_) {
          conflict = ax * (b.page.x - a.page.x) + ay * (b.page.y - a.page.y) <= 0;
        }
        if (conflict) out.emplace_back(i, j);
      }
    }
    // Each pair's distance measured once, not in every comparison of the sort.
    std::vector<std::tuple<double, std::size_t, std::size_t>> keyed;
    keyed.reserve(out.size());
    for (const auto& [i, j] : out)
      keyed.emplace_back(distance(spots_[i].anchor, spots_[j].anchor), i, j);
    std::sort(keyed.begin(), keyed.end());
    for (std::size_t k = 0; k < keyed.size(); ++k)
      out[k] = {std::get<1>(keyed[k]), std::get<2>(keyed[k])};
    return out;
  }

  // Places far more crowded than any spreading can show (more in one cell of the bound's size
  // than fit in it) are one group from the start: a world map of 10,000 entries must not pay
  // for merging its piles two by two.
  void merge_piles(double group_radius) {
    const double r = spots_.empty() ? 1 : spots_.front().radius_pt;
    const double per_disc = (2 * r + kMarkerGapPt) * (2 * r + kMarkerGapPt);
    const double cell = bound_;
    const auto capacity =
        static_cast<std::size_t>(std::max(4.0, 2 * (cell + 2 * r) * (cell + 2 * r) / per_disc));
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> cells;
    const auto key = [&](XY p) {
      const auto cx = static_cast<std::int32_t>(std::floor(p.x / cell));
      const auto cy = static_cast<std::int32_t>(std::floor(p.y / cell));
      return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(cx)) << 32) |
             static_cast<std::uint32_t>(cy);
    };
    for (std::size_t i = 0; i < spots_.size(); ++i) cells[key(spots_[i].anchor)].push_back(i);
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (const auto& [k, members] : cells) {
      if (members.size() <= capacity) continue;
      for (std::size_t m = 1; m < members.size(); ++m) pairs.emplace_back(members[0], members[m]);
    }
    if (pairs.empty()) return;
    std::sort(pairs.begin(), pairs.end());  // the map's order is not deterministic
    merge_conflicts(pairs, true, group_radius);
  }

  // Merges the closest conflicting pairs (all conflicts when `all`) into group markers at the
  // centre of their places.
  void merge_conflicts(const std::vector<std::pair<std::size_t, std::size_t>>& conflicts, bool all,
                       double group_radius) {
    UnionFind uf(spots_.size());
    const double closest =
        distance(spots_[conflicts.front().first].anchor, spots_[conflicts.front().second].anchor);
    std::vector<bool> taken(spots_.size(), false);
    for (const auto& [i, j] : conflicts) {
      const double d = distance(spots_[i].anchor, spots_[j].anchor);
      // Careful rounds join each marker once, and only pairs about as close as the closest.
      if (!all && (taken[i] || taken[j] || d > closest + 2 * bound_)) continue;
      uf.join(i, j);
      taken[i] = taken[j] = true;
    }
    // A group takes every marker of the spots it is at: one place is never two markers.
    PointGrid grid(1.0);
    for (std::size_t i = 0; i < spots_.size(); ++i) grid.insert(i, spots_[i].anchor);
    std::vector<std::size_t> near;
    for (std::size_t i = 0; i < spots_.size(); ++i) {
      if (!taken[i]) continue;
      grid.near(spots_[i].anchor, near);
      for (std::size_t j : near) {
        if (distance(spots_[i].anchor, spots_[j].anchor) < kSameSpotPt) {
          uf.join(i, j);
          taken[j] = true;
        }
      }
    }
    std::vector<MarkerSpot> merged;
    std::vector<std::size_t> slot(spots_.size(), std::numeric_limits<std::size_t>::max());
    for (std::size_t i = 0; i < spots_.size(); ++i) {
      const std::size_t root = uf.find(i);
      if (root == i && !taken[i]) {
        merged.push_back(std::move(spots_[i]));
        continue;
      }
      if (slot[root] == std::numeric_limits<std::size_t>::max()) {
        slot[root] = merged.size();
        merged.emplace_back();
        merged.back().radius_pt = group_radius;
      }
      MarkerSpot& group = merged[slot[root]];
      if (spots_[i].is_group()) {
        group.members.insert(group.members.end(), spots_[i].members.begin(),
                             spots_[i].members.end());
      } else {
        group.members.push_back(spots_[i].place_index);
      }
      // The centre is weighted by places, so it is the centre of all the group's places.
      const double n = static_cast<double>(spots_[i].count());
      group.anchor = {group.anchor.x + spots_[i].anchor.x * n,
                      group.anchor.y + spots_[i].anchor.y * n};
    }
    for (const std::size_t index : slot) {
      if (index == std::numeric_limits<std::size_t>::max()) continue;
      MarkerSpot& g = merged[index];
      std::sort(g.members.begin(), g.members.end());
      const double n = static_cast<double>(g.members.size());
      g.anchor = {g.anchor.x / n, g.anchor.y / n};
      g.place_index = g.members.front();
      g.page = g.anchor;
    }
    spots_ = std::move(merged);
  }

  std::vector<MarkerSpot> spots_;
  Box frame_;
  std::vector<Box> obstacles_;
  double bound_;
};

}  // namespace

double group_radius(const Style& style) {
  return 1.3 * std::max(style.markers.radius_pt, style.markers.range_radius_pt);
}

double max_marker_shift(const Style& style) {
  return std::max(kMaxMarkerShiftPt,
                  group_radius(style) + style.markers.outline.width_pt / 2 + 1.5);
}

std::vector<MarkerSpot> layout_markers(const MapPlan& plan, const Style& style,
                                       const std::vector<Box>& obstacles) {
  std::vector<MarkerSpot> spots;
  for (std::size_t i = 0; i < plan.places.size(); ++i) {
    const MapPlace& place = plan.places[i];
    if (!place.in_frame) continue;
    const auto metres = plan.projection.forward(place.entry.anchor());
    if (!metres) continue;
    const XY page = plan.viewport.to_page(*metres);
    if (!std::isfinite(page.x) || !std::isfinite(page.y)) continue;
    const double radius =
        place.entry.is_range() ? style.markers.range_radius_pt : style.markers.radius_pt;
    spots.push_back({i, {}, page, page, radius});
  }
  const Frame& f = plan.viewport.frame();
  // The outline is drawn half outside the disc: it too stays inside the frame.
  const Box frame =
      Box{f.x, f.y, f.right(), f.bottom()}.inflated(-(style.markers.outline.width_pt / 2 + 0.5));
  return Layout(std::move(spots), frame, obstacles, max_marker_shift(style))
      .run(group_radius(style));
}

std::vector<std::size_t> marker_of_places(const std::vector<MarkerSpot>& markers,
                                          std::size_t places) {
  std::vector<std::size_t> out(places, static_cast<std::size_t>(-1));
  for (std::size_t m = 0; m < markers.size(); ++m) {
    if (markers[m].is_group()) {
      for (std::size_t p : markers[m].members) out[p] = m;
    } else {
      out[markers[m].place_index] = m;
    }
  }
  return out;
}

}  // namespace footprint::render
