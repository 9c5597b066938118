// Tests core/gazetteer.cpp against the real index that data/gazetteer/build writes.
#include "core/gazetteer.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/error.hpp"
#include "core/geodesy.hpp"

namespace footprint::core {
namespace {

const Gazetteer& gazetteer() {
  static const Gazetteer g = Gazetteer::open();
  return g;
}

// The sample year's home: its places are what "near" means for the person.
LookupContext edmonton_home() {
  return {.own_places = {}, .near = {{-113.46871, 53.55014}}};
}

struct Expected {
  const char* query;
  const char* name;
  const char* region;
  const char* country;
  LonLat geonames;  // GeoNames' coordinates of the place
};

void expect_resolves(const Expected& e, const LookupContext& context) {
  SCOPED_TRACE(e.query);
  const Resolution r = gazetteer().resolve(e.query, context);
  ASSERT_EQ(r.outcome, Resolution::Outcome::found);
  const Place& p = r.place();
  EXPECT_EQ(p.name, e.name);
  EXPECT_EQ(p.region, e.region);
  EXPECT_EQ(p.country, e.country);
  EXPECT_LT(geodesic_distance_km(p.position, e.geonames), 5.0);
}

TEST(Gazetteer, SampleYearPlacesResolveToTheRightRegionAndCountry) {
  const Expected places[] = {
      {"Edmonton", "Edmonton", "Alberta", "Canada", {-113.46871, 53.55014}},
      {"Calgary", "Calgary", "Alberta", "Canada", {-114.08529, 51.05011}},
      {"Banff", "Banff", "Alberta", "Canada", {-115.56982, 51.17622}},
      {"Canmore", "Canmore", "Alberta", "Canada", {-115.35206, 51.08335}},
      {"Redwood City", "Redwood City", "California", "United States", {-122.23635, 37.48522}},
      {"Menlo Park", "Menlo Park", "California", "United States", {-122.18219, 37.45383}},
      {"Half Moon Bay", "Half Moon Bay", "California", "United States", {-122.42859, 37.46355}},
      {"San Francisco", "San Francisco", "California", "United States", {-122.41942, 37.77493}},
      {"Amherst, MA", "Amherst", "Massachusetts", "United States", {-72.51852, 42.36723}},
      {"Vancouver", "Vancouver", "British Columbia", "Canada", {-123.11934, 49.24966}},
      {"Vienna", "Vienna", "Vienna", "Austria", {16.37208, 48.20849}},
  };
  for (const Expected& e : places) expect_resolves(e, edmonton_home());
}

TEST(Gazetteer, ClearBestNeedsNoContext) {
  for (const char* q : {"Edmonton", "Calgary", "San Francisco", "Vancouver", "Vienna"}) {
    EXPECT_EQ(gazetteer().resolve(q).outcome, Resolution::Outcome::found) << q;
  }
  EXPECT_EQ(gazetteer().resolve("Vancouver").place().region, "British Columbia");
  EXPECT_EQ(gazetteer().resolve("Vienna").place().country, "Austria");
}

TEST(Gazetteer, BanffAloneIsAlbertaByHowWidelyItIsKnown) {
  // Banff, Alberta (7,502 people, 19 alternate names) and Banff, Scotland (4,020, 9 names):
  // population alone (1.9 times) would not decide, the names make it 7.5 times.
  const Resolution r = gazetteer().resolve("Banff");
  ASSERT_EQ(r.outcome, Resolution::Outcome::found);
  ASSERT_EQ(r.candidates.size(), 2u);
  EXPECT_EQ(r.candidates[0].region, "Alberta");
  EXPECT_EQ(r.candidates[0].alternate_names, 19);
  EXPECT_EQ(r.candidates[1].alternate_names, 9);
  EXPECT_NEAR(r.margin, 7.46, 0.01);
  EXPECT_EQ(r.candidates[0].qualifier, "Banff");
  EXPECT_EQ(r.candidates[1].qualifier, "Banff, Scotland");
}

TEST(Gazetteer, TheJournalsHomeDecidesBetweenNamesakes) {
  // Jasper, Alabama (14,071, a county seat) outweighs Jasper, Alberta (3,948) for anyone; for
  // someone living in Edmonton, 360 km from Jasper, Alberta, it is the other way round.
  EXPECT_EQ(gazetteer().resolve("Jasper").candidates.front().region, "Alabama");
  const Resolution near_home = gazetteer().resolve("Jasper", edmonton_home());
  ASSERT_EQ(near_home.outcome, Resolution::Outcome::found);
  EXPECT_EQ(near_home.place().region, "Alberta");
  const std::vector<Place> listed = gazetteer().search("Jasper", 10, edmonton_home());
  EXPECT_EQ(listed.front().geonames_id, near_home.place().geonames_id);
}

TEST(Gazetteer, AmherstIsAmbiguousAndEachCandidateCarriesItsQualifier) {
  const Resolution r = gazetteer().resolve("Amherst");
  ASSERT_EQ(r.outcome, Resolution::Outcome::ambiguous);
  ASSERT_GE(r.candidates.size(), 2u);
  EXPECT_EQ(r.candidates[0].qualifier, "Amherst, MA");
  EXPECT_EQ(r.candidates[1].qualifier, "Amherst, NY");
  EXPECT_NEAR(r.margin, 2.9, 0.05);
  EXPECT_THROW((void)r.place(), Ambiguous);
  for (const Place& p : r.candidates) {
    if (p.qualifier.empty()) continue;
    EXPECT_EQ(gazetteer().resolve(p.qualifier).place().geonames_id, p.geonames_id) << p.qualifier;
  }
  EXPECT_EQ(gazetteer().resolve("Amherst, Massachusetts").place().region, "Massachusetts");
}

TEST(Gazetteer, QualifiersByRegionAbbreviationCountryAndCode) {
  for (const char* q :
       {"Banff, Alberta", "Banff, AB", "Banff, CA", "Banff, Canada", "banff, alberta, canada"}) {
    const Resolution r = gazetteer().resolve(q);
    ASSERT_EQ(r.outcome, Resolution::Outcome::found) << q;
    EXPECT_EQ(r.place().region, "Alberta") << q;
  }
  EXPECT_EQ(gazetteer().resolve("Banff, Scotland").place().country, "United Kingdom");
  EXPECT_EQ(gazetteer().resolve("Banff, UK").place().region, "Scotland");
  EXPECT_EQ(gazetteer().resolve("Vienna, Austria").place().country_code, "AT");
  EXPECT_EQ(gazetteer().resolve("Vienna, VA").place().region, "Virginia");
  EXPECT_EQ(gazetteer().resolve("Vancouver, WA").place().region, "Washington");
}

TEST(Gazetteer, MatchingIgnoresCaseAccentsAndPunctuation) {
  EXPECT_EQ(gazetteer().resolve("zurich").place().name, "Zürich");
  EXPECT_EQ(gazetteer().resolve("ZÜRICH").place().name, "Zürich");
  EXPECT_EQ(gazetteer().resolve("montreal").place().name, "Montréal");
  EXPECT_EQ(gazetteer().resolve("montreal").place().country, "Canada");
  EXPECT_EQ(gazetteer().resolve("half-moon bay").place().name, "Half Moon Bay");
  EXPECT_EQ(gazetteer().resolve("  san   francisco ").place().region, "California");
}

struct Known {
  const char* query;
  const char* name;
  const char* country;
};

void expect_found(const Known& k) {
  SCOPED_TRACE(k.query);
  const Resolution r = gazetteer().resolve(k.query);
  ASSERT_EQ(r.outcome, Resolution::Outcome::found);
  EXPECT_EQ(r.place().name, k.name);
  EXPECT_EQ(r.place().country, k.country);
}

TEST(Gazetteer, EveryNameGeoNamesKnowsFindsThePlace) {
  const Known known[] = {
      {"Wien", "Vienna", "Austria"},
      {"Cologne", "Köln", "Germany"},
      {"Köln", "Köln", "Germany"},
      {"Firenze", "Florence", "Italy"},
      {"Lisboa", "Lisbon", "Portugal"},
      {"Munich", "Munich", "Germany"},
      {"München", "Munich", "Germany"},
      {"Zurich", "Zürich", "Switzerland"},
      {"Montréal", "Montréal", "Canada"},
      {"St. John's", "St. John's", "Canada"},
      {"Ho Chi Minh City", "Ho Chi Minh City", "Vietnam"},
      {"Saigon", "Ho Chi Minh City", "Vietnam"},
      {"Kyiv", "Kyiv", "Ukraine"},
      {"Kiev", "Kyiv", "Ukraine"},
      {"Beijing", "Beijing", "China"},
      // Its own name beats a place that only lists it among its other names.
      {"Monterey", "Monterey", "United States"},
      {"Menlo Park", "Menlo Park", "United States"},
  };
  for (const Known& k : known) expect_found(k);
  EXPECT_TRUE(gazetteer().resolve("Cologne").place().by_other_name);
  EXPECT_FALSE(gazetteer().resolve("Köln").place().by_other_name);
}

TEST(Gazetteer, ChineseInEitherScriptAndTonelessPinyin) {
  const Known known[] = {
      {"班夫", "Banff", "Canada"},
      {"ban fu", "Banff", "Canada"},
      {"温哥华", "Vancouver", "Canada"},
      {"溫哥華", "Vancouver", "Canada"},
      {"溫哥華市", "Vancouver", "Canada"},
      {"wen ge hua", "Vancouver", "Canada"},
      {"北京", "Beijing", "China"},
      {"東京", "Tokyo", "Japan"},
      {"东京", "Tokyo", "Japan"},
      {"旧金山", "San Francisco", "United States"},
      {"舊金山", "San Francisco", "United States"},
  };
  for (const Known& k : known) expect_found(k);
  EXPECT_EQ(gazetteer().resolve("温哥华").place().region, "British Columbia");
  EXPECT_EQ(gazetteer().resolve("班夫").place().region, "Alberta");
}

TEST(Gazetteer, APrefixNeverBeatsAnExactName) {
  // "Wien" is Vienna's German name, and the start of Wiener Neustadt's.
  const std::vector<Place> found = gazetteer().search("Wien", 5);
  ASSERT_GE(found.size(), 2u);
  EXPECT_EQ(found[0].name, "Vienna");
  EXPECT_EQ(found[1].name, "Wiener Neustadt");
  EXPECT_EQ(gazetteer().resolve("Wien").place().name, "Vienna");
}

TEST(Gazetteer, ChineseNamesForMaps) {
  EXPECT_EQ(gazetteer().resolve("Vancouver").place().chinese_name,
            "温哥华");  // Traditional in GeoNames
  EXPECT_EQ(gazetteer().resolve("Calgary").place().chinese_name, "卡尔加里");  // not 卡加利
  EXPECT_EQ(gazetteer().resolve("Banff").place().chinese_name, "班夫");
  EXPECT_EQ(gazetteer().chinese_name("Vancouver", {-123.1207, 49.2827}), "温哥华");
  EXPECT_EQ(gazetteer().chinese_name("vancouver", {-122.6615, 45.6387}), "温哥华");  // WA
  EXPECT_EQ(gazetteer().chinese_name("Vancouver", {-113.5, 53.5}), "");  // none named so there
  EXPECT_EQ(gazetteer().chinese_name("Winspear Centre", {-113.4909, 53.5444}), "");
}

TEST(Gazetteer, WhatTheDataDoesNotHaveIsSaidWithOnlyPlausibleSuggestions) {
  for (const char* q : {"Lake Louise", "Drumheller", "Golden Gate Park", "Moraine Lake"}) {
    SCOPED_TRACE(q);
    const Resolution r = gazetteer().resolve(q, edmonton_home());
    EXPECT_EQ(r.outcome, Resolution::Outcome::not_found);
    EXPECT_TRUE(r.suggestions.empty());
  }
  // Lake Lure, North Carolina is three edits from "Lake Louise": a spelling, not an answer.
  const std::vector<Place> spelled = gazetteer().suggest("Lake Louise", 5);
  ASSERT_FALSE(spelled.empty());
  EXPECT_EQ(spelled.front().name, "Lake Lure");
  EXPECT_TRUE(gazetteer().resolve("Lake Louise").suggestions.empty());
  // A typo of a place far from home is still one edit away.
  const Resolution typo = gazetteer().resolve("Vancuver", edmonton_home());
  ASSERT_FALSE(typo.suggestions.empty());
  EXPECT_EQ(typo.suggestions.front().name, "Vancouver");
  try {
    (void)gazetteer().resolve("Lake Louise").place();
    FAIL() << "expected NotFound";
  } catch (const NotFound& e) {
    EXPECT_STREQ(e.what(), "\"Lake Louise\" is not in the offline gazetteer");
  }
}

TEST(Gazetteer, MisspellingsSuggestTheNearestNames) {
  const Resolution r = gazetteer().resolve("Edmontn");
  ASSERT_EQ(r.outcome, Resolution::Outcome::not_found);
  ASSERT_FALSE(r.suggestions.empty());
  EXPECT_EQ(r.suggestions.front().name, "Edmonton");
  EXPECT_EQ(r.suggestions.front().country, "Canada");
  EXPECT_EQ(gazetteer().suggest("Calgray", 3).front().name, "Calgary");
  EXPECT_EQ(gazetteer().suggest("Vancuver", 3).front().name, "Vancouver");
  EXPECT_EQ(gazetteer().suggest("Bnaff", 3).front().name, "Banff");
  try {
    (void)r.place();
    FAIL() << "expected NotFound";
  } catch (const NotFound& e) {
    EXPECT_NE(std::string(e.what()).find("Edmonton"), std::string::npos) << e.what();
  }
}

TEST(Gazetteer, NoMatchAtAll) {
  const Resolution r = gazetteer().resolve("Qxzqxzqxz");
  EXPECT_EQ(r.outcome, Resolution::Outcome::not_found);
  EXPECT_TRUE(r.suggestions.empty());
  EXPECT_THROW((void)r.place(), NotFound);
  // A qualifier that excludes every namesake is no match either; the namesakes are suggested.
  const Resolution wrong_region = gazetteer().resolve("Banff, Ontario");
  EXPECT_EQ(wrong_region.outcome, Resolution::Outcome::not_found);
  ASSERT_FALSE(wrong_region.suggestions.empty());
  EXPECT_EQ(wrong_region.suggestions.front().qualifier, "Banff");
  EXPECT_EQ(wrong_region.suggestions.front().region, "Alberta");
  EXPECT_THROW((void)gazetteer().resolve(", Alberta"), UsageError);
}

TEST(Gazetteer, OwnPlacesComeBeforeGeoNames) {
  Place mpk;
  mpk.name = "Meta MPK";
  mpk.own = true;
  mpk.position = {-122.1484, 37.4848};
  const LookupContext context{.own_places = {mpk}, .near = {}};
  EXPECT_TRUE(gazetteer().resolve("meta mpk", context).place().own);
  EXPECT_TRUE(gazetteer().search("meta mpk", 5, context).front().own);
  // A name that only starts an own place's comes after the places named so exactly.
  const std::vector<Place> found = gazetteer().search("Meta", 5, context);
  ASSERT_GE(found.size(), 2u);
  EXPECT_FALSE(found.front().own);
  EXPECT_EQ(found.front().name, "Meta");
  EXPECT_EQ(std::count_if(found.begin(), found.end(), [](const Place& p) { return p.own; }), 1);
}

TEST(Gazetteer, SearchListsRankedCandidatesThenLongerNames) {
  const std::vector<Place> amherst = gazetteer().search("Amherst", 3);
  ASSERT_EQ(amherst.size(), 3u);
  EXPECT_EQ(amherst[0].region, "Massachusetts");
  EXPECT_EQ(amherst[1].region, "New York");
  const std::vector<Place> san_fran = gazetteer().search("san fran", 5);
  ASSERT_FALSE(san_fran.empty());
  EXPECT_EQ(san_fran.front().name, "San Francisco");
  EXPECT_EQ(san_fran.front().region, "California");
}

TEST(Gazetteer, NearestPlace) {
  const auto banff_town = gazetteer().nearest({-115.57, 51.18});
  ASSERT_TRUE(banff_town);
  EXPECT_EQ(banff_town->name, "Banff");
  const auto near_antimeridian = gazetteer().nearest({179.9, -16.5});  // Fiji
  ASSERT_TRUE(near_antimeridian);
  EXPECT_EQ(near_antimeridian->country_code, "FJ");
}

TEST(Gazetteer, AttributionCreditsGeoNames) {
  EXPECT_NE(Gazetteer::attribution().find("GeoNames"), std::string_view::npos);
  EXPECT_NE(Gazetteer::attribution().find("CC BY 4.0"), std::string_view::npos);
}

TEST(Gazetteer, MissingIndexIsNotFound) {
  EXPECT_THROW(Gazetteer::open("/nonexistent/gazetteer.sqlite"), MissingData);
}

}  // namespace
}  // namespace footprint::core
