// Tests core/place_query.cpp.
#include "core/place_query.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace footprint::core {
namespace {

TEST(PlaceQuery, SplitsNameAndQualifiersAndFoldsThem) {
  const PlaceQuery q = PlaceQuery::parse("  Banff ,  Alberta, CANADA ");
  EXPECT_EQ(q.name_key, "banff");
  EXPECT_EQ(q.qualifier_keys, (std::vector<std::string>{"alberta", "canada"}));
  EXPECT_TRUE(PlaceQuery::parse("Zürich").qualifier_keys.empty());
  EXPECT_EQ(PlaceQuery::parse("Amherst,,MA,").qualifier_keys, std::vector<std::string>{"ma"});
}

TEST(PlaceQuery, PlaceKeysDropTheChineseCitySuffix) {
  EXPECT_EQ(place_key("溫哥華市"), "温哥华");
  EXPECT_EQ(place_key("温哥华"), "温哥华");
  EXPECT_EQ(place_key("市"), "市");  // nothing would be left
  EXPECT_EQ(place_key("Zürich"), "zurich");
  EXPECT_EQ(PlaceQuery::parse("溫哥華市, 加拿大").name_key, "温哥华");
}

TEST(PlaceQuery, NeedsAName) {
  EXPECT_THROW(PlaceQuery::parse(""), UsageError);
  EXPECT_THROW(PlaceQuery::parse(" , AB"), UsageError);
}

}  // namespace
}  // namespace footprint::core
