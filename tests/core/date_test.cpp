#include "core/date.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace footprint::core {
namespace {

TEST(Date, ParsesPartialDates) {
  EXPECT_EQ(Date::parse("2024").precision(), Date::Precision::year);
  EXPECT_EQ(Date::parse("2024-05").month(), 5);
  const Date d = Date::parse("2024-10-12");
  EXPECT_EQ(d.year(), 2024);
  EXPECT_EQ(d.month(), 10);
  EXPECT_EQ(d.day(), 12);
  EXPECT_EQ(d.text(), "2024-10-12");
}

TEST(Date, ParsesTimesAndZones) {
  const Date d = Date::parse("2024-06-29T14:30:05+02:00");
  EXPECT_EQ(d.precision(), Date::Precision::time);
  EXPECT_EQ(d.seconds_of_day(), 14 * 3600 + 30 * 60 + 5);
  EXPECT_NO_THROW(Date::parse("2024-06-29T14:30Z"));
  EXPECT_NO_THROW(Date::parse("2024-06-29T14:30:05.250Z"));
}

TEST(Date, RefusesImpossibleDatesWithAReason) {
  try {
    Date::parse("2024-02-30");
    FAIL() << "2024-02-30 was accepted";
  } catch (const UsageError& e) {
    EXPECT_STREQ(e.what(), "invalid date \"2024-02-30\": February 2024 has 29 days");
  }
  EXPECT_THROW(Date::parse("2023-02-29"), UsageError);
  EXPECT_THROW(Date::parse("2024-13"), UsageError);
  EXPECT_THROW(Date::parse("24-01-01"), UsageError);
  EXPECT_THROW(Date::parse("2024-1-5"), UsageError);
  EXPECT_THROW(Date::parse("2024-01-05T25:00"), UsageError);
  EXPECT_THROW(Date::parse("2024-01-05T10:00+2"), UsageError);
  EXPECT_THROW(Date::parse(""), UsageError);
}

TEST(Date, CoversWholeMonthsAndYears) {
  EXPECT_EQ(Date::parse("2024-02").last_day() - Date::parse("2024-02").first_day(), 28);
  EXPECT_EQ(Date::parse("2024").last_day() - Date::parse("2024").first_day(), 365);
  EXPECT_EQ(Date::parse("1970-01-01").first_day(), 0);
}

TEST(Date, OrdersByDayThenTime) {
  EXPECT_LT(Date::parse("2024-05"), Date::parse("2024-05-01"));
  EXPECT_LT(Date::parse("2024-05-01"), Date::parse("2024-05-01T08:00"));
  EXPECT_LT(Date::parse("2024-04-30"), Date::parse("2024-05"));
}

}  // namespace
}  // namespace footprint::core
