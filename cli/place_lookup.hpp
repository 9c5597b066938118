// What the CLI's commands share about places: the lookup context a journal gives, naming a
// position by reverse lookup, and how places are written out.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "cli/entry_options.hpp"
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

/// Resolves `entry.place` in the gazetteer (own places first, places near the journal's preferred)
/// and sets the entry's position, place, region and country from it, leaving the fields that
/// `given` sets. Throws Ambiguous or NotFound listing what to type instead.
core::Place resolve_entry_place(core::Entry& entry, const core::Journal& journal,
                                const EntryOptions& given);

/// gazetteer.resolve(query, context).place(), with a NotFound that ends by showing how to add the
/// name as one's own place: to add it as your own place: footprint place add "NAME" --at LAT,LON.
const core::Place& resolve_place(const core::Resolution& resolution);

/// What `footprint add QUERY` does with a resolution, and why, in one line: "add \"Banff\" takes
/// Banff, Alberta, Canada: it weighs 7.5 times the next (a clear pick takes 5 times, ...)".
std::string add_verdict(const core::Resolution& resolution);

/// Fills the place, region and country that neither the command line nor the user gave from
/// the names of the entry's position.
void name_entry_by_position(core::Entry& entry, const core::PositionNames& names,
                            const EntryOptions& given);

/// "1,019,942".
std::string format_population(std::int64_t population);
/// "51.17622,-115.56982": latitude first, as --at takes it.
std::string format_lat_lon(core::LonLat position);
/// A place as JSON for --json output; `near` (the journal's positions) for its score and reasons.
core::Json place_json(const core::Place& place, std::span<const core::LonLat> near = {});

}  // namespace footprint::cli
