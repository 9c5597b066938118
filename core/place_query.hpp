// A place name as a person types it: "Banff", "Banff, AB", "Amherst, Massachusetts, USA".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace footprint::core {

/// The key a place's name is indexed and looked up by: fold_key(), without a trailing 市 ("city")
/// in Chinese ("溫哥華市" -> "温哥华").
std::string place_key(std::string_view name);

/// A query split at its commas into the name (by place_key()) and the qualifiers that narrow it
/// down (by fold_key()): "Banff, Alberta" -> name "banff", qualifiers {"alberta"}.
struct PlaceQuery {
  std::string name_key;
  std::vector<std::string> qualifier_keys;

  /// Throws UsageError when there is no name before the first comma.
  static PlaceQuery parse(std::string_view text);
};

}  // namespace footprint::core
