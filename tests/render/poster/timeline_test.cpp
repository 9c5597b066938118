// Tests render/poster/timeline.cpp: with --lang zh, an entry without a title is listed by its
// place's Chinese name from the gazetteer; entries with titles, and other languages, as entered.
#include "render/poster/timeline.hpp"

#include <gtest/gtest.h>

#include "core/data_paths.hpp"

namespace footprint::render {
namespace {

MapPlace place(const std::string& name, double lon, double lat, const std::string& title) {
  MapPlace p;
  p.entry.id = "2024-12-10-x";
  p.entry.place = name;
  p.entry.title = title;
  p.entry.coordinates = {{lon, lat}};
  p.entry.date = core::Date::parse("2024-12-10");
  p.number = 1;
  return p;
}

TEST(Timeline, EntriesWithoutATitleAreListedByTheirPlacesChineseName) {
  const MapPlace vancouver = place("Vancouver", -123.1111, 49.2888, "");
  const MapPlace titled = place("Vancouver", -123.1111, 49.2888, "NeurIPS");
  const MapPlace own = place("Winspear Centre", -113.4909, 53.5444, "");
  std::vector<TimelineEntry> entries{{&vancouver, true, {}}, {&titled, true, {}}, {&own, true, {}}};
  name_places_in_chinese(entries, core::data_dir());
  EXPECT_EQ(entries[0].chinese_place, "温哥华");
  EXPECT_EQ(entries[1].chinese_place, "");  // a title is what the person wrote: kept
  EXPECT_EQ(entries[2].chinese_place, "");  // no town of that name there
  EXPECT_NE(timeline_text(entries[0], Language::zh).find("温哥华"), std::string::npos);
  EXPECT_EQ(timeline_text(entries[0], Language::zh).find("Vancouver"), std::string::npos);
  EXPECT_NE(timeline_text(entries[1], Language::zh).find("NeurIPS · Vancouver"), std::string::npos);
  EXPECT_NE(timeline_text(entries[2], Language::zh).find("Winspear Centre"), std::string::npos);
  // The journal is not touched: the entry keeps its name.
  EXPECT_EQ(vancouver.entry.place, "Vancouver");
}

TEST(Timeline, WithoutTheGazetteerNamesStayAsEntered) {
  const MapPlace vancouver = place("Vancouver", -123.1111, 49.2888, "");
  std::vector<TimelineEntry> entries{{&vancouver, true, {}}};
  name_places_in_chinese(entries, "/nonexistent");
  EXPECT_EQ(entries[0].chinese_place, "");
  EXPECT_NE(timeline_text(entries[0], Language::zh).find("Vancouver"), std::string::npos);
}

}  // namespace
}  // namespace footprint::render
