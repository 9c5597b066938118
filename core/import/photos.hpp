// The photo reader of `footprint import`: geotagged JPEG and HEIC/HEIF photos become entries,
// one per place and day, each listing its photos.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <vector>

#include "core/import/import_item.hpp"

namespace footprint::core::import {

struct PhotoOptions {
  /// The journal's folder: photos inside it are listed relative to it, others by absolute path.
  std::filesystem::path relative_to;
  /// Called after each photo is read.
  std::function<void(std::size_t done, std::size_t total)> progress;
  /// Photos of one day within this distance of the first photo of a group join that group.
  double same_place_km = 1.0;
};

/// True for the extensions of the photos this reader takes: .jpg, .jpeg, .jpe, .heic, .heif,
/// .hif, in any case.
bool is_photo_path(const std::filesystem::path& path);

/// Reads the photos' Exif data (only the head of each file) and groups them: photos taken on the
/// same local day within `same_place_km` of a group's first photo are one entry, at that photo's
/// position, dated from the first photo to the last. Photos without a GPS position are counted
/// in `skipped` as "photos without GPS"; unreadable ones are problems naming the file.
ImportBatch read_photos(const std::vector<std::filesystem::path>& paths,
                        const PhotoOptions& options);

}  // namespace footprint::core::import
