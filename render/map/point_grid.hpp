// A uniform grid of points on the page, for "which points lie within d of here" in constant
// time when d is at most the cell size (MapLibre's grid_index, for points that move).
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "render/geo/geo_types.hpp"

namespace footprint::render {

class PointGrid {
 public:
  /// Cells of `cell_pt` (> 0); queries reach at most that far.
  explicit PointGrid(double cell_pt);

  void insert(std::size_t id, XY p);
  /// Moves point `id` from `from` (where it was inserted or last moved to) to `to`.
  void move(std::size_t id, XY from, XY to);
  /// Ids of the points whose cell is within one cell of `p`'s, cell by cell, in `out` (cleared
  /// first): every point within `cell_pt` of `p` is among them.
  void near(XY p, std::vector<std::size_t>& out) const;
  /// How many points near() would return, without collecting them.
  std::size_t count_near(XY p) const;

 private:
  using Key = std::uint64_t;
  Key key(XY p) const;
  static Key key(std::int32_t cx, std::int32_t cy);
  std::int32_t cell_of(double v) const;

  double cell_;
  std::unordered_map<Key, std::vector<std::size_t>> cells_;
};

}  // namespace footprint::render
