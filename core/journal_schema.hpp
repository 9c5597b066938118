// What a valid journal is: the checks a GeoJSON document must pass to be loaded as a journal.
#pragma once

#include <string>
#include <vector>

#include "core/json_text.hpp"

namespace footprint::core {

/// The journal format version this program reads and writes.
inline constexpr int kJournalFormatVersion = 1;
/// Name of the top-level member that holds journal settings (a GeoJSON "foreign member").
inline constexpr const char* kSettingsMember = "footprint";

/// One thing wrong with a journal, located by JSON pointer and, for entries, by id or index.
struct Problem {
  std::string pointer;  ///< e.g. "/features/3/geometry/coordinates/1"
  std::string entry;    ///< the entry's id, or "#3" when it has none; empty outside entries
  std::string message;  ///< e.g. "latitude 91.2 is outside -90..90"
};

/// Every problem of a parsed journal document, in document order (not just the first).
std::vector<Problem> validate_journal(const Json& doc);

/// Problems of one feature standing at `pointer` (e.g. "/features/3"), as validate_journal
/// reports them; used to check an entry edited by hand before it is saved.
std::vector<Problem> validate_feature(const Json& feature, const std::string& pointer);

}  // namespace footprint::core
