#include "core/user_text.hpp"

#include <gtest/gtest.h>

namespace footprint::core {
namespace {

TEST(UserText, AcceptsUtf8TextInAnyScript) {
  EXPECT_EQ(user_text_problem("滑冰课 Skating lessons", TextLines::single), std::nullopt);
  EXPECT_EQ(user_text_problem("Zürich 🏔 Ελλάδα", TextLines::single), std::nullopt);
  EXPECT_EQ(user_text_problem("", TextLines::single), std::nullopt);
  EXPECT_EQ(user_text_problem("line one\n\tline two", TextLines::multiple), std::nullopt);
}

TEST(UserText, RefusesInvalidUtf8SayingWhere) {
  EXPECT_EQ(user_text_problem("ab\xFF", TextLines::single),
            "is not valid UTF-8 (byte 0xFF at offset 2); footprint takes text as UTF-8");
  for (const char* bad : {"\xC3\x28", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80",
                          "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80", "\xE6\xBB", "\x80"}) {
    SCOPED_TRACE(bad);
    const auto problem = user_text_problem(bad, TextLines::multiple);
    ASSERT_TRUE(problem.has_value());
    EXPECT_TRUE(problem->starts_with("is not valid UTF-8 (byte 0x")) << *problem;
  }
}

TEST(UserText, RefusesControlCharacters) {
  EXPECT_EQ(user_text_problem("a\x1b[31mred", TextLines::single),
            "contains the control character U+001B (at offset 1); only notes may hold line breaks "
            "and tabs");
  EXPECT_TRUE(user_text_problem("two\nlines", TextLines::single).has_value());
  EXPECT_TRUE(user_text_problem("tab\there", TextLines::single).has_value());
  EXPECT_TRUE(user_text_problem("del\x7F", TextLines::multiple).has_value());
  EXPECT_TRUE(user_text_problem("carriage\r", TextLines::multiple).has_value());
  EXPECT_EQ(*user_text_problem("c1 \xC2\x9B", TextLines::multiple),
            "contains the control character U+009B (at offset 3); only notes may hold line breaks "
            "and tabs");
  EXPECT_TRUE(user_text_problem(std::string("nul\0", 4), TextLines::multiple).has_value());
}

// Ids are typed and compared by people: no character that is not seen as what it is. The set
// is derived from Unicode's general categories (scripts/make-invisible-table), not listed here.
TEST(UserText, IdsRefuseSpacesFormatAndBidiCharactersNamingThem) {
  struct Case {
    const char* id;
    const char* problem;
  };
  const Case cases[] = {
      {"a\u00A0b", "U+00A0 at offset 1 is a space"},
      {"a\u3000b", "U+3000 at offset 1 is a space"},
      {"a\u2028b", "U+2028 at offset 1 is a line separator"},
      {"a\u2029b", "U+2029 at offset 1 is a paragraph separator"},
      {"2024\u202Eabc", "U+202E at offset 4 is an invisible format character"},
      {"\uFEFFbanff", "U+FEFF at offset 0 is an invisible format character"},
      {"banff\u200B", "U+200B at offset 5 is an invisible format character"},
      // Not among the six of the issue; the rule finds them too.
      {"a\u180Eb", "U+180E at offset 1 is an invisible format character"},
      {"a\u2066b", "U+2066 at offset 1 is an invisible format character"},
      {"a\u00ADb", "U+00AD at offset 1 is an invisible format character"},
      {"a\u205Fb", "U+205F at offset 1 is a space"},
      {"a\U000E0041b", "U+E0041 at offset 1 is an invisible format character"},
      {"a b", "U+0020 at offset 1 is a space"},
      {"a\tb", "U+0009 at offset 1 is a control character"},
      {"a\xC2\x85", "U+0085 at offset 1 is a control character"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.id);
    EXPECT_EQ(
        id_problem(c.id),
        std::string("an id must not hold spaces, control or format characters; ") + c.problem);
  }
  EXPECT_EQ(id_problem(""), "an id must not be empty");
  EXPECT_EQ(id_problem("ab\xFF"), "an id must be UTF-8; byte 0xFF at offset 2 is not");
  for (const char* good :
       {"2024-10-12-banff", "2024-10-12-滑冰", "Zürich~1/2", "☕️-café", "x"}) {
    EXPECT_EQ(id_problem(good), std::nullopt) << good;
  }
}

TEST(UserText, InvisibleCategoriesFollowUnicode) {
  EXPECT_EQ(invisible_category(U'\u00A0'), "Zs");
  EXPECT_EQ(invisible_category(U'\u2028'), "Zl");
  EXPECT_EQ(invisible_category(U'\u202E'), "Cf");
  EXPECT_EQ(invisible_category(0x0000), "Cc");
  EXPECT_EQ(invisible_category(0xE007F), "Cf");
  for (char32_t visible : {U'a', U'~', U'é', U'滑', U'\uFE0F', U'\U0001F3D4', char32_t{0x10FFFF}}) {
    EXPECT_EQ(invisible_category(visible), std::nullopt) << static_cast<unsigned>(visible);
  }
}

// Messages quote what was given; a terminal must never get its raw bytes (issue 12, item 9).
TEST(UserText, PrintableTextEscapesWhatATerminalWouldMisread) {
  EXPECT_EQ(printable_text("Zürich 滑冰 🏔\n\tnext"), "Zürich 滑冰 🏔\n\tnext");
  EXPECT_EQ(printable_text("ab\xFF"
                           "c"),
            "ab\\xFFc");
  EXPECT_EQ(printable_text("Caf\xE9"), "Caf\\xE9");
  EXPECT_EQ(printable_text("\xED\xA0\x80"), "\\xED\\xA0\\x80");  // a surrogate is no UTF-8
  EXPECT_EQ(printable_text("\x1B[31mred\x7F"), "\\x1B[31mred\\x7F");
  EXPECT_EQ(printable_text("c1 \xC2\x9B"), "c1 \\u009B");
  EXPECT_EQ(printable_text("abc\u202Edef\u200B"), "abc\\u202Edef\\u200B");
  EXPECT_EQ(printable_text("no\u00A0break"), "no\u00A0break");
  EXPECT_EQ(printable_text(std::string("nul\0", 4)), "nul\\x00");
}

}  // namespace
}  // namespace footprint::core
