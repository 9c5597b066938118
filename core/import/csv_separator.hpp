// Which character separates a CSV file's columns: comma, semicolon, tab or "|", as spreadsheets,
// databases (`sqlite3`, `psql -A` write "|") and GDAL write them.
#pragma once

#include <filesystem>
#include <string_view>

namespace footprint::core::import {

/// The separator of a header line: of ',' ';' '\t' and '|' the one found most often outside
/// double quotes (ties in that order); ',' when there is none (a file of one column).
char csv_separator(std::string_view header);

/// csv_separator() of the file's first line (its first 64 KiB at most); ',' for an empty or
/// unreadable file, which the CSV reader then reports.
char csv_file_separator(const std::filesystem::path& file);

/// True when the file starts with a UTF-16 byte-order mark (a spreadsheet's "Unicode text"),
/// which the CSV reader does not read.
bool csv_file_is_utf16(const std::filesystem::path& file);

}  // namespace footprint::core::import
