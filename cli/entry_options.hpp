// The entry fields that `add` and `edit` take as options, and how they apply to an entry.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/entry.hpp"

namespace footprint::cli {

/// Parses "LAT,LON" in degrees ("51.1784,-115.5708"); throws UsageError naming `option`.
core::LonLat parse_lat_lon(const std::string& text, const std::string& option);

/// Options that set entry fields; unset options leave the field as it is.
struct EntryOptions {
  std::optional<std::string> title, place, region, country, date, end, notes, trip, status, at;
  std::vector<std::string> tags;    ///< tags to add
  std::vector<std::string> untags;  ///< tags to remove (edit only)

  /// Declares the options on a subcommand (`with_untag` for edit).
  void declare(CLI::App& command, bool with_untag);
  /// True when at least one option was given.
  bool any() const;
  /// Applies the options to `entry`; an empty value clears a field. Throws UsageError for a bad
  /// date, status or position.
  void apply(core::Entry& entry) const;
};

}  // namespace footprint::cli
