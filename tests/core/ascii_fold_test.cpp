#include "core/ascii_fold.hpp"

#include <gtest/gtest.h>

namespace footprint::core {
namespace {

TEST(AsciiFold, FoldsAccentsAndCase) {
  EXPECT_EQ(fold_ascii("Zürich"), "zurich");
  EXPECT_EQ(fold_ascii("Montréal"), "montreal");
  EXPECT_EQ(fold_ascii("Łódź"), "lodz");
  EXPECT_EQ(fold_ascii("Straße"), "strasse");
  EXPECT_EQ(fold_ascii("滑冰 Rink"), "滑冰 rink");
  EXPECT_EQ(fold_ascii("bad\xC3("), "bad(");
}

TEST(AsciiFold, Slugs) {
  EXPECT_EQ(slugify("Half Moon Bay"), "half-moon-bay");
  EXPECT_EQ(slugify("  Saint-Rémy-de-Provence!  "), "saint-remy-de-provence");
  EXPECT_EQ(slugify("滑冰课"), "");
  EXPECT_EQ(slugify("a very long place name that goes on and on", 12), "a-very-long");
}

}  // namespace
}  // namespace footprint::core
