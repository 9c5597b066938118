#include "render/map/point_grid.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace footprint::render {

PointGrid::PointGrid(double cell_pt) : cell_(cell_pt > 0 ? cell_pt : 1) {}

std::int32_t PointGrid::cell_of(double v) const {
  // Pages are small; a point pushed absurdly far (or NaN) lands in an edge cell rather than
  // overflowing the conversion.
  constexpr double kLimit = 1e9;
  const double c = std::floor(v / cell_);
  if (!(c > -kLimit)) return static_cast<std::int32_t>(-kLimit);
  return static_cast<std::int32_t>(std::min(c, kLimit));
}

PointGrid::Key PointGrid::key(std::int32_t cx, std::int32_t cy) {
  return (static_cast<Key>(static_cast<std::uint32_t>(cx)) << 32) | static_cast<std::uint32_t>(cy);
}

PointGrid::Key PointGrid::key(XY p) const {
  return key(cell_of(p.x), cell_of(p.y));
}

void PointGrid::insert(std::size_t id, XY p) {
  cells_[key(p)].push_back(id);
}

void PointGrid::move(std::size_t id, XY from, XY to) {
  const Key old_key = key(from), new_key = key(to);
  if (old_key == new_key) return;
  std::vector<std::size_t>& old_cell = cells_[old_key];
  if (const auto it = std::find(old_cell.begin(), old_cell.end(), id); it != old_cell.end()) {
    *it = old_cell.back();
    old_cell.pop_back();
  }
  cells_[new_key].push_back(id);
}

void PointGrid::near(XY p, std::vector<std::size_t>& out) const {
  out.clear();
  const std::int32_t cx = cell_of(p.x), cy = cell_of(p.y);
  for (std::int32_t dx = -1; dx <= 1; ++dx) {
    for (std::int32_t dy = -1; dy <= 1; ++dy) {
      if (const auto it = cells_.find(key(cx + dx, cy + dy)); it != cells_.end()) {
        out.insert(out.end(), it->second.begin(), it->second.end());
      }
    }
  }
}

}  // namespace footprint::render

namespace footprint::render {

std::size_t PointGrid::count_near(XY p) const {
  std::size_t n = 0;
  const std::int32_t cx = cell_of(p.x), cy = cell_of(p.y);
  for (std::int32_t dx = -1; dx <= 1; ++dx) {
    for (std::int32_t dy = -1; dy <= 1; ++dy) {
      if (const auto it = cells_.find(key(cx + dx, cy + dy)); it != cells_.end()) {
        n += it->second.size();
      }
    }
  }
  return n;
}

}  // namespace footprint::render
