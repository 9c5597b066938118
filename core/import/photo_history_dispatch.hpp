// Where the import command meets the photo and Google location-history readers
// (core/import/photos.hpp, core/import/google_history.hpp): their options filled from the
// command's.
#pragma once

#include <filesystem>
#include <vector>

#include "core/import/import_item.hpp"
#include "core/import/import_options.hpp"

namespace footprint::core::import {

/// A photo by its extension: .jpg .jpeg .heic .heif, any case.
bool is_photo_file(const std::filesystem::path& file);

/// True when a .json file holds Google location history rather than GeoJSON.
/// (Merged: core::import::looks_like_google_history.)
bool looks_like_location_history(const std::filesystem::path& file);

/// Reads photos, all at once so that photos of one place and day become one entry.
/// (Merged: read_photos(files, PhotoOptions from `options`).)
ImportBatch read_photo_files(const std::vector<std::filesystem::path>& files,
                             const ImportOptions& options);

/// Reads one location-history file. (Merged: read_google_history(file, HistoryOptions from
/// `options`: min_stay_minutes, include_home, home).)
ImportBatch read_location_history(const std::filesystem::path& file, const ImportOptions& options);

}  // namespace footprint::core::import
