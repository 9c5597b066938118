// Periods of days, the unit statistics are computed over: a year, a range of dates, the span of
// a journal, and the days an entry covers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/entry.hpp"

namespace footprint::core {

/// Days since 1970-01-01 from `first_day` to `last_day`, both included; empty when last < first.
struct Period {
  long first_day = 0;
  long last_day = -1;

  long days() const { return last_day < first_day ? 0 : last_day - first_day + 1; }
  bool empty() const { return last_day < first_day; }
  bool contains(long day) const { return first_day <= day && day <= last_day; }
  bool operator==(const Period&) const = default;
};

/// January 1 to December 31 of a year.
Period year_period(int year);
/// The first day `from` covers to the last day `to` covers ("2024-06" .. "2024-08" is June 1 to
/// August 31).
Period date_period(const Date& from, const Date& to);

/// The days an entry covers: from the first day of its date to the last day of its end (or of
/// its date), so "2024-09" covers all of September. Nothing for an undated entry.
std::optional<Period> entry_period(const Entry& entry);
/// The days two periods share; empty when they do not overlap.
Period intersection(const Period& a, const Period& b);
/// From the first day of the earliest dated entry to the last day of the latest; empty when no
/// entry has a date.
Period journal_span(const std::vector<Entry>& entries);

/// "2024-06-03" for a day number.
std::string iso_date(long day);
/// Year, month (1..12) and day of a day number (Howard Hinnant's civil_from_days).
struct CivilDate {
  int year = 1970;
  int month = 1;
  int day = 1;
};
CivilDate civil_from_days(long day);

}  // namespace footprint::core
