// The traveller's home, from the journal's settings: where trips start and end.
#pragma once

#include <optional>
#include <string>

#include "core/entry.hpp"
#include "core/journal.hpp"

namespace footprint::core {

/// Home as the journal records it ("footprint": {"home": {"place", "coordinates"}}).
struct Home {
  std::string place;  ///< may be empty
  LonLat position;
};

/// The journal's home; nothing when it has none, or one without a position (it cannot be
/// measured from).
std::optional<Home> journal_home(const Journal& journal);

}  // namespace footprint::core
