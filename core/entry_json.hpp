// Converting between an Entry and its GeoJSON Feature, keeping members the program does not know.
#pragma once

#include "core/entry.hpp"
#include "core/json_text.hpp"

namespace footprint::core {

/// The entry a valid feature (one that validate_feature accepts) describes.
Entry entry_from_feature(const Json& feature);

/// A new Feature for an entry: members in the documented order, empty ones left out.
Json feature_from_entry(const Entry& entry);

/// Writes an entry's fields into an existing feature: changed members change in place, emptied
/// ones are removed, and members the program does not know are left exactly as they were.
void update_feature(Json& feature, const Entry& entry);

}  // namespace footprint::core
