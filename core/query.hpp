// Selecting entries: the filters of `footprint list` (and of maps), and date order.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/entry.hpp"

namespace footprint::core {

/// What to select; an unset filter selects everything. Date filters select entries whose dates
/// overlap the period; entries without a date never match a date filter.
struct Query {
  std::optional<int> year;
  std::optional<Date> from;       ///< from the first day this covers
  std::optional<Date> to;         ///< to the last day this covers
  std::vector<std::string> tags;  ///< every tag given must be present
  std::string trip;
  std::optional<Status> status;
  std::string text;  ///< case- and accent-insensitive, in id, title, place, notes, tags, trip

  bool matches(const Entry& entry) const;
};

/// The entries that match, in date order (undated entries last, file order among equals).
std::vector<Entry> select(std::vector<Entry> entries, const Query& query);

}  // namespace footprint::core
