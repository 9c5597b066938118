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

}  // namespace
}  // namespace footprint::core
