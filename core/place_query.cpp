#include "core/place_query.hpp"

#include "core/error.hpp"
#include "core/han_fold.hpp"
#include "core/text_fold.hpp"

namespace footprint::core {

std::string place_key(std::string_view name) {
  return std::string(without_city_suffix(fold_key(name)));
}

PlaceQuery PlaceQuery::parse(std::string_view text) {
  PlaceQuery q;
  std::size_t start = 0;
  bool first = true;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    const std::string_view part = text.substr(start, comma - start);
    std::string key = first ? place_key(part) : fold_key(part);
    if (first) {
      q.name_key = std::move(key);
    } else if (!key.empty()) {
      q.qualifier_keys.push_back(std::move(key));
    }
    first = false;
    start = comma + 1;
  }
  if (q.name_key.empty()) {
    throw UsageError("\"" + std::string(text) + "\" has no place name before its first comma");
  }
  return q;
}

}  // namespace footprint::core
