#include "core/period.hpp"

#include <algorithm>
#include <cstdio>

namespace footprint::core {

Period year_period(int year) {
  return {days_from_civil(year, 1, 1), days_from_civil(year, 12, 31)};
}

Period date_period(const Date& from, const Date& to) {
  return {from.first_day(), to.last_day()};
}

std::optional<Period> entry_period(const Entry& entry) {
  if (!entry.date) return std::nullopt;
  // The validator guarantees that an end does not finish before its date starts.
  const long last = entry.end ? entry.end->last_day() : entry.date->last_day();
  return Period{entry.date->first_day(), std::max(last, entry.date->first_day())};
}

Period intersection(const Period& a, const Period& b) {
  return {std::max(a.first_day, b.first_day), std::min(a.last_day, b.last_day)};
}

Period journal_span(const std::vector<Entry>& entries) {
  Period span;
  bool any = false;
  for (const auto& e : entries) {
    const auto p = entry_period(e);
    if (!p) continue;
    span.first_day = any ? std::min(span.first_day, p->first_day) : p->first_day;
    span.last_day = any ? std::max(span.last_day, p->last_day) : p->last_day;
    any = true;
  }
  return span;
}

CivilDate civil_from_days(long day) {
  const long z = day + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

std::string iso_date(long day) {
  const CivilDate c = civil_from_days(day);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
  return buf;
}

}  // namespace footprint::core
