// Travel statistics of a period (a year, a range of dates, the whole journal): what the
// `footprint stats` command prints and the yearly poster shows. Pure computation from entries;
// every definition is in README.md, "Statistics".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/entry.hpp"
#include "core/home.hpp"
#include "core/period.hpp"

namespace footprint::core {

/// An entry more than this far from home is away from home.
inline constexpr double kAwayFromHomeKm = 50.0;

/// A calendar month.
struct YearMonth {
  int year = 1970;
  int month = 1;  ///< 1..12
  auto operator<=>(const YearMonth&) const = default;
};

/// One calendar month of the period (clipped to it).
struct MonthStats {
  YearMonth month;
  int entries = 0;    ///< entries (any status) whose days in the period start in this month
  int days_away = 0;  ///< 0 when the journal has no home
  double km = 0;      ///< legs arriving in this month, tracks starting in it
};

/// Nights spent in a country or region, and the days they belong to.
struct PlaceNights {
  std::string name;  ///< "Canada", or a region as "Alberta, Canada"
  int nights = 0;    ///< pairs of consecutive days both spent there
  int days = 0;
};

/// The place furthest from home (or from the period's first place when there is no home).
struct Furthest {
  std::string entry_id;
  std::string place;
  LonLat position;
  double km = 0;
  std::string from;  ///< the home's place name, or the first place's name without a home
};

/// The visited entry away from home that lasts the most days in the period.
struct LongestStay {
  std::string entry_id;
  std::string title;
  std::string place;
  int days = 0;
};

struct TravelStats {
  Period period;
  bool has_home = false;
  int visited = 0, planned = 0, cancelled = 0;  ///< entries whose days overlap the period
  int undated = 0;  ///< entries of the whole journal without a date: in no period
  int distinct_places = 0;
  std::vector<std::string> countries;   ///< visited, in order of the first visit
  std::vector<std::string> regions;     ///< "Alberta, Canada", in order of the first visit
  std::vector<std::string> new_places;  ///< visited in the period and never before it
  double distance_km = 0;
  std::optional<int> days_away;                ///< nothing when the journal has no home
  std::vector<PlaceNights> nights_by_country;  ///< most nights first, then by name
  std::vector<PlaceNights> nights_by_region;
  std::optional<Furthest> furthest;
  std::optional<LongestStay> longest_stay;
  std::optional<YearMonth> busiest_month;  ///< most entries; the earliest of a tie
  std::vector<MonthStats> months;          ///< every calendar month the period touches, in order

  int entries() const { return visited + planned + cancelled; }
};

/// The statistics of `period` from all of a journal's entries (earlier years decide which places
/// are new). An empty period gives zeros.
TravelStats compute_stats(const std::vector<Entry>& all_entries, const std::optional<Home>& home,
                          const Period& period);

}  // namespace footprint::core
