// A place name as a person types it: "Banff", "Banff, AB", "Amherst, Massachusetts, USA".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace footprint::core {

/// A query split at its commas into the name and the qualifiers that narrow it down, each folded
/// by fold_key() ("Banff, Alberta" -> name "banff", qualifiers {"alberta"}).
struct PlaceQuery {
  std::string name_key;
  std::vector<std::string> qualifier_keys;

  /// Throws UsageError when there is no name before the first comma.
  static PlaceQuery parse(std::string_view text);
};

}  // namespace footprint::core
