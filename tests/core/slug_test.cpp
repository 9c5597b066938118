#include "core/slug.hpp"

#include <gtest/gtest.h>

namespace footprint::core {
namespace {

TEST(Slug, MakesReadableIdParts) {
  EXPECT_EQ(slugify("Half Moon Bay"), "half-moon-bay");
  EXPECT_EQ(slugify("  Saint-Rémy-de-Provence!  "), "saint-remy-de-provence");
  EXPECT_EQ(slugify("St. John's"), "st-johns");
  EXPECT_EQ(slugify("Zürich"), "zurich");
  EXPECT_EQ(slugify("滑冰课"), "");
  EXPECT_EQ(slugify("a very long place name that goes on and on", 12), "a-very-long");
}

}  // namespace
}  // namespace footprint::core
