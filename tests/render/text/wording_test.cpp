// The words of maps and posters in English and Chinese: months, dates, counts, numbers.
#include "render/text/wording.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace footprint::render {
namespace {

core::Entry dated(const std::string& date, const std::string& end = "") {
  core::Entry e;
  e.date = core::Date::parse(date);
  if (!end.empty()) e.end = core::Date::parse(end);
  return e;
}

TEST(Wording, MonthsInBothLanguages) {
  EXPECT_EQ(month_name(Language::en, 1), "January");
  EXPECT_EQ(month_name(Language::zh, 12), "十二月");
  EXPECT_EQ(month_short(Language::en, 9), "Sep");
  EXPECT_EQ(month_short(Language::zh, 9), "9月");
  EXPECT_EQ(month_initial(Language::en, 5), "M");
}

TEST(Wording, DateSpans) {
  EXPECT_EQ(date_span(Language::en, dated("2024-06-01", "2024-08-30")), "Jun 1 – Aug 30");
  EXPECT_EQ(date_span(Language::en, dated("2024-06-01", "2024-06-14")), "Jun 1 – 14");
  EXPECT_EQ(date_span(Language::en, dated("2024-09")), "Sep 2024");
  EXPECT_EQ(date_span(Language::en, dated("2024-10-12T09:30")), "Oct 12");
  EXPECT_EQ(date_span(Language::zh, dated("2024-06-01", "2024-08-30")), "6月1日 – 8月30日");
  EXPECT_EQ(date_span(Language::zh, dated("2024-06-01", "2024-06-14")), "6月1日 – 14日");
  EXPECT_EQ(date_span(Language::zh, dated("2024-09")), "2024年9月");
  EXPECT_EQ(date_span(Language::en, core::Entry{}), "");
}

TEST(Wording, NumbersAndCounts) {
  EXPECT_EQ(grouped(0), "0");
  EXPECT_EQ(grouped(999), "999");
  EXPECT_EQ(grouped(18400), "18,400");
  EXPECT_EQ(grouped(1234567), "1,234,567");
  EXPECT_EQ(grouped(-1234), "-1,234");
  EXPECT_EQ(word_for(Language::en, Word::places, 1), "place");
  EXPECT_EQ(word_for(Language::en, Word::places, 2), "places");
  EXPECT_EQ(word_for(Language::en, Word::places, 0), "places");
  EXPECT_EQ(word_for(Language::en, Word::km, 1), "km");
  EXPECT_EQ(word_for(Language::zh, Word::places, 1), "个地点");
  EXPECT_EQ(more_line(Language::en, 12), "… and 12 more");
  EXPECT_EQ(more_line(Language::zh, 12), "……另有 12 项");
}

TEST(Wording, Languages) {
  EXPECT_EQ(parse_language("en"), Language::en);
  EXPECT_EQ(parse_language("zh"), Language::zh);
  EXPECT_THROW(parse_language("fr"), UsageError);
  EXPECT_EQ(status_mark(Language::en, core::Status::planned), " (planned)");
  EXPECT_EQ(status_mark(Language::zh, core::Status::cancelled), "（已取消）");
  EXPECT_EQ(status_mark(Language::en, core::Status::visited), "");
}

}  // namespace
}  // namespace footprint::render
