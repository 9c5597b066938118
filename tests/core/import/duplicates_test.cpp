#include "core/import/duplicates.hpp"

#include <gtest/gtest.h>

namespace footprint::core::import {
namespace {

Entry point(double lon, double lat, const char* date, const char* end = nullptr) {
  Entry e;
  e.coordinates = {{lon, lat}};
  if (date) e.date = Date::parse(date);
  if (end) e.end = Date::parse(end);
  return e;
}

ImportItem item(Entry e, const char* origin) {
  return {std::move(e), origin, {}};
}

TEST(Duplicates, SamePlaceAndOverlappingDays) {
  // 0.0008° of latitude is 89 m: within; 0.0010° is 111 m: not.
  EXPECT_TRUE(same_visit(point(8.5, 47.3, "2024-05-01"), point(8.5, 47.3008, "2024-05-01")));
  EXPECT_FALSE(same_visit(point(8.5, 47.3, "2024-05-01"), point(8.5, 47.301, "2024-05-01")));
  EXPECT_TRUE(same_visit(point(8.5, 47.3, "2024-05"), point(8.5, 47.3, "2024-05-20")));
  EXPECT_TRUE(same_visit(point(8.5, 47.3, "2024-05-01", "2024-05-05"),
                         point(8.5, 47.3, "2024-05-05T10:00Z")));
  EXPECT_FALSE(same_visit(point(8.5, 47.3, "2024-05-01"), point(8.5, 47.3, "2024-05-02")));
  EXPECT_TRUE(same_visit(point(8.5, 47.3, nullptr), point(8.5, 47.3, nullptr)));
  EXPECT_FALSE(same_visit(point(8.5, 47.3, nullptr), point(8.5, 47.3, "2024-05-01")));
}

TEST(Duplicates, AcrossTheAntimeridianAndNearThePole) {
  EXPECT_TRUE(
      same_visit(point(179.9996, -16.5, "2024-01-01"), point(-179.9996, -16.5, "2024-01-01")));
  auto d = remove_duplicates({item(point(-179.9996, -16.5, "2024-01-01"), "b")},
                             {point(179.9996, -16.5, "2024-01-01")});
  EXPECT_EQ(d.existing.size(), 1u);
  d = remove_duplicates({item(point(40, 89.9996, "2024-01-01"), "b")},
                        {point(-140, 89.9996, "2024-01-01")});
  EXPECT_EQ(d.existing.size(), 1u) << "89 m apart across the North Pole";
  d = remove_duplicates({item(point(50, 80.0004, "2024-01-01"), "b")},
                        {point(50, 79.9998, "2024-01-01")});
  EXPECT_EQ(d.existing.size(), 1u) << "either side of 80°N, where the cells change";
}

TEST(Duplicates, TracksMatchByStartAndEnd) {
  Entry a = point(8.5, 47.3, "2024-05-01");
  a.coordinates.push_back({8.6, 47.4});
  Entry b = a;
  EXPECT_TRUE(same_visit(a, b));
  b.coordinates.back() = {8.7, 47.4};
  EXPECT_FALSE(same_visit(a, b));
  EXPECT_FALSE(same_visit(a, point(8.5, 47.3, "2024-05-01")));  // a track is not a point
}

TEST(Duplicates, SplitsIntoNewMergedAndExisting) {
  Entry in_journal = point(-115.57, 51.18, "2024-10-12");
  in_journal.id = "2024-10-12-banff";
  Entry first = point(-114.0, 51.0, "2024-10-13");
  first.tags = {"hike"};
  Entry again = point(-114.0, 51.0, "2024-10-13");
  again.tags = {"lake", "hike"};
  again.title = "Lake";
  auto d = remove_duplicates(
      {item(first, "f: 1"), item(point(-115.57, 51.18, "2024-10-12"), "f: 2"), item(again, "f: 3")},
      {in_journal});
  ASSERT_EQ(d.to_add.size(), 1u);
  EXPECT_EQ(d.to_add[0].origin, "f: 1");
  EXPECT_EQ(d.to_add[0].entry.tags, (std::vector<std::string>{"hike", "lake"}));
  EXPECT_EQ(d.to_add[0].entry.title, "Lake");
  ASSERT_EQ(d.merged.size(), 1u);
  EXPECT_EQ(d.merged[0].first.origin, "f: 3");
  EXPECT_EQ(d.merged[0].second, 0u);
  ASSERT_EQ(d.existing.size(), 1u);
  EXPECT_EQ(d.existing[0].second, "2024-10-12-banff");
}

TEST(Duplicates, TenThousandItemsInOneTown) {
  std::vector<ImportItem> items;
  items.reserve(10001);
  for (int i = 0; i < 10000; ++i) {
    const int column = i % 100, row = i / 100;
    items.push_back(item(point(8.5 + column * 0.002, 47.3 + row * 0.002, "2024-05-01"), "x"));
  }
  items.push_back(items.front());
  auto d = remove_duplicates(std::move(items), {});
  EXPECT_EQ(d.to_add.size(), 10000u);
  EXPECT_EQ(d.merged.size(), 1u);
}

}  // namespace
}  // namespace footprint::core::import
