// The positions a label may take around its point, cheapest (most cartographic) first.
#pragma once

#include <cstddef>
#include <vector>

#include "render/label.hpp"

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

/// All candidates of `request`, sorted by cost: for each size step the adjacent positions in
/// QGIS's cartographic order, then rings of farther positions that need a leader line.
std::vector<LabelCandidate> label_candidates(const LabelRequest& request,
                                             const CandidateOptions& options);

}  // namespace footprint::render
