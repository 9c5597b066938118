// `footprint stats` as people read it: a summary, nights by country and region, and a table of
// months (of years, for periods longer than two years).
#pragma once

#include <string>

#include "core/stats.hpp"

namespace footprint::cli {

/// How the period was asked for, to name it in the output.
struct PeriodName {
  std::string title;  ///< "for 2024", "from 2024-06 to 2024-08", "for the whole journal"
  std::string in;     ///< "in 2024", "from 2024-06 to 2024-08", "in the journal"
};

/// The statistics as aligned text with thousands grouped ("18,400 km").
std::string format_stats_text(const core::TravelStats& stats, const PeriodName& name,
                              const std::string& home_place);

}  // namespace footprint::cli
