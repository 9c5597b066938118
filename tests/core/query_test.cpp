#include "core/query.hpp"

#include <gtest/gtest.h>

#include "core/journal.hpp"

namespace footprint::core {
namespace {

Entry make(const std::string& id, const std::string& date, const std::string& end = "") {
  Entry e;
  e.id = id;
  if (!date.empty()) e.date = Date::parse(date);
  if (!end.empty()) e.end = Date::parse(end);
  e.coordinates = {{0, 0}};
  return e;
}

std::vector<std::string> ids(const std::vector<Entry>& entries) {
  std::vector<std::string> out;
  out.reserve(entries.size());
  for (const auto& e : entries) out.push_back(e.id);
  return out;
}

TEST(Query, SortsByDateWithUndatedLast) {
  const auto out = select({make("c", ""), make("b", "2024-05-02"), make("a", "2024-05")}, {});
  EXPECT_EQ(ids(out), (std::vector<std::string>{"a", "b", "c"}));
}

TEST(Query, DateFiltersSelectOverlappingRanges) {
  const std::vector<Entry> all = {make("skating", "2023-12-20", "2024-03-16"),
                                  make("zoo", "2024-05-20"), make("later", "2025-01-02"),
                                  make("undated", "")};
  Query year;
  year.year = 2024;
  EXPECT_EQ(ids(select(all, year)), (std::vector<std::string>{"skating", "zoo"}));
  Query range;
  range.from = Date::parse("2024-04");
  range.to = Date::parse("2024-12-31");
  EXPECT_EQ(ids(select(all, range)), (std::vector<std::string>{"zoo"}));
  Query open;
  open.from = Date::parse("2024-05-20");
  EXPECT_EQ(ids(select(all, open)), (std::vector<std::string>{"zoo", "later"}));
}

TEST(Query, TextIgnoresCaseAndAccents) {
  Entry e = make("x", "2024-01-01");
  e.place = "Zürich";
  e.title = "滑冰课 Skating lessons";
  Query q;
  q.text = "ZURICH";
  EXPECT_TRUE(q.matches(e));
  q.text = "滑冰";
  EXPECT_TRUE(q.matches(e));
  q.text = "skiing";
  EXPECT_FALSE(q.matches(e));
}

TEST(Query, TagsTripAndStatus) {
  Entry e = make("x", "2024-01-01");
  e.tags = {"music", "winter"};
  e.trip = "home";
  e.status = Status::planned;
  Query q;
  q.tags = {"music", "winter"};
  q.trip = "home";
  q.status = Status::planned;
  EXPECT_TRUE(q.matches(e));
  q.tags.emplace_back("summer");
  EXPECT_FALSE(q.matches(e));
  q.tags.pop_back();
  q.status = Status::visited;
  EXPECT_FALSE(q.matches(e));
}

}  // namespace
}  // namespace footprint::core
