// Tests core/own_places.cpp.
#include "core/own_places.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace footprint::core {
namespace {

Place meta() {
  Place p;
  p.name = "Meta MPK";
  p.position = {-122.1484, 37.4848};
  p.region = "California";
  return p;
}

TEST(OwnPlaces, AddListRemove) {
  Json settings = Json::object();
  settings["version"] = 1;
  settings[kOwnPlacesSetting] = with_own_place(settings, meta());
  EXPECT_EQ(settings[kOwnPlacesSetting][0].dump(),
            R"({"name":"Meta MPK","coordinates":[-122.1484,37.4848],"region":"California"})");
  const std::vector<Place> places = own_places(settings);
  ASSERT_EQ(places.size(), 1u);
  EXPECT_TRUE(places[0].own);
  EXPECT_EQ(places[0].qualifier, "Meta MPK");
  EXPECT_EQ(places[0].position, (LonLat{-122.1484, 37.4848}));
  EXPECT_THROW(with_own_place(settings, meta()), UsageError);  // same name, any case
  settings[kOwnPlacesSetting] = without_own_place(settings, "META mpk");
  EXPECT_TRUE(own_places(settings).empty());
  EXPECT_THROW(without_own_place(settings, "Meta MPK"), NotFound);
}

TEST(OwnPlaces, MalformedSettingsAreJournalErrors) {
  EXPECT_TRUE(own_places(Json::object()).empty());
  EXPECT_THROW(own_places(Json::parse(R"({"places": {}})")), JournalError);
  EXPECT_THROW(own_places(Json::parse(R"({"places": [{"name": "X"}]})")), JournalError);
  EXPECT_THROW(own_places(Json::parse(R"({"places": [{"name": "X", "coordinates": [1]}]})")),
               JournalError);
}

}  // namespace
}  // namespace footprint::core
