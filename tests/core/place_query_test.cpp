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

TEST(PlaceQuery, NeedsAName) {
  EXPECT_THROW(PlaceQuery::parse(""), UsageError);
  EXPECT_THROW(PlaceQuery::parse(" , AB"), UsageError);
}

}  // namespace
}  // namespace footprint::core
