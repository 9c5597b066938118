#include "render/labels/label_placer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

#include "render/labels/collision_index.hpp"
#include "render/labels/label_candidates.hpp"

namespace footprint::render {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
constexpr double kNoLimit = std::numeric_limits<double>::infinity();
constexpr int kRepairPasses = 4;
constexpr int kEjectionDepth = 2;  // a chain moves at most this many other labels

/// The mutable state of one place() call: which candidate each label took.
class Solver {
 public:
  Solver(const std::vector<LabelRequest>& requests, const Box& frame, CollisionIndex& index,
         const CandidateOptions& options)
      : requests_(requests),
        frame_(frame),
        options_(options),
        index_(index),
        candidates_(requests.size()),
        next_stage_(requests.size(), 0),
        chosen_(requests.size(), kNone) {
    order_.resize(requests.size());
    std::iota(order_.begin(), order_.end(), std::size_t{0});
    std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
      return requests[a].priority > requests[b].priority;
    });
  }

  void greedy() {
    for (std::size_t i : order_) place_first_free(i);
  }

  /// Ejection chains for what is unplaced, then moves to cheaper free positions; stops when
  /// a pass changes nothing.
  void repair(PlacementStats& stats) {
    for (int pass = 0; pass < kRepairPasses; ++pass) {
      bool changed = false;
      for (std::size_t i : order_) {
        if (chosen_[i] != kNone) continue;
        std::vector<std::size_t> chain{i};
        undo_log_.clear();  // nothing before this chain is ever rolled back
        if (place_by_ejection(i, kEjectionDepth, chain)) {
          ++stats.repairs;
          changed = true;
        }
      }
      for (std::size_t i : order_) {
        if (chosen_[i] != kNone && (move_cheaper(i) || swap_cheaper(i))) {
          ++stats.moves;
          changed = true;
        }
      }
      if (!changed) break;
    }
  }

  std::size_t leader_count() const {
    std::size_t n = 0;
    for (std::size_t i = 0; i < chosen_.size(); ++i)
      if (chosen_[i] != kNone && candidates_[i][chosen_[i]].leader) ++n;
    return n;
  }
  std::size_t placed_count() const {
    return static_cast<std::size_t>(
        std::count_if(chosen_.begin(), chosen_.end(), [](std::size_t c) { return c != kNone; }));
  }
  double total_cost() const {
    double sum = 0;
    for (std::size_t i = 0; i < chosen_.size(); ++i)
      if (chosen_[i] != kNone) sum += candidates_[i][chosen_[i]].cost;
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
  /// True when label i has a k-th candidate, generating the next stages as needed: most
  /// labels find a place in the first stage and never pay for the others.
  bool available(std::size_t i, std::size_t k) {
    while (k >= candidates_[i].size() && next_stage_[i] < candidate_stages(requests_[i]))
      add_stage(i, next_stage_[i]++);
    return k < candidates_[i].size();
  }

  /// Appends the candidates of one stage that the frame, markers and obstacles allow, with
  /// their soft costs added. Those layers never change, so each is asked once, not per check.
  void add_stage(std::size_t i, std::size_t stage) {
    const LabelRequest& r = requests_[i];
    // A point outside the frame has no place to be labelled in it (its marker still counts).
    if (!(r.x >= frame_.x0 && r.x <= frame_.x1 && r.y >= frame_.y0 && r.y <= frame_.y1)) return;
    const std::size_t first = candidates_[i].size();
    for (LabelCandidate& c : label_candidates(r, stage, options_)) {
      const auto soft = index_.fixed_cost(i, c);
      if (!soft) continue;
      c.cost += *soft;
      candidates_[i].push_back(c);
    }
    // Soft costs reorder a stage but never move a candidate into another stage's band.
    std::stable_sort(candidates_[i].begin() + static_cast<std::ptrdiff_t>(first),
                     candidates_[i].end(),
                     [](const auto& a, const auto& b) { return a.cost < b.cost; });
  }

  bool outranks(std::size_t a, std::size_t b) const {
    return requests_[a].priority > requests_[b].priority;
  }

  bool is_free(std::size_t i, std::size_t k) {
    index_.blocking_labels(i, candidates_[i][k], 0, scratch_);
    return scratch_.empty();
  }

  void put(std::size_t i, std::size_t k) {
    chosen_[i] = k;
    index_.insert(i, candidates_[i][k]);
    undo_log_.push_back({i, kNone});
  }
  std::size_t take(std::size_t i) {
    const std::size_t old = chosen_[i];
    index_.remove(i, candidates_[i][old]);
    chosen_[i] = kNone;
    undo_log_.push_back({i, old});
    return old;
  }
  /// Undoes every put and take since the log had `mark` entries.
  void rollback(std::size_t mark) {
    while (undo_log_.size() > mark) {
      const auto [i, before] = undo_log_.back();
      undo_log_.pop_back();
      if (chosen_[i] != kNone) index_.remove(i, candidates_[i][chosen_[i]]);
      chosen_[i] = before;
      if (before != kNone) index_.insert(i, candidates_[i][before]);
    }
  }

  /// Puts label i at its cheapest free candidate costing less than max_cost, if it has one.
  bool place_first_free(std::size_t i, double max_cost = kNoLimit) {
    for (std::size_t k = 0; available(i, k) && candidates_[i][k].cost < max_cost; ++k) {
      if (is_free(i, k)) {
        put(i, k);
        return true;
      }
    }
    return false;
  }

  /// Places label i (not placed now) at a candidate costing less than max_cost, possibly
  /// where one or two placed labels stand, which are then moved the same way (QGIS's ejection
  /// chains). Everything is undone on failure.
  bool place_by_ejection(std::size_t i, int depth, std::vector<std::size_t>& chain,
                         double max_cost = kNoLimit) {
    if (place_first_free(i, max_cost)) return true;
    if (depth == 0) return false;
    // Two blockers only at the chain's start: deeper, the search would explode.
    const std::size_t max_blockers = chain.size() == 1 ? 2 : 1;
    for (std::size_t k = 0; available(i, k) && candidates_[i][k].cost < max_cost; ++k) {
      index_.blocking_labels(i, candidates_[i][k], max_blockers, scratch_);
      if (scratch_.empty() || scratch_.size() > max_blockers) continue;
      const std::vector<std::size_t> blockers = scratch_;  // the recursion reuses scratch_
      if (std::any_of(blockers.begin(), blockers.end(), [&](std::size_t j) {
            return std::find(chain.begin(), chain.end(), j) != chain.end();
          }))
        continue;
      const std::size_t mark = undo_log_.size();
      std::vector<double> limits;
      limits.reserve(blockers.size());
      for (std::size_t j : blockers) limits.push_back(make_way_limit(j, i));
      for (std::size_t j : blockers) take(j);
      put(i, k);
      chain.insert(chain.end(), blockers.begin(), blockers.end());
      bool all = true;
      // Two displaced labels must each find a free place; one may start a chain of its own.
      const int next = blockers.size() == 1 ? depth - 1 : 0;
      for (std::size_t b = 0; b < blockers.size() && all; ++b)
        all = place_by_ejection(blockers[b], next, chain, limits[b]);
      if (all) return true;
      chain.resize(chain.size() - blockers.size());
      rollback(mark);
    }
    return false;
  }

  /// How far label j may be pushed to make way for label i: anywhere for a label of the same
  /// or lower priority; within its stage (same size, adjacent stays adjacent) for a label that
  /// outranks i, so priority decides who gets the better position, not only who is placed.
  double make_way_limit(std::size_t j, std::size_t i) const {
    if (!outranks(j, i)) return kNoLimit;
    return (std::floor(candidates_[j][chosen_[j]].cost / kStageWidth) + 1) * kStageWidth;
  }

  /// Moves placed label i to a cheaper free position if there is one.
  bool move_cheaper(std::size_t i) {
    const std::size_t old = take(i);
    // Candidates are sorted by cost: the first free one before `old` is the cheapest move.
    for (std::size_t k = 0; k < old; ++k) {
      if (candidates_[i][k].cost < candidates_[i][old].cost && is_free(i, k)) {
        put(i, k);
        return true;
      }
    }
    put(i, old);
    return false;
  }

  /// Moves placed label i to a cheaper position where exactly one label j stands, and j to
  /// another free position, when the two together cost less than before: this is what turns
  /// most greedy leader lines back into adjacent labels.
  bool swap_cheaper(std::size_t i) {
    const std::size_t old_i = chosen_[i];
    const double before_i = candidates_[i][old_i].cost;
    for (std::size_t k = 0; k < old_i && candidates_[i][k].cost < before_i; ++k) {
      index_.blocking_labels(i, candidates_[i][k], 1, scratch_);
      if (scratch_.size() != 1) continue;
      const std::size_t j = scratch_.front();
      const double budget =
          std::min(before_i + candidates_[j][chosen_[j]].cost - candidates_[i][k].cost,
                   make_way_limit(j, i));
      take(i);
      const std::size_t old_j = take(j);
      put(i, k);
      for (std::size_t kj = 0; available(j, kj) && candidates_[j][kj].cost < budget; ++kj) {
        if (is_free(j, kj)) {
          put(j, kj);
          return true;
        }
      }
      take(i);
      put(i, old_i);
      put(j, old_j);
    }
    return false;
  }

  const std::vector<LabelRequest>& requests_;
  Box frame_;
  CandidateOptions options_;
  CollisionIndex& index_;
  std::vector<std::vector<LabelCandidate>> candidates_;  ///< generated stages, cheapest first
  std::vector<std::size_t> next_stage_;                  ///< per label: first stage not generated
  std::vector<std::size_t> order_;
  std::vector<std::size_t> chosen_;   ///< candidate index per label, kNone when unplaced
  std::vector<std::size_t> scratch_;  ///< blockers of the candidate being checked
  struct Undo {
    std::size_t label, before;  ///< the label's candidate before a put or take
  };
  std::vector<Undo> undo_log_;  ///< every put and take, for rollback
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
  stats_.dropped_fixed = index.dropped();
  stats_.greedy_placed = solver.placed_count();
  stats_.greedy_cost = solver.total_cost();
  stats_.greedy_leaders = solver.leader_count();
  if (improve_) solver.repair(stats_);
  stats_.placed = solver.placed_count();
  stats_.cost = solver.total_cost();
  stats_.leaders = solver.leader_count();
  return solver.result();
}

}  // namespace footprint::render
