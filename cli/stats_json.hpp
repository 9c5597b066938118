// `footprint stats --json`: the statistics as one JSON object whose keys are documented in
// README.md ("Statistics") and stay stable.
#pragma once

#include <optional>

#include "core/home.hpp"
#include "core/json_text.hpp"
#include "core/stats.hpp"

namespace footprint::cli {

/// The statistics as JSON; distances in km rounded to 0.1, dates as ISO 8601 text.
core::Json stats_json(const core::TravelStats& stats, const std::optional<core::Home>& home);

}  // namespace footprint::cli
