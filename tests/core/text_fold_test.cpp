// Tests core/text_fold.cpp.
#include "core/text_fold.hpp"

#include <gtest/gtest.h>

namespace footprint::core {
namespace {

TEST(FoldKey, CaseAndAccents) {
  EXPECT_EQ(fold_key("Zürich"), "zurich");
  EXPECT_EQ(fold_key("Montréal"), "montreal");
  EXPECT_EQ(fold_key("Łódź"), "lodz");
  EXPECT_EQ(fold_key("Straße"), "strasse");
  EXPECT_EQ(fold_key("Ærøskøbing"), "aeroskobing");
  EXPECT_EQ(fold_key("Hà Nội"), "ha noi");
  EXPECT_EQ(fold_key("Montre\xCC\x81" "al"), "montreal");  // decomposed é
}

TEST(FoldKey, PunctuationAndSpaces) {
  EXPECT_EQ(fold_key("St. John's"), "st johns");
  EXPECT_EQ(fold_key("St John’s"), "st johns");
  EXPECT_EQ(fold_key("Winston-Salem"), "winston salem");
  EXPECT_EQ(fold_key("  Half   Moon\tBay "), "half moon bay");
  EXPECT_EQ(fold_key(""), "");
}

TEST(FoldKey, OtherScriptsKeepTheirLettersInLowerCase) {
  EXPECT_EQ(fold_key("МОСКВА"), "москва");
  EXPECT_EQ(fold_key("北京"), "北京");
  EXPECT_EQ(fold_key("a\xFF" "b"), "ab");  // an invalid byte is skipped
}

}  // namespace
}  // namespace footprint::core
