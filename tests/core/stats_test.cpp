// Tests core/stats.cpp (and the pieces it is made of: period, home, travel legs, place folding),
// with figures computed by hand. Reference distances come from PROJ's geod_inverse (Karney's
// algorithm, WGS 84), an implementation independent of the Boost.Geometry one under test:
//   Edmonton (53.5461, -113.4938) -> Calgary (51.0447, -114.0719)   281.1159 km
//   Suva, Fiji (-18.1416, 178.4419) -> Apia, Samoa (-13.8333, -171.7667)   1151.0525 km
//   Calgary -> Banff (51.1691, -115.5915)   107.3212 km
//   one degree of longitude along the equator: 6378.137 km * pi / 180 = 111.3195 km
#include "core/stats.hpp"

#include <gtest/gtest.h>

#include "core/journal.hpp"

namespace footprint::core {
namespace {

constexpr LonLat kEdmonton{-113.4938, 53.5461};
constexpr LonLat kCalgary{-114.0719, 51.0447};
constexpr LonLat kMenloPark{-122.1483, 37.4839};
constexpr LonLat kRedwoodCity{-122.2293, 37.4866};
constexpr LonLat kSanFrancisco{-122.4176, 37.7795};
constexpr LonLat kBanff{-115.5915, 51.1691};
constexpr LonLat kSuva{178.4419, -18.1416};
constexpr LonLat kApia{-171.7667, -13.8333};
constexpr double kEdmontonCalgaryKm = 281.1159;
constexpr double kSuvaApiaKm = 1151.0525;
constexpr double kEquatorDegreeKm = 111.3195;

const std::optional<Home> kHome = Home{"Edmonton", kEdmonton};
const std::optional<Home> kNoHome;

// An entry built field by field: at("Calgary", kCalgary).on("2024-04-16").
struct Make {
  Entry e;
  Make& on(const std::string& date, const std::string& end = "") {
    e.date = Date::parse(date);
    if (!end.empty()) e.end = Date::parse(end);
    if (e.id.empty() || e.id.front() == '-') e.id = date + e.id;
    return *this;
  }
  Make& in(const std::string& region, const std::string& country) {
    e.region = region;
    e.country = country;
    return *this;
  }
  Make& status(Status s) {
    e.status = s;
    return *this;
  }
  operator Entry() const { return e; }
};

Make at(const std::string& place, LonLat position) {
  Make m;
  m.e.place = place;
  m.e.id = "-" + place;
  m.e.coordinates = {position};
  return m;
}

Make track(std::vector<LonLat> positions) {
  Make m;
  m.e.id = "-track";
  m.e.coordinates = std::move(positions);
  return m;
}

TravelStats stats_2024(const std::vector<Entry>& entries, const std::optional<Home>& home) {
  return compute_stats(entries, home, year_period(2024));
}

TEST(Stats, EdmontonToCalgaryIs281KmOnTheEllipsoid) {
  const std::vector<Entry> trip = {at("Edmonton", kEdmonton).on("2024-04-15"),
                                   at("Calgary", kCalgary).on("2024-04-16")};
  EXPECT_NEAR(stats_2024(trip, kNoHome).distance_km, kEdmontonCalgaryKm, 0.5);
  // With a home in Edmonton: 0 km to the first entry, there, and back home.
  EXPECT_NEAR(stats_2024(trip, kHome).distance_km, 2 * kEdmontonCalgaryKm, 1.0);
}

TEST(Stats, AcrossTheAntimeridianTheShortWayRound) {
  const TravelStats s =
      stats_2024({at("Suva", kSuva).on("2024-07-01"), at("Apia", kApia).on("2024-07-05")}, kNoHome);
  EXPECT_NEAR(s.distance_km, kSuvaApiaKm, 0.5);  // not some 35,000 km the long way
  ASSERT_TRUE(s.furthest);
  EXPECT_EQ(s.furthest->place, "Apia");
  EXPECT_EQ(s.furthest->from, "Suva");
  EXPECT_NEAR(s.furthest->km, kSuvaApiaKm, 0.5);
}

TEST(Stats, ATrackCountsItsOwnLengthAndTheLegsToItsEnds) {
  const Entry ride = track({{0, 0}, {1, 0}, {2, 0}}).on("2024-03-02");
  EXPECT_NEAR(stats_2024({ride}, kNoHome).distance_km, 2 * kEquatorDegreeKm, 0.01);
  // A place one degree further east: the leg leaves from the track's last position.
  const TravelStats s = stats_2024({ride, at("East", {3, 0}).on("2024-03-03")}, kNoHome);
  EXPECT_NEAR(s.distance_km, 3 * kEquatorDegreeKm, 0.01);
  EXPECT_NEAR(s.months[2].km, 3 * kEquatorDegreeKm, 0.01);
  ASSERT_TRUE(s.furthest);
  EXPECT_NEAR(s.furthest->km, 3 * kEquatorDegreeKm, 0.01);
}

TEST(Stats, PlannedAndCancelledEntriesAreCountedButNotTravelled) {
  const TravelStats s = stats_2024(
      {at("Calgary", kCalgary).on("2024-04-16"),
       at("Vienna", {16.4075, 48.2173}).on("2024-05-07", "2024-05-11").status(Status::cancelled),
       at("Apia", kApia).on("2024-12-27", "2024-12-29").status(Status::planned)},
      kHome);
  EXPECT_EQ(s.visited, 1);
  EXPECT_EQ(s.planned, 1);
  EXPECT_EQ(s.cancelled, 1);
  EXPECT_EQ(s.entries(), 3);
  EXPECT_NEAR(s.distance_km, 2 * kEdmontonCalgaryKm, 1.0);
  EXPECT_EQ(s.days_away, 1);
  EXPECT_EQ(s.distinct_places, 1);
  EXPECT_EQ(s.countries, std::vector<std::string>{});  // Calgary has no country here
  ASSERT_TRUE(s.furthest);
  EXPECT_EQ(s.furthest->place, "Calgary");
  EXPECT_EQ(s.months[4].entries, 1);  // the cancelled trip still counts as an entry of May
}

TEST(Stats, OverlappingRangesAreCountedOnce) {
  const TravelStats s = stats_2024(
      {at("Menlo Park", kMenloPark).on("2024-06-03", "2024-06-30").in("California", "US"),
       at("Redwood City", kRedwoodCity).on("2024-06-14", "2024-06-20").in("California", "US"),
       at("San Francisco", kSanFrancisco).on("2024-06-29", "2024-07-02").in("California", "US")},
      kHome);
  EXPECT_EQ(s.days_away, 30);  // June 3 .. July 2
  EXPECT_EQ(s.months[5].days_away, 28);
  EXPECT_EQ(s.months[6].days_away, 2);
  ASSERT_EQ(s.nights_by_country.size(), 1u);
  EXPECT_EQ(s.nights_by_country[0].name, "US");
  EXPECT_EQ(s.nights_by_country[0].days, 30);
  EXPECT_EQ(s.nights_by_country[0].nights, 29);
  ASSERT_EQ(s.nights_by_region.size(), 1u);
  EXPECT_EQ(s.nights_by_region[0].name, "California, US");
  EXPECT_EQ(s.nights_by_region[0].nights, 29);
  ASSERT_TRUE(s.longest_stay);
  EXPECT_EQ(s.longest_stay->place, "Menlo Park");
  EXPECT_EQ(s.longest_stay->days, 28);
}

TEST(Stats, AShorterStayAtHomeInsideATripIsNotAway) {
  // The sample year's long weekend in Edmonton in the middle of the summer internship.
  const TravelStats s = stats_2024(
      {at("Menlo Park", kMenloPark).on("2024-06-03", "2024-06-30").in("California", "US"),
       at("Edmonton", kEdmonton).on("2024-06-10", "2024-06-12").in("Alberta", "Canada")},
      kHome);
  EXPECT_EQ(s.days_away, 25);
  // June 3..9 (6 nights) and 13..30 (17 nights); home nights are not counted.
  ASSERT_EQ(s.nights_by_country.size(), 1u);
  EXPECT_EQ(s.nights_by_country[0].nights, 23);
  EXPECT_EQ(s.nights_by_country[0].days, 25);
}

TEST(Stats, ADayTripInsideWeeksAtHomeIsAway) {
  const TravelStats s = stats_2024({at("Edmonton", kEdmonton).on("2024-01-13", "2024-03-16"),
                                    at("Calgary", kCalgary).on("2024-02-10")},
                                   kHome);
  EXPECT_EQ(s.days_away, 1);
  EXPECT_EQ(s.months[1].days_away, 1);
  ASSERT_TRUE(s.longest_stay);  // the lessons at home are not a stay away
  EXPECT_EQ(s.longest_stay->place, "Calgary");
}

TEST(Stats, MonthOnlyDatesCoverTheirWholeMonth) {
  const TravelStats s =
      stats_2024({at("San Francisco", kSanFrancisco).on("2024-09").in("California", "US")}, kHome);
  EXPECT_EQ(s.days_away, 30);
  EXPECT_EQ(s.months[8].entries, 1);
  EXPECT_EQ(s.months[8].days_away, 30);
  EXPECT_EQ(s.nights_by_country[0].nights, 29);
  ASSERT_TRUE(s.longest_stay);
  EXPECT_EQ(s.longest_stay->days, 30);
  // The month overlaps a --from/--to period that holds any of its days.
  const TravelStats mid =
      compute_stats({at("San Francisco", kSanFrancisco).on("2024-09")}, kHome,
                    date_period(Date::parse("2024-09-20"), Date::parse("2024-10-10")));
  EXPECT_EQ(mid.visited, 1);
  EXPECT_EQ(mid.days_away, 11);  // September 20..30
}

TEST(Stats, AYearWithNoHome) {
  const TravelStats s =
      stats_2024({at("Calgary", kCalgary).on("2024-04-16").in("Alberta", "Canada"),
                  at("Banff", kBanff).on("2024-10-12", "2024-10-15").in("Alberta", "Canada")},
                 kNoHome);
  EXPECT_FALSE(s.has_home);
  EXPECT_FALSE(s.days_away);  // not computed: nothing to be away from
  for (const auto& m : s.months) EXPECT_EQ(m.days_away, 0);
  // Only the leg between the two places: no leaving from home or coming back.
  EXPECT_NEAR(s.distance_km, 107.3212, 0.5);  // Calgary -> Banff, PROJ geod_inverse
  EXPECT_NEAR(s.months[9].km, s.distance_km, 1e-9);
  // Every visited day counts toward nights: a day trip is 0 nights, Oct 12..15 is 3.
  ASSERT_EQ(s.nights_by_region.size(), 1u);
  EXPECT_EQ(s.nights_by_region[0].name, "Alberta, Canada");
  EXPECT_EQ(s.nights_by_region[0].nights, 3);
  EXPECT_EQ(s.nights_by_region[0].days, 5);
  ASSERT_TRUE(s.furthest);
  EXPECT_EQ(s.furthest->place, "Banff");
  EXPECT_EQ(s.furthest->from, "Calgary");
  ASSERT_TRUE(s.longest_stay);
  EXPECT_EQ(s.longest_stay->days, 4);
}

TEST(Stats, AnEntrySpanningNewYearIsClippedToTheYear) {
  const std::vector<Entry> entries = {
      at("Apia", kApia).on("2023-12-28", "2024-01-03").in("Upolu", "Samoa")};
  const TravelStats s = stats_2024(entries, kHome);
  EXPECT_EQ(s.visited, 1);
  EXPECT_EQ(s.days_away, 3);
  EXPECT_EQ(s.months[0].entries, 1);
  EXPECT_EQ(s.months[0].days_away, 3);
  EXPECT_EQ(s.nights_by_country[0].nights, 2);
  EXPECT_EQ(s.longest_stay->days, 3);
  EXPECT_TRUE(s.new_places.empty());  // already there in 2023
  // The way there arrives on the first day in 2024, the way home leaves on the last.
  EXPECT_NEAR(s.months[0].km, s.distance_km, 1e-9);
  const TravelStats before = compute_stats(entries, kHome, year_period(2023));
  EXPECT_EQ(before.days_away, 4);
  EXPECT_EQ(before.months[11].entries, 1);
  EXPECT_EQ(before.new_places, std::vector<std::string>{"Apia"});
}

TEST(Stats, NewPlacesAreThoseNoEarlierYearVisited) {
  const TravelStats s = stats_2024(
      {at("Banff", kBanff).on("2023-10-12"),
       at("Jasper", {-118.08, 52.87}).on("2023-10-14").status(Status::planned),
       at("banff", kBanff).on("2024-10-12"), at("Jasper", {-118.08, 52.87}).on("2024-10-14"),
       at("Calgary", kCalgary).on("2024-10-15"), at("Calgary", kCalgary).on("2024-10-16")},
      kHome);
  EXPECT_EQ(s.distinct_places, 3);
  // Planning Jasper in 2023 was no visit; "banff" is Banff.
  EXPECT_EQ(s.new_places, (std::vector<std::string>{"Jasper", "Calgary"}));
}

TEST(Stats, PlacesAreFoldedByNameOrByPositionWithinAKilometre) {
  Entry unnamed1 = at("", {-113.4938, 53.5461}).on("2024-01-01");
  Entry unnamed2 = at("", {-113.4938, 53.5501}).on("2024-01-02");  // 445 m north
  Entry unnamed3 = at("", {-113.4938, 53.5961}).on("2024-01-03");  // 5.6 km north
  unnamed1.id = "a", unnamed2.id = "b", unnamed3.id = "c";
  const TravelStats s = stats_2024(
      {unnamed1, unnamed2, unnamed3, at("Zürich", {8.54, 47.37}).on("2024-02-01").in("ZH", "CH"),
       at("Zurich", {8.55, 47.38}).on("2024-02-02").in("zh", "ch"),
       at("Zürich", {8.54, 47.37}).on("2024-02-03").in("ZH", "Switzerland")},
      kNoHome);
  EXPECT_EQ(s.distinct_places, 2 + 2);
  EXPECT_EQ(s.countries, (std::vector<std::string>{"CH", "Switzerland"}));
  EXPECT_EQ(s.regions, (std::vector<std::string>{"ZH, CH", "ZH, Switzerland"}));
}

TEST(Stats, CountriesAndRegionsInOrderOfTheFirstVisit) {
  const TravelStats s =
      stats_2024({at("Calgary", kCalgary).on("2024-04-16").in("Alberta", "Canada"),
                  at("Menlo Park", kMenloPark).on("2024-06-03").in("California", "United States"),
                  at("Banff", kBanff).on("2024-10-12").in("Alberta", "Canada"),
                  at("Vienna", {16.4, 48.2})
                      .on("2024-05-07")
                      .in("Vienna", "Austria")
                      .status(Status::cancelled)},
                 kHome);
  EXPECT_EQ(s.countries, (std::vector<std::string>{"Canada", "United States"}));
  EXPECT_EQ(s.regions, (std::vector<std::string>{"Alberta, Canada", "California, United States"}));
}

TEST(Stats, KmBelongToTheMonthOfArrivalAndTheWayHomeToTheLastMonth) {
  const TravelStats s = stats_2024(
      {at("Calgary", kCalgary).on("2024-04-16"), at("Edmonton", kEdmonton).on("2024-05-02")},
      kHome);
  EXPECT_NEAR(s.months[3].km, kEdmontonCalgaryKm, 0.5);  // home -> Calgary
  EXPECT_NEAR(s.months[4].km, kEdmontonCalgaryKm, 0.5);  // Calgary -> Edmonton -> home
  EXPECT_NEAR(s.distance_km, s.months[3].km + s.months[4].km, 1e-9);
}

TEST(Stats, BusiestMonthIsTheEarliestOfATie) {
  const TravelStats s =
      stats_2024({at("A", kCalgary).on("2024-03-01"), at("B", kCalgary).on("2024-03-02"),
                  at("C", kCalgary).on("2024-07-01"), at("D", kCalgary).on("2024-07-02"),
                  at("E", kCalgary).on("2024-02-01")},
                 kHome);
  ASSERT_TRUE(s.busiest_month);
  EXPECT_EQ(*s.busiest_month, (YearMonth{2024, 3}));
}

TEST(Stats, AnEmptyPeriodGivesZeros) {
  Entry undated = at("Calgary", kCalgary);
  const TravelStats s =
      compute_stats({at("Calgary", kCalgary).on("2024-04-16"), undated}, kHome, year_period(2023));
  EXPECT_EQ(s.entries(), 0);
  EXPECT_EQ(s.undated, 1);
  EXPECT_EQ(s.distinct_places, 0);
  EXPECT_EQ(s.distance_km, 0);
  EXPECT_EQ(s.days_away, 0);
  EXPECT_FALSE(s.furthest);
  EXPECT_FALSE(s.longest_stay);
  EXPECT_FALSE(s.busiest_month);
  ASSERT_EQ(s.months.size(), 12u);
  EXPECT_EQ(s.months[0].month, (YearMonth{2023, 1}));
  EXPECT_EQ(s.months[11].month, (YearMonth{2023, 12}));
  EXPECT_TRUE(compute_stats({}, kHome, Period{}).months.empty());
}

TEST(Stats, PeriodsOfOtherLengthsHaveOneRowPerCalendarMonth) {
  const TravelStats s =
      compute_stats({at("Calgary", kCalgary).on("2024-04-16")}, kHome,
                    {days_from_civil(2023, 11, 15), days_from_civil(2024, 4, 20)});
  ASSERT_EQ(s.months.size(), 6u);
  EXPECT_EQ(s.months.front().month, (YearMonth{2023, 11}));
  EXPECT_EQ(s.months.back().month, (YearMonth{2024, 4}));
  EXPECT_EQ(s.months.back().entries, 1);
  EXPECT_EQ(*s.busiest_month, (YearMonth{2024, 4}));
}

TEST(Period, YearsEntriesAndSpans) {
  EXPECT_EQ(year_period(2024).days(), 366);
  EXPECT_EQ(year_period(2023).days(), 365);
  EXPECT_EQ(iso_date(year_period(2024).last_day), "2024-12-31");
  EXPECT_EQ(iso_date(0), "1970-01-01");
  EXPECT_EQ(iso_date(days_from_civil(2000, 2, 29)), "2000-02-29");
  const Entry september = at("X", kCalgary).on("2024-09");
  EXPECT_EQ(*entry_period(september),
            (Period{days_from_civil(2024, 9, 1), days_from_civil(2024, 9, 30)}));
  EXPECT_EQ(journal_span({september, at("Y", kCalgary).on("2024-03-02", "2024-03-04")}),
            (Period{days_from_civil(2024, 3, 2), days_from_civil(2024, 9, 30)}));
  EXPECT_TRUE(journal_span({}).empty());
}

TEST(Home, FromTheJournalSettings) {
  Journal j = Journal::create();
  EXPECT_FALSE(journal_home(j));
  j.set_setting("home", Json{{"place", "Edmonton"}});  // no position: nothing to measure from
  EXPECT_FALSE(journal_home(j));
  j.set_setting("home", Json{{"place", "Edmonton"}, {"coordinates", {-113.5, 53.5333}}});
  const auto home = journal_home(j);
  ASSERT_TRUE(home);
  EXPECT_EQ(home->place, "Edmonton");
  EXPECT_EQ(home->position, (LonLat{-113.5, 53.5333}));
}

}  // namespace
}  // namespace footprint::core
