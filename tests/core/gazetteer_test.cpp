// Tests core/gazetteer.cpp against the real index that data/gazetteer/build writes.
#include "core/gazetteer.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/geodesy.hpp"

namespace footprint::core {
namespace {

const Gazetteer& gazetteer() {
  static const Gazetteer g = Gazetteer::open();
  return g;
}

// The sample year's home: its places are what "near" means for the person.
LookupContext edmonton_home() { return {.own_places = {}, .near = {{-113.46871, 53.55014}}}; }

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

TEST(Gazetteer, BanffAloneIsAlbertaFirstButNotClearWithoutContext) {
  // Banff, Alberta (7,502) and Banff, Scotland (4,020) are close in size; only the journal's
  // other places (Edmonton, 300 km) make Alberta the clear answer.
  const Resolution r = gazetteer().resolve("Banff");
  EXPECT_EQ(r.outcome, Resolution::Outcome::ambiguous);
  ASSERT_GE(r.candidates.size(), 2u);
  EXPECT_EQ(r.candidates[0].qualifier, "Banff, AB");
  EXPECT_EQ(r.candidates[1].qualifier, "Banff, Scotland");
  EXPECT_EQ(gazetteer().resolve("Banff", edmonton_home()).place().region, "Alberta");
}

TEST(Gazetteer, AmherstIsAmbiguousAndEachCandidateCarriesItsQualifier) {
  const Resolution r = gazetteer().resolve("Amherst");
  ASSERT_EQ(r.outcome, Resolution::Outcome::ambiguous);
  ASSERT_GE(r.candidates.size(), 2u);
  EXPECT_EQ(r.candidates[0].qualifier, "Amherst, NY");
  EXPECT_EQ(r.candidates[1].qualifier, "Amherst, MA");
  EXPECT_THROW((void)r.place(), Ambiguous);
  for (const Place& p : r.candidates) {
    if (p.qualifier.empty()) continue;
    EXPECT_EQ(gazetteer().resolve(p.qualifier).place().geonames_id, p.geonames_id) << p.qualifier;
  }
  EXPECT_EQ(gazetteer().resolve("Amherst, Massachusetts").place().region, "Massachusetts");
}

TEST(Gazetteer, QualifiersByRegionAbbreviationCountryAndCode) {
  for (const char* q : {"Banff, Alberta", "Banff, AB", "Banff, CA", "Banff, Canada",
                        "banff, alberta, canada"}) {
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
  EXPECT_EQ(wrong_region.suggestions.front().qualifier, "Banff, AB");
  EXPECT_THROW((void)gazetteer().resolve(", Alberta"), UsageError);
}

TEST(Gazetteer, OwnPlacesComeBeforeGeoNames) {
  Place mpk;
  mpk.name = "Meta MPK";
  mpk.own = true;
  mpk.position = {-122.1484, 37.4848};
  const LookupContext context{.own_places = {mpk}, .near = {}};
  EXPECT_TRUE(gazetteer().resolve("meta mpk", context).place().own);
  const std::vector<Place> found = gazetteer().search("Meta", 5, context);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.front().name, "Meta MPK");
}

TEST(Gazetteer, SearchListsRankedCandidatesThenLongerNames) {
  const std::vector<Place> amherst = gazetteer().search("Amherst", 3);
  ASSERT_EQ(amherst.size(), 3u);
  EXPECT_EQ(amherst[0].region, "New York");
  EXPECT_EQ(amherst[1].region, "Massachusetts");
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
  EXPECT_THROW(Gazetteer::open("/nonexistent/gazetteer.sqlite"), NotFound);
}

}  // namespace
}  // namespace footprint::core
