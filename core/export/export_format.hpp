// The formats `footprint export` writes, chosen by --format or the output file's extension.
#pragma once

#include <filesystem>
#include <string_view>

namespace footprint::core::exporting {

enum class ExportFormat { geojson, gpx, kml, csv, geopackage };

/// "geojson", "gpx", "kml", "csv", "gpkg": what --format takes.
std::string_view format_option(ExportFormat format);

/// The format --format names (also "json", "geopackage", any case); throws UsageError.
ExportFormat parse_export_format(std::string_view name);

/// The format of an output file by its extension (.geojson .json .gpx .kml .csv .gpkg); throws
/// UsageError when the extension says none, asking for --format.
ExportFormat export_format_of(const std::filesystem::path& file);

}  // namespace footprint::core::exporting
