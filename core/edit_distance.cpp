#include "core/edit_distance.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <vector>

namespace footprint::core {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  // Three rows of the dynamic-programming table: two back are needed for transpositions. Place
  // names are short, so the rows usually live on the stack: this runs for thousands of names.
  constexpr std::size_t kStackRow = 64;
  std::array<std::size_t, 3 * kStackRow> stack_rows;
  std::vector<std::size_t> heap_rows;
  std::size_t* rows = stack_rows.data();
  if (m + 1 > kStackRow) {
    heap_rows.resize(3 * (m + 1));
    rows = heap_rows.data();
  }
  const std::size_t stride = m + 1 > kStackRow ? m + 1 : kStackRow;
  std::span<std::size_t> two_back(rows, m + 1), previous(rows + stride, m + 1),
      current(rows + 2 * stride, m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    std::size_t row_min = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], two_back[j - 2] + 1);
      }
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > limit) return limit + 1;  // every later row is at least this far
    std::swap(two_back, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], limit + 1);
}

}  // namespace footprint::core
