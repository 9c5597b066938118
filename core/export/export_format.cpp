#include "core/export/export_format.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "core/error.hpp"

namespace footprint::core::exporting {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

std::string_view format_option(ExportFormat format) {
  switch (format) {
    case ExportFormat::geojson:
      return "geojson";
    case ExportFormat::gpx:
      return "gpx";
    case ExportFormat::kml:
      return "kml";
    case ExportFormat::csv:
      return "csv";
    case ExportFormat::geopackage:
      return "gpkg";
  }
  return "";
}

ExportFormat parse_export_format(std::string_view name) {
  const std::string n = lower(name);
  if (n == "geojson" || n == "json") return ExportFormat::geojson;
  if (n == "gpx") return ExportFormat::gpx;
  if (n == "kml") return ExportFormat::kml;
  if (n == "csv") return ExportFormat::csv;
  if (n == "gpkg" || n == "geopackage") return ExportFormat::geopackage;
  throw UsageError("--format: unknown format \"" + std::string(name) +
                   "\" (geojson, gpx, kml, csv or gpkg)");
}

ExportFormat export_format_of(const std::filesystem::path& file) {
  const std::string ext = lower(file.extension().string());
  if (ext.size() > 1) {
    try {
      return parse_export_format(ext.substr(1));
    } catch (const UsageError&) {
    }
  }
  throw UsageError("cannot tell the format of " + file.string() +
                   " from its extension; say it with --format geojson|gpx|kml|csv|gpkg");
}

}  // namespace footprint::core::exporting
