// Tests core/text_fold.cpp.
#include "core/text_fold.hpp"

#include <gtest/gtest.h>

#include "core/han_fold.hpp"

namespace footprint::core {
namespace {

TEST(FoldKey, CaseAndAccents) {
  EXPECT_EQ(fold_key("Zürich"), "zurich");
  EXPECT_EQ(fold_key("Montréal"), "montreal");
  EXPECT_EQ(fold_key("Łódź"), "lodz");
  EXPECT_EQ(fold_key("Straße"), "strasse");
  EXPECT_EQ(fold_key("Ærøskøbing"), "aeroskobing");
  EXPECT_EQ(fold_key("Hà Nội"), "ha noi");
  EXPECT_EQ(fold_key("Montre\xCC\x81"
                     "al"),
            "montreal");  // decomposed é
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
  EXPECT_EQ(fold_key("a\xFF"
                     "b"),
            "ab");  // an invalid byte is skipped
}

TEST(FoldKey, ChineseInEitherScriptIsOne) {
  EXPECT_EQ(fold_key("溫哥華"), "温哥华");
  EXPECT_EQ(fold_key("温哥华"), "温哥华");
  EXPECT_EQ(fold_key("舊金山"), "旧金山");
  EXPECT_EQ(fold_key("東京"), "东京");
  EXPECT_EQ(fold_key("Banff 班夫"), "banff 班夫");
  EXPECT_EQ(fold_key("バンクーバー"), "バンクーバー");  // kana is not Chinese
}

TEST(FoldKey, MiddleDotsAndFullWidthSeparatorsAreSpaces) {
  EXPECT_EQ(fold_key("圣胡利娅·德洛里亚"), "圣胡利娅 德洛里亚");
  EXPECT_EQ(fold_key("圣胡利娅－德洛里亚"), "圣胡利娅 德洛里亚");
  EXPECT_EQ(fold_key("サン・ジュリア"), "サン ジュリア");
  EXPECT_EQ(fold_key("北京\xE3\x80\x80"), "北京");  // a full-width space at the end
}

TEST(FoldKey, KeysAreValidUtf8WhateverTheInput) {
  EXPECT_EQ(fold_key("a\xC0\xAF"
                     "b"),
            "ab");  // an overlong "/"
  EXPECT_EQ(fold_key("a\xED\xA0\x80"
                     "b"),
            "ab");  // a surrogate
  EXPECT_EQ(fold_key("a\xF4\x90\x80\x80"
                     "b"),
            "ab");  // past U+10FFFF
  EXPECT_EQ(fold_key("\xE6\xBA"
                     "溫"),
            "温");  // a cut-off sequence before a Han character
  // Control characters are dropped; a NUL byte does not cut the Chinese after it (OpenCC answers
  // with C strings).
  EXPECT_EQ(fold_key(std::string("Qmhe, \x01 \x00'溫 U,A", 17)), "qmhe 温 u a");
  EXPECT_EQ(to_simplified_chinese(std::string("溫\0溫", 7)), std::string("温\0温", 7));
}

}  // namespace
}  // namespace footprint::core
