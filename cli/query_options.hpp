// The entry filters that `list` and `map` share, turned from option values into a core::Query.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/query.hpp"

namespace footprint::cli {

/// Builds the query; throws UsageError for a bad date, status or --search text.
core::Query make_query(std::optional<int> year, const std::string& from, const std::string& to,
                       const std::vector<std::string>& tags, const std::string& trip,
                       const std::string& status, const std::string& text);

}  // namespace footprint::cli
