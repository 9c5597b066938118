// Fuzz target: the date parser. Any text is either a date that says what it covers consistently,
// or a UsageError naming the text; never a crash, an overflow or an out-of-range month.
#include <compare>
#include <cstdint>
#include <string>

#include "core/date.hpp"
#include "core/error.hpp"
#include "fuzz_check.hpp"

namespace {

using footprint::core::Date;

void check_date(const Date& d, const std::string& text) {
  FUZZ_CHECK(d.text() == text, "a date is written back as it was given");
  FUZZ_CHECK(d.first_day() <= d.last_day(), "a date covers at least one day");
  FUZZ_CHECK(d.year() >= 0 && d.year() <= 9999, "years have four digits");
  switch (d.precision()) {
    case Date::Precision::year:
      FUZZ_CHECK(d.month() == 0 && d.day() == 0 && text.size() == 4, "a year is YYYY");
      break;
    case Date::Precision::month:
      FUZZ_CHECK(d.day() == 0 && text.size() == 7, "a month is YYYY-MM");
      break;
    case Date::Precision::day:
      FUZZ_CHECK(text.size() == 10, "a day is YYYY-MM-DD");
      break;
    case Date::Precision::time:
      FUZZ_CHECK(text.size() > 10, "a time follows a day");
      break;
  }
  if (d.month() != 0) FUZZ_CHECK(d.month() >= 1 && d.month() <= 12, "months are 1..12");
  if (d.day() != 0) {
    FUZZ_CHECK(d.day() <= footprint::core::days_in_month(d.year(), d.month()), "the day exists");
  }
  FUZZ_CHECK(d.seconds_of_day() >= 0 && d.seconds_of_day() <= 86400, "a time lies within its day");
  const Date again = Date::parse(d.text());
  FUZZ_CHECK(again == d && std::is_eq(again <=> d), "a date parses the same twice");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    check_date(Date::parse(text), text);
  } catch (const footprint::UsageError& e) {
    FUZZ_CHECK(std::string(e.what()).starts_with("invalid date \""), "errors name the date");
  }
  return 0;
}
