// Edit distance between search keys, for suggesting the names nearest to a misspelling.
#pragma once

#include <cstddef>
#include <string_view>

namespace footprint::core {

/// Optimal-string-alignment distance: insertions, deletions, substitutions and transpositions of
/// two neighbouring bytes each cost 1 ("calgray" -> "calgary" is 1). Stops early and returns
/// `limit + 1` once the distance is known to exceed `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace footprint::core
