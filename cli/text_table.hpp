// Plain-text tables for the terminal, aligned by display width (Chinese characters take two
// columns, combining accents none).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace footprint::cli {

/// Columns a UTF-8 text takes in a terminal.
std::size_t display_width(std::string_view s);

/// Cuts a text to at most `width` columns, ending with "…" when it was cut.
std::string fit_width(std::string_view s, std::size_t width);

/// An integer with its thousands grouped: "18,400", "-1,019,942".
std::string group_thousands(std::int64_t value);

/// Rows of cells printed with two spaces between columns; the last column is not padded and is
/// cut to `max_width` columns when that is not 0.
std::string format_table(const std::vector<std::vector<std::string>>& rows, std::size_t max_width);

}  // namespace footprint::cli
