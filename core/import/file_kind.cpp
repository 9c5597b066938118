#include "core/import/file_kind.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "core/import/photo_history_dispatch.hpp"

namespace footprint::core::import {
namespace {

std::string lower_extension(const std::filesystem::path& file) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

std::string first_bytes(const std::filesystem::path& file, std::size_t n) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw IoError("cannot read " + file.string());
  std::string bytes(n, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(n));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

FileKind json_kind(const std::filesystem::path& file) {
  return looks_like_location_history(file) ? FileKind::google_history : FileKind::geojson;
}

FileKind kind_by_content(const std::filesystem::path& file) {
  const std::string head = first_bytes(file, 1024);
  if (head.rfind(std::string("SQLite format 3\0", 16), 0) == 0) return FileKind::geopackage;
  if (head.rfind("PK\x03\x04", 0) == 0) return FileKind::kmz;
  if (head.rfind("\xFF\xD8\xFF", 0) == 0) return FileKind::photo;
  const auto start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (start == std::string::npos) return FileKind::unknown;
  if (head[start] == '{' || head[start] == '[') return json_kind(file);
  if (head[start] == '<') {
    if (head.find("<gpx") != std::string::npos) return FileKind::gpx;
    if (head.find("<kml") != std::string::npos) return FileKind::kml;
  }
  return FileKind::unknown;
}

}  // namespace

FileKind detect_file_kind(const std::filesystem::path& file) {
  const std::string ext = lower_extension(file);
  if (ext == ".gpx") return FileKind::gpx;
  if (ext == ".kml") return FileKind::kml;
  if (ext == ".kmz") return FileKind::kmz;
  if (ext == ".geojson") return FileKind::geojson;
  if (ext == ".gpkg") return FileKind::geopackage;
  if (ext == ".csv" || ext == ".tsv" || ext == ".psv") return FileKind::csv;
  if (is_photo_file(file)) return FileKind::photo;
  if (ext == ".json") return json_kind(file);
  return kind_by_content(file);
}

std::string_view kind_name(FileKind kind) {
  switch (kind) {
    case FileKind::gpx:
      return "GPX";
    case FileKind::kml:
      return "KML";
    case FileKind::kmz:
      return "KMZ";
    case FileKind::geojson:
      return "GeoJSON";
    case FileKind::geopackage:
      return "GeoPackage";
    case FileKind::csv:
      return "CSV";
    case FileKind::photo:
      return "a photo";
    case FileKind::google_history:
      return "Google location history";
    case FileKind::unknown:
      return "unknown";
  }
  return "unknown";
}

}  // namespace footprint::core::import
