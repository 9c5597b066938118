#include "core/date.hpp"

#include <array>
#include <charconv>
#include <compare>
#include <ctime>
#include <string>

#include "core/error.hpp"

namespace footprint::core {
namespace {

constexpr std::array<const char*, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

[[noreturn]] void fail(std::string_view text, const std::string& why) {
  throw UsageError("invalid date \"" + std::string(text) + "\": " + why);
}

// Reads exactly `width` ASCII digits at `pos`.
bool read_digits(std::string_view text, std::size_t pos, std::size_t width, int& out) {
  if (pos + width > text.size()) return false;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  std::from_chars(text.data() + pos, text.data() + pos + width, out);
  return true;
}

// Parses "HH:MM[:SS][.fff][Z|+hh:mm|-hh:mm]" and returns seconds into the day.
int parse_time(std::string_view whole, std::string_view t) {
  int hour = 0, minute = 0, second = 0;
  if (!read_digits(t, 0, 2, hour) || t.size() < 5 || t[2] != ':' || !read_digits(t, 3, 2, minute)) {
    fail(whole, "the time must be written HH:MM or HH:MM:SS");
  }
  std::size_t pos = 5;
  if (pos < t.size() && t[pos] == ':') {
    if (!read_digits(t, pos + 1, 2, second)) fail(whole, "seconds must be two digits");
    pos += 3;
    if (pos < t.size() && t[pos] == '.') {
      ++pos;
      const std::size_t start = pos;
      while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9') ++pos;
      if (pos == start) fail(whole, "a decimal point must be followed by digits");
    }
  }
  if (hour > 23 || minute > 59 || second > 60) fail(whole, "the time of day is out of range");
  std::string_view zone = t.substr(pos);
  if (!zone.empty() && zone != "Z") {
    int zh = 0, zm = 0;
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || !read_digits(zone, 1, 2, zh) ||
        zone[3] != ':' || !read_digits(zone, 4, 2, zm) || zh > 14 || zm > 59) {
      fail(whole, "the time zone must be Z or +hh:mm / -hh:mm");
    }
  }
  return hour * 3600 + minute * 60 + second;
}

}  // namespace

long days_from_civil(int year, int month, int day) {
  year -= month <= 2 ? 1 : 0;
  const long era = (year >= 0 ? year : year - 399) / 400;
  const long yoe = year - era * 400;
  const long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string today_iso() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  std::array<char, 16> buf{};
  std::strftime(buf.data(), buf.size(), "%Y-%m-%d", &local);
  return buf.data();
}

Date Date::parse(std::string_view text) {
  Date d;
  d.text_ = std::string(text);
  if (!read_digits(text, 0, 4, d.year_)) {
    fail(text, "expected a year of four digits, as in 2024, 2024-05 or 2024-05-17");
  }
  if (text.size() == 4) return d;
  if (text[4] != '-' || !read_digits(text, 5, 2, d.month_)) {
    fail(text, "expected YYYY, YYYY-MM or YYYY-MM-DD");
  }
  if (d.month_ < 1 || d.month_ > 12) fail(text, "the month must be 01 to 12");
  d.precision_ = Precision::month;
  if (text.size() == 7) return d;
  if (text[7] != '-' || !read_digits(text, 8, 2, d.day_)) {
    fail(text, "expected YYYY, YYYY-MM or YYYY-MM-DD");
  }
  const int last = days_in_month(d.year_, d.month_);
  if (d.day_ < 1 || d.day_ > last) {
    fail(text, std::string(kMonthNames[d.month_ - 1]) + " " + std::to_string(d.year_) + " has " +
                   std::to_string(last) + " days");
  }
  d.precision_ = Precision::day;
  if (text.size() == 10) return d;
  if (text[10] != 'T' && text[10] != ' ') fail(text, "expected a 'T' before the time of day");
  d.seconds_of_day_ = parse_time(text, text.substr(11));
  d.precision_ = Precision::time;
  return d;
}

long Date::first_day() const {
  return days_from_civil(year_, month_ ? month_ : 1, day_ ? day_ : 1);
}

long Date::last_day() const {
  if (precision_ == Precision::year) return days_from_civil(year_, 12, 31);
  if (precision_ == Precision::month)
    return days_from_civil(year_, month_, days_in_month(year_, month_));
  return first_day();
}

std::strong_ordering Date::operator<=>(const Date& other) const {
  if (auto c = first_day() <=> other.first_day(); std::is_neq(c)) return c;
  if (auto c = seconds_of_day_ <=> other.seconds_of_day_; std::is_neq(c)) return c;
  if (auto c = precision_ <=> other.precision_; std::is_neq(c)) return c;
  return text_ <=> other.text_;
}

}  // namespace footprint::core
