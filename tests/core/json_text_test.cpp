#include "core/json_text.hpp"

#include <gtest/gtest.h>

#include <cmath>

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

// The numbers rule (README, "Numbers"): a number is the double nearest to it; a changed journal
// writes the shortest text that reads as the same double; a number that no double keeps is
// refused where it is (issue 12, item 8).
std::string refusal(const std::string& text) {
  try {
    parse_json_strict(text, "j");
  } catch (const JournalError& e) {
    return std::to_string(e.line()) + ":" + std::to_string(e.column()) + ": " + e.what();
  }
  return "accepted";
}

TEST(JsonText, NumbersNoDoubleKeepsAreRefusedWhereTheyAre) {
  EXPECT_EQ(refusal("{\"a\": [1,\n  1e999]}"),
            "2:3: number 1e999 is out of range: beyond the largest double (1.8e308), it cannot be "
            "kept");
  EXPECT_EQ(refusal("[1e309]"),
            "1:2: number 1e309 is out of range: beyond the largest double (1.8e308), it cannot be "
            "kept");
  EXPECT_EQ(refusal("[-1e309]"),
            "1:2: number -1e309 is out of range: beyond the largest double (1.8e308), it cannot "
            "be kept");
  const std::string tiny =
      " is too close to zero for a double (the smallest is 4.9e-324) and would be written back "
      "as 0";
  EXPECT_EQ(refusal("[0, 1e-400]"), "1:5: number 1e-400" + tiny);
  EXPECT_EQ(refusal("{\"x\": -2e-324}"), "1:7: number -2e-324" + tiny);  // rounds to -0
  EXPECT_EQ(refusal("[123e-10000000]"), "1:2: number 123e-10000000" + tiny);
  EXPECT_EQ(refusal("[0." + std::string(40, '0') + "1e-300]"),
            "1:2: number 0.0000000000000000000000…" + tiny);
  // Zeros are zeros, however written; the smallest doubles are kept.
  for (const char* kept :
       {"[0e-400]", "[0.000e5]", "[-0.0E-999]", "[4.9e-324]", "[2.5e-324]", "[1e-320]",
        "[1.7976931348623157e308]", "[123456789012345678901234567890]"}) {
    EXPECT_EQ(refusal(kept), "accepted") << kept;
  }
}

TEST(JsonText, NumbersAreWrittenAsTheShortestTextOfTheirDouble) {
  const Json doc = parse_json_strict(
      "[-0, -0.0, 0.10, 1E2, 1e-320, 51.178400000000003, 123456789012345678901234567890, -0e5]",
      "x");
  EXPECT_EQ(to_canonical_json(doc),
            "[-0.0, -0.0, 0.1, 100.0, 1e-320, 51.1784, 1.2345678901234568e+29, -0.0]\n");
  EXPECT_TRUE(std::signbit(doc[0].get<double>()));  // -0 keeps its sign, as JavaScript's does
  EXPECT_EQ(to_canonical_json(parse_json_strict(to_canonical_json(doc), "again")),
            to_canonical_json(doc));
}

// Nothing raw in a message: the parser's "last read" quotes the bytes it stopped at.
TEST(JsonText, MessagesEscapeRawBytes) {
  EXPECT_EQ(refusal("[\"\xFF\"]"),
            "1:3: syntax error while parsing value - invalid string: ill-formed UTF-8 byte; last "
            "read: '\"\\xFF'");
  EXPECT_EQ(refusal("[1e\xE5]"),
            "1:4: syntax error while parsing value - invalid number; expected '+', '-', or digit "
            "after exponent; last read: '1e\\xE5'");
  EXPECT_EQ(refusal("{\"\\u202E\": 1, \"\\u202E\": 2}"),
            "1:15: duplicate member \"\\u202E\" at /\\u202E");
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
