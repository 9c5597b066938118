// What the CLI's commands share about places: the lookup context a journal gives, naming a
// position by reverse lookup, and how places are written out.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/entry.hpp"
#include "core/gazetteer.hpp"
#include "core/journal.hpp"
#include "core/reverse_lookup.hpp"

namespace footprint::cli {

/// The journal's own places, and its entries' and home's positions (to prefer places near them).
core::LookupContext lookup_context(const core::Journal& journal);

/// The names of a position (place, region, country) from the offline data, or nullopt with a
/// warning on stderr when the data is not built: a position given by hand needs no lookup.
std::optional<core::PositionNames> describe_position(core::LonLat position);

/// "1,019,942".
std::string format_population(std::int64_t population);
/// "51.17622,-115.56982": latitude first, as --at takes it.
std::string format_lat_lon(core::LonLat position);
/// A place as JSON for --json output.
core::Json place_json(const core::Place& place);

}  // namespace footprint::cli
