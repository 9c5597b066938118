// Where the traveller was on each day of a period, from entries whose dates overlap: a summer
// internship from June to September with a long weekend at home in July, or a conference inside
// a longer trip.
#pragma once

#include <cstddef>
#include <vector>

#include "core/period.hpp"

namespace footprint::core {

/// Days `first_day`..`last_day` of a period spent at the place of `stays[stay]`.
struct DayRun {
  long first_day = 0;
  long last_day = 0;
  std::size_t stay = 0;

  long days() const { return last_day - first_day + 1; }
};

/// One candidate for where the traveller was: the days an entry covers.
struct Stay {
  Period days;       ///< whole, not clipped: the length decides between overlapping stays
  bool away = true;  ///< wins a tie of equal lengths against a stay at home
};

/// Each day of `period` that some stay covers goes to the shortest stay covering it (a weekend
/// at home inside a three-month internship is at home; a day trip inside weeks of lessons at
/// home is away). Equal lengths: away before home, then the later stay in `stays` (a travel day
/// ends where the traveller arrived). Runs come in day order; days no stay covers have none.
/// Cost O(n log n) in the number of stays, whatever their lengths.
std::vector<DayRun> whereabouts(const std::vector<Stay>& stays, const Period& period);

/// The days of `runs` that fall in `period`.
long days_within(const std::vector<DayRun>& runs, const Period& period);

}  // namespace footprint::core
