#include "render/label_placer.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>

#include "render/collision_index.hpp"
#include "render/label_candidates.hpp"

namespace footprint::render {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
constexpr int kRepairPasses = 4;
constexpr int kEjectionDepth = 2;  // a chain moves at most this many other labels

/// The mutable state of one place() call: which candidate each label took.
class Solver {
 public:
  Solver(const std::vector<LabelRequest>& requests, const Box& frame, CollisionIndex& index,
         const CandidateOptions& options)
      : requests_(requests),
        index_(index),
        chosen_(requests.size(), kNone),
        cost_(requests.size(), 0) {
    candidates_.reserve(requests.size());
    for (const auto& r : requests) {
      // A point outside the frame has no place to be labelled in it (its marker still counts).
      const bool inside = r.x >= frame.x0 && r.x <= frame.x1 && r.y >= frame.y0 && r.y <= frame.y1;
      candidates_.push_back(inside ? label_candidates(r, options) : std::vector<LabelCandidate>{});
    }
    order_.resize(requests.size());
    std::iota(order_.begin(), order_.end(), std::size_t{0});
    std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
      return requests[a].priority > requests[b].priority;
    });
  }

  void greedy() {
    for (std::size_t i : order_) place_best_free(i);
  }

  /// Ejection chains for what is unplaced, then moves to cheaper free positions; stops when
  /// a pass changes nothing.
  void repair(PlacementStats& stats) {
    for (int pass = 0; pass < kRepairPasses; ++pass) {
      bool changed = false;
      for (std::size_t i : order_) {
        if (chosen_[i] != kNone) continue;
        std::vector<std::size_t> chain{i};
        if (place_by_ejection(i, kEjectionDepth, chain)) {
          ++stats.repairs;
          changed = true;
        }
      }
      for (std::size_t i : order_) {
        if (chosen_[i] != kNone && move_cheaper(i)) {
          ++stats.moves;
          changed = true;
        }
      }
      if (!changed) break;
    }
  }

  std::size_t placed_count() const {
    return static_cast<std::size_t>(
        std::count_if(chosen_.begin(), chosen_.end(), [](std::size_t c) { return c != kNone; }));
  }
  double total_cost() const {
    double sum = 0;
    for (std::size_t i = 0; i < chosen_.size(); ++i)
      if (chosen_[i] != kNone) sum += cost_[i];
    return sum;
  }

  std::vector<Placement> result() const {
    std::vector<Placement> out(requests_.size());
    for (std::size_t i = 0; i < requests_.size(); ++i) {
      out[i].id = requests_[i].id;
      if (chosen_[i] == kNone) continue;
      const LabelCandidate& c = candidates_[i][chosen_[i]];
      out[i] = {requests_[i].id, true,        c.box,       c.size_index, c.anchor,
                c.leader,        c.leader_x0, c.leader_y0, c.leader_x1,  c.leader_y1};
    }
    return out;
  }

 private:
  struct Choice {
    std::size_t candidate;
    double cost;
  };

  /// The cheapest candidate of label i that nothing blocks (route cost included).
  std::optional<Choice> best_free(std::size_t i) const {
    std::optional<Choice> best;
    const auto& cands = candidates_[i];
    for (std::size_t k = 0; k < cands.size(); ++k) {
      // Sorted by base cost and soft costs only add: nothing later can be cheaper.
      if (best && cands[k].cost >= best->cost) break;
      const Conflicts conf = index_.check(i, cands[k], 0);
      if (conf.hard || !conf.labels.empty()) continue;
      const double cost = cands[k].cost + conf.soft_cost;
      if (!best || cost < best->cost) best = Choice{k, cost};
    }
    return best;
  }

  void put(std::size_t i, Choice choice) {
    chosen_[i] = choice.candidate;
    cost_[i] = choice.cost;
    index_.insert(i, candidates_[i][choice.candidate]);
  }
  Choice take(std::size_t i) {
    const Choice old{chosen_[i], cost_[i]};
    index_.remove(i, candidates_[i][chosen_[i]]);
    chosen_[i] = kNone;
    return old;
  }

  bool place_best_free(std::size_t i) {
    const auto best = best_free(i);
    if (best) put(i, *best);
    return best.has_value();
  }

  /// Places label i (not placed now), possibly where exactly one placed label stands, which is
  /// then moved the same way (QGIS's ejection chains). Everything is undone on failure.
  bool place_by_ejection(std::size_t i, int depth, std::vector<std::size_t>& chain) {
    if (place_best_free(i)) return true;
    if (depth == 0) return false;
    const auto& cands = candidates_[i];
    for (std::size_t k = 0; k < cands.size(); ++k) {
      const Conflicts conf = index_.check(i, cands[k], 1);
      if (conf.hard || conf.labels.size() != 1) continue;
      const std::size_t j = conf.labels.front();
      if (std::find(chain.begin(), chain.end(), j) != chain.end()) continue;
      const Choice old_j = take(j);
      // The blocker is gone: price the position again (it may cover a route).
      const Conflicts now = index_.check(i, cands[k], 0);
      if (now.hard || !now.labels.empty()) {
        put(j, old_j);
        continue;
      }
      put(i, {k, cands[k].cost + now.soft_cost});
      chain.push_back(j);
      if (place_by_ejection(j, depth - 1, chain)) return true;
      chain.pop_back();
      take(i);
      put(j, old_j);
    }
    return false;
  }

  /// Moves placed label i to a cheaper free position if there is one.
  bool move_cheaper(std::size_t i) {
    const Choice old = take(i);
    const auto best = best_free(i);
    if (best && best->cost < old.cost - 1e-9) {
      put(i, *best);
      return true;
    }
    put(i, old);
    return false;
  }

  const std::vector<LabelRequest>& requests_;
  CollisionIndex& index_;
  std::vector<std::vector<LabelCandidate>> candidates_;
  std::vector<std::size_t> order_;
  std::vector<std::size_t> chosen_;  ///< candidate index per label, kNone when unplaced
  std::vector<double> cost_;         ///< cost of the chosen candidate with its soft costs
};

}  // namespace

LabelPlacer::LabelPlacer(Box frame, double padding_pt) : frame_(frame), padding_(padding_pt) {}

void LabelPlacer::add_obstacle(const Box& box) {
  obstacles_.push_back(box);
}

void LabelPlacer::add_obstacle_line(const std::vector<std::pair<double, double>>& polyline,
                                    double width_pt) {
  for (std::size_t i = 1; i < polyline.size(); ++i)
    route_segments_.push_back({polyline[i - 1].first, polyline[i - 1].second, polyline[i].first,
                               polyline[i].second, width_pt / 2});
}

std::vector<Placement> LabelPlacer::place(const std::vector<LabelRequest>& requests) {
  std::vector<MarkerDisk> markers;
  markers.reserve(requests.size());
  for (const auto& r : requests) markers.push_back({r.x, r.y, r.marker_radius});
  std::vector<RouteSegment> routes;
  for (const auto& s : route_segments_) routes.push_back({s.x0, s.y0, s.x1, s.y1, s.half_width});
  CollisionIndex index(frame_, padding_, markers, obstacles_, routes);

  CandidateOptions options;
  // An adjacent label must clear its own marker's padding.
  options.gap_pt = std::max(options.gap_pt, padding_ + 1.0);
  Solver solver(requests, frame_, index, options);
  solver.greedy();
  stats_ = {};
  stats_.requests = requests.size();
  stats_.greedy_placed = solver.placed_count();
  stats_.greedy_cost = solver.total_cost();
  if (improve_) solver.repair(stats_);
  stats_.placed = solver.placed_count();
  stats_.cost = solver.total_cost();
  return solver.result();
}

}  // namespace footprint::render
