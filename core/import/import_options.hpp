// What the import command tells its readers, filled from the command line and the journal: one
// struct for every reader (the photo and location-history readers take what they need from it).
#pragma once

#include <filesystem>
#include <optional>

#include "core/entry.hpp"
#include "core/import/field_roles.hpp"

namespace footprint::core::import {

struct ImportOptions {
  /// --columns: CSV (and other table) columns named outright, by role.
  ColumnNames columns;
  /// --min-stay in minutes: location-history visits shorter than this are skipped; unset, the
  /// history reader's default.
  std::optional<int> min_stay_minutes;
  /// --include-home: keep location-history visits to home.
  bool include_home = false;
  /// --tracks: location-history journeys become tracks (LineString entries).
  bool tracks = false;
  /// The journal's home, when it has one with a position.
  std::optional<LonLat> home;
  /// The journal's folder: photo paths are written relative to it where they can be.
  std::filesystem::path journal_folder;
};

}  // namespace footprint::core::import
