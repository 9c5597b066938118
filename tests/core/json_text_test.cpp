#include "core/json_text.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "test_journals.hpp"

namespace footprint::core {
namespace {

TEST(JsonText, CanonicalLayoutRoundTripsByteForByte) {
  const Json doc = parse_json_strict(test::kCanonical, "j.geojson");
  EXPECT_EQ(to_canonical_json(doc), test::kCanonical);
}

TEST(JsonText, KeepsMemberOrderAndNumbers) {
  const Json doc = parse_json_strict(R"({"b": 1, "a": [0.1, 1e-7, 12345678901234567, -0.0]})", "x");
  EXPECT_EQ(to_canonical_json(doc),
            "{\n  \"b\": 1,\n  \"a\": [0.1, 1e-07, 12345678901234567, -0.0]\n}\n");
}

TEST(JsonText, PositionsCountCharactersNotBytes) {
  const std::string text = "{\n  \"t\": \"滑冰\", \"x\": 1}";
  const TextPosition p = position_at(text, text.find("\"x\""));
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.column, 14u);
}

TEST(JsonText, ErrorsNameFileLineAndColumn) {
  try {
    parse_json_strict("{\n  \"a\": 1,\n  \"b\": tru\n}", "journal.geojson");
    FAIL();
  } catch (const JournalError& e) {
    EXPECT_EQ(e.file(), "journal.geojson");
    EXPECT_EQ(e.line(), 3u);
    EXPECT_EQ(e.column(), 11u);
    EXPECT_NE(std::string(e.what()).find("invalid literal"), std::string::npos) << e.what();
  }
}

TEST(JsonText, DuplicateMembersAreRefusedWhereTheyAre) {
  try {
    parse_json_strict("{\"features\": [{\"id\": \"a\",\n \"id\": \"b\"}]}", "j");
    FAIL();
  } catch (const JournalError& e) {
    EXPECT_STREQ(e.what(), "duplicate member \"id\" at /features/0/id");
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.column(), 2u);
  }
}

TEST(JsonText, HugeNumbersAreRefusedWhereTheyAre) {
  try {
    parse_json_strict("{\"a\": [1,\n  1e999]}", "j");
    FAIL();
  } catch (const JournalError& e) {
    EXPECT_STREQ(e.what(), "number out of range");
    EXPECT_EQ(e.line(), 2u);
    EXPECT_EQ(e.column(), 3u);
  }
}

TEST(JsonText, DeepNestingIsRefusedWithoutRecursion) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  try {
    parse_json_strict(deep, "j");
    FAIL();
  } catch (const JournalError& e) {
    EXPECT_EQ(std::string(e.what()), "nesting deeper than 64 levels");
    EXPECT_EQ(e.column(), 65u);
  }
}

TEST(JsonText, LocatesPointers) {
  const auto found = locate_pointers(
      test::kCanonical, {"/features/1/geometry/coordinates/1/0", "/features/0", "/name", "/nope"});
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(test::kCanonical.substr(found.at("/features/1/geometry/coordinates/1/0"), 9),
            "-115.5875");
  EXPECT_EQ(test::kCanonical.substr(found.at("/name"), 6), "\"kept ");
  EXPECT_EQ(test::kCanonical[found.at("/features/0")], '{');
}

TEST(JsonText, PointerTokensAreEscaped) {
  EXPECT_EQ(pointer_token("a/b~c"), "a~1b~0c");
}

}  // namespace
}  // namespace footprint::core
