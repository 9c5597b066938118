// Which reader a file is for, by its extension and, when that says nothing, its first bytes.
#pragma once

#include <filesystem>
#include <string_view>

namespace footprint::core::import {

enum class FileKind {
  gpx,
  kml,
  kmz,
  geojson,
  geopackage,
  csv,
  photo,           ///< .jpg .jpeg .heic .heif, or JPEG bytes
  google_history,  ///< a JSON file of Google location history (Takeout or on-device Timeline)
  unknown,
};

/// The kind of a regular file. Throws IoError when it cannot be read to look at its bytes.
FileKind detect_file_kind(const std::filesystem::path& file);

/// What the user would call it: "GPX", "a photo", "Google location history".
std::string_view kind_name(FileKind kind);

}  // namespace footprint::core::import
