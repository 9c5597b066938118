// Dates of journal entries: ISO 8601 calendar dates that may be partial (a year, a month)
// or carry a time of day, as travellers know them.
#pragma once

#include <compare>
#include <string>
#include <string_view>

namespace footprint::core {

/// A calendar date as written in a journal: "2024", "2024-05", "2024-05-17" or
/// "2024-05-17T14:30[:05][Z|+02:00]". Unknown parts are 0.
class Date {
 public:
  enum class Precision { year, month, day, time };

  /// Parses ISO 8601 text; throws UsageError naming what is wrong (e.g. "2024-02-30:
  /// February 2024 has 29 days").
  static Date parse(std::string_view text);

  int year() const { return year_; }
  int month() const { return month_; }  ///< 1..12, 0 when unknown
  int day() const { return day_; }      ///< 1..31, 0 when unknown
  Precision precision() const { return precision_; }
  /// The text it was parsed from, which is also how it is written back.
  const std::string& text() const { return text_; }

  /// Days since 1970-01-01 of the first and last day the date covers
  /// ("2024-05" covers 2024-05-01 .. 2024-05-31).
  long first_day() const;
  long last_day() const;
  /// Seconds into the first day when a time was given (local to the stated offset), else 0.
  int seconds_of_day() const { return seconds_of_day_; }

  /// Orders by first day, then time of day, then precision (a whole month before its days).
  std::strong_ordering operator<=>(const Date& other) const;
  bool operator==(const Date& other) const { return text_ == other.text_; }

 private:
  int year_ = 0;
  int month_ = 0;
  int day_ = 0;
  int seconds_of_day_ = 0;
  Precision precision_ = Precision::year;
  std::string text_;
};

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
long days_from_civil(int year, int month, int day);
/// Number of days in a month of a year (leap years included).
int days_in_month(int year, int month);
/// Today's date in the local time zone, as "YYYY-MM-DD".
std::string today_iso();

}  // namespace footprint::core
