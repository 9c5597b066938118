// Duplicates among imported entries and against the journal: the same place (within
// kSamePlaceKm) at an overlapping date. Importing a file twice adds nothing the second time.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/entry.hpp"
#include "core/import/import_item.hpp"

namespace footprint::core::import {

/// Two positions closer than this are the same place: a building, not a town.
inline constexpr double kSamePlaceKm = 0.1;

/// True when `a` and `b` record the same visit: both points within kSamePlaceKm, or both tracks
/// with their starts and their ends within it; and their days overlap (or neither has a date).
bool same_visit(const Entry& a, const Entry& b);

struct Deduplicated {
  /// Items to add, each with the duplicates found in the batch merged into it.
  std::vector<ImportItem> to_add;
  /// Items merged into another of the batch: the item, and the index in `to_add` it went into.
  std::vector<std::pair<ImportItem, std::size_t>> merged;
  /// Items the journal has already: the item, and the id of the journal's entry.
  std::vector<std::pair<ImportItem, std::string>> existing;
};

/// Splits `items` (in order) into new ones, duplicates of an earlier item (merged into it: its
/// tags and files added, its empty fields filled) and duplicates of a journal entry (left out;
/// the journal's entry is never changed).
Deduplicated remove_duplicates(std::vector<ImportItem> items, const std::vector<Entry>& journal);

}  // namespace footprint::core::import
