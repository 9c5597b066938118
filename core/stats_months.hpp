// The calendar months of a statistics period, each with its own figures.
#pragma once

#include <optional>
#include <vector>

#include "core/period.hpp"
#include "core/stats.hpp"

namespace footprint::core {

/// One MonthStats per calendar month a period touches, found by day.
class MonthTable {
 public:
  explicit MonthTable(const Period& period);

  /// The month of a day of the period.
  MonthStats& at(long day);
  /// Counts days first..last (inside the period) as away, each in its own month.
  void add_days_away(long first_day, long last_day);
  std::vector<MonthStats> take() { return std::move(months_); }

 private:
  std::size_t index_of(long day) const;

  YearMonth first_;
  std::vector<MonthStats> months_;
};

/// The month with the most entries, the earliest of a tie; nothing when no month has one.
std::optional<YearMonth> busiest_month(const std::vector<MonthStats>& months);

}  // namespace footprint::core
