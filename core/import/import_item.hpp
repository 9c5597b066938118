// What every importer (GPX, KML, GeoJSON, GeoPackage, CSV, photos, Google location history)
// hands to the import command: candidate entries read from a file, and what it could not read.
// Readers only read; naming places (reverse lookup), finding duplicates, filtering and saving
// are done once, for every format, by the import command.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/entry.hpp"

namespace footprint::core::import {

/// One entry read from a file. The reader fills coordinates, title, date, end, notes, tags,
/// trip and status as far as the file says; id, place, region and country are left empty for
/// the importer to fill.
struct ImportItem {
  Entry entry;
  /// Where it came from, for messages and --dry-run: "trip.gpx: track 2", "photos/IMG_1.jpg",
  /// "Records.json: placeVisit 14".
  std::string origin;
  /// Files the entry stands for (a photo entry lists its photos), as given to the reader.
  std::vector<std::string> files;
  /// A track's length in km measured on every point read, before it was simplified for storage;
  /// 0 for a point.
  double length_km = 0;
};

/// Something a reader could not take, with where it is: the rest of the file is still read.
struct ImportProblem {
  std::string file;
  /// "line 12, column 3", "row 5", "feature 3", "" when the whole file is unreadable.
  std::string where;
  std::string message;
};

/// What one reader got from one file (or folder).
struct ImportBatch {
  std::vector<ImportItem> items;
  std::vector<ImportProblem> problems;
  /// Things deliberately left out and counted, never guessed: "photos without GPS" -> 12,
  /// "visits shorter than --min-stay" -> 40. Printed by the import command as they are.
  std::vector<std::pair<std::string, std::size_t>> skipped;
};

}  // namespace footprint::core::import
