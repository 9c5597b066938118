// The positions a label may take around its point, cheapest (most cartographic) first.
#pragma once

#include <cstddef>
#include <vector>

#include "render/labels/label.hpp"

namespace footprint::render {

/// One position a label could take, with what it costs to put it there.
struct LabelCandidate {
  Box box;
  std::size_t size_index = 0;
  Anchor anchor = Anchor::top_right;
  bool leader = false;
  double leader_x0 = 0, leader_y0 = 0, leader_x1 = 0, leader_y1 = 0;
  double cost = 0;  ///< lower is better; grows with rank, ring distance and size step
};

struct CandidateOptions {
  double gap_pt = 2.5;   ///< space between the marker's edge and an adjacent label
  int ring_count = 4;    ///< rings of farther positions (with a leader) per size step
  int ring_angles = 16;  ///< positions per ring
};

/// Candidates come in stages, tried in order: the adjacent positions at the largest size (in
/// QGIS's cartographic order), then rings of farther positions with a leader line at that
/// size, then the same at the next smaller size, and so on. Every candidate of a stage costs
/// less than any of the next one as long as the soft costs added to it stay below this, so a
/// placer can generate stages lazily and still take candidates in cost order.
inline constexpr double kMaxSoftCost = 18;
/// Width of a stage's cost band: stage s costs [s * kStageWidth, (s + 1) * kStageWidth).
inline constexpr double kStageWidth = 50;

/// Number of stages of `request`: two per size step.
inline std::size_t candidate_stages(const LabelRequest& request) {
  return 2 * request.sizes.size();
}

/// The candidates of one stage, cheapest first.
std::vector<LabelCandidate> label_candidates(const LabelRequest& request, std::size_t stage,
                                             const CandidateOptions& options);

}  // namespace footprint::render
