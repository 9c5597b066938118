#include "core/stats_months.hpp"

#include <algorithm>

namespace footprint::core {
namespace {

long month_number(const YearMonth& m) {
  return m.year * 12L + (m.month - 1);
}

YearMonth month_of(long day) {
  const CivilDate c = civil_from_days(day);
  return {c.year, c.month};
}

}  // namespace

MonthTable::MonthTable(const Period& period) {
  if (period.empty()) return;
  first_ = month_of(period.first_day);
  const long count = month_number(month_of(period.last_day)) - month_number(first_) + 1;
  months_.resize(static_cast<std::size_t>(count));
  for (long i = 0; i < count; ++i) {
    const long n = month_number(first_) + i;
    months_[static_cast<std::size_t>(i)].month = {static_cast<int>(n / 12),
                                                  static_cast<int>(n % 12) + 1};
  }
}

std::size_t MonthTable::index_of(long day) const {
  return static_cast<std::size_t>(month_number(month_of(day)) - month_number(first_));
}

MonthStats& MonthTable::at(long day) {
  return months_.at(index_of(day));
}

void MonthTable::add_days_away(long first_day, long last_day) {
  for (long day = first_day; day <= last_day;) {
    const YearMonth m = month_of(day);
    const long month_end =
        std::min(last_day, days_from_civil(m.year, m.month, days_in_month(m.year, m.month)));
    at(day).days_away += static_cast<int>(month_end - day + 1);
    day = month_end + 1;
  }
}

std::optional<YearMonth> busiest_month(const std::vector<MonthStats>& months) {
  const MonthStats* best = nullptr;
  for (const MonthStats& m : months) {
    if (m.entries > 0 && (!best || m.entries > best->entries)) best = &m;
  }
  if (!best) return std::nullopt;
  return best->month;
}

}  // namespace footprint::core
