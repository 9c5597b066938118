// Tests core/whereabouts.cpp: which stay a day belongs to when stays overlap.
#include "core/whereabouts.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace footprint::core {
namespace {

struct Expected {
  long first_day, last_day;
  std::size_t stay;
};

void expect_runs(const std::vector<DayRun>& runs, const std::vector<Expected>& expected) {
  ASSERT_EQ(runs.size(), expected.size());
  for (std::size_t i = 0; i < runs.size(); ++i) {
    EXPECT_EQ(runs[i].first_day, expected[i].first_day) << i;
    EXPECT_EQ(runs[i].last_day, expected[i].last_day) << i;
    EXPECT_EQ(runs[i].stay, expected[i].stay) << i;
  }
}

TEST(Whereabouts, TheShortestStayCoveringADayHasIt) {
  // A trip of days 10..40, a stay at home of days 20..22 inside it, and a day trip at 30.
  const std::vector<Stay> stays = {{{10, 40}, true}, {{20, 22}, false}, {{30, 30}, true}};
  expect_runs(whereabouts(stays, {0, 100}),
              {{10, 19, 0}, {20, 22, 1}, {23, 29, 0}, {30, 30, 2}, {31, 40, 0}});
  EXPECT_EQ(days_within(whereabouts(stays, {0, 100}), {0, 100}), 31);  // each day once
}

TEST(Whereabouts, AwayWinsATieThenTheLaterStay) {
  expect_runs(whereabouts({{{5, 5}, true}, {{5, 5}, false}}, {0, 10}), {{5, 5, 0}});
  expect_runs(whereabouts({{{5, 5}, true}, {{5, 5}, true}}, {0, 10}), {{5, 5, 1}});
}

TEST(Whereabouts, ClippedToThePeriodButMeasuredWhole) {
  // Stay 0 is longer in all but only 3 days of it are in the period; stay 1 is shorter.
  const std::vector<Stay> stays = {{{-100, 2}, true}, {{0, 9}, true}};
  expect_runs(whereabouts(stays, {0, 5}), {{0, 5, 1}});
  EXPECT_TRUE(whereabouts(stays, {20, 10}).empty());  // an empty period
  EXPECT_EQ(days_within(whereabouts({{{0, 40}, true}}, {0, 40}), {31, 59}), 10);
}

TEST(Whereabouts, CostDoesNotGrowWithTheLengthOfStays) {
  // 20,000 stays of up to 9,999 years each: painting them day by day would take hours.
  std::vector<Stay> stays;
  for (long i = 0; i < 20000; ++i) stays.push_back({{-719000 + i, 2900000 - i}, i % 2 == 0});
  const auto start = std::chrono::steady_clock::now();
  const auto runs = whereabouts(stays, {-719162, 2932896});
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_EQ(days_within(runs, {-719162, 2932896}), 2900000 + 719000 + 1);
}

}  // namespace
}  // namespace footprint::core
