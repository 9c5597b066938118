// How entries are shown on the terminal: table cells and the detailed view.
#pragma once

#include <string>

#include "core/entry.hpp"

namespace footprint::cli {

/// "2024-10-12" or "2024-12-10..2024-12-15"; empty without a date.
std::string format_dates(const core::Entry& entry);
/// "Banff, Alberta, Canada", leaving out what is empty.
std::string format_place(const core::Entry& entry);
/// "51.17820, -115.57080": latitude first, as people read positions, to 5 decimals (about 1 m).
std::string format_position(const core::LonLat& position);
/// Every field of an entry, one per line, for `footprint show`.
std::string format_details(const core::Entry& entry);

}  // namespace footprint::cli
