#include "core/import/field_roles.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace footprint::core::import {
namespace {

TEST(FieldRoles, FindsUsualNamesIgnoringCaseSpacesAndGdalPrefix) {
  const std::vector<std::string> names{"Name", "Latitude", "LNG", "ogr_tags", "Start Date"};
  EXPECT_EQ(find_role(names, Role::title, {}), 0u);
  EXPECT_EQ(find_role(names, Role::lat, {}), 1u);
  EXPECT_EQ(find_role(names, Role::lon, {}), 2u);
  EXPECT_EQ(find_role(names, Role::tags, {}), 3u);
  EXPECT_EQ(find_role(names, Role::date, {}), 4u);
  EXPECT_FALSE(find_role(names, Role::notes, {}));
}

TEST(FieldRoles, PrefersTheMoreSpecificName) {
  // KML from LIBKML has both "name" and footprint's "title"; GPX both "time" and "date".
  EXPECT_EQ(find_role({"name", "title"}, Role::title, {}), 1u);
  EXPECT_EQ(find_role({"time", "ogr_date"}, Role::date, {}), 1u);
  EXPECT_EQ(find_role({"end", "enddate"}, Role::end, {}), 1u);
}

TEST(FieldRoles, ColumnsGivenOutrightWin) {
  const ColumnNames given = parse_column_names("lat=Breite,lon=Länge,title=Ort");
  EXPECT_EQ(find_role({"lat", "Breite"}, Role::lat, given), 1u);
  EXPECT_EQ(find_role({"Länge"}, Role::lon, given), 0u);
  EXPECT_FALSE(find_role({"name"}, Role::title, given));  // named outright, and absent
}

TEST(FieldRoles, BadColumnsAreUsageErrors) {
  try {
    parse_column_names("lat=Breite,height=H");
    FAIL();
  } catch (const UsageError& e) {
    EXPECT_STREQ(e.what(),
                 "--columns: unknown column role \"height\" (known: title, date, end, notes, "
                 "tags, trip, status, place, region, country, lat, lon, wkt)");
  }
  EXPECT_THROW(parse_column_names("lat"), UsageError);
  EXPECT_THROW(parse_column_names("lat=a,"), UsageError);
}

TEST(FieldRoles, DatesInTheFormsFilesUse) {
  EXPECT_EQ(parse_field_date("2024-05-17").text(), "2024-05-17");
  EXPECT_EQ(parse_field_date(" 2024/05/17 ").text(), "2024-05-17");
  EXPECT_EQ(parse_field_date("2024-05").text(), "2024-05");
  EXPECT_EQ(parse_field_date("2024-05-17 14:30").text(), "2024-05-17T14:30");
  EXPECT_EQ(parse_field_date("2024-05-17T08:00:00-06:00").text(), "2024-05-17T08:00:00-06:00");
  // Midnight UTC or of no zone is what a date-only value becomes in GPX and KML.
  EXPECT_EQ(parse_field_date("2024-05-17T00:00:00Z").text(), "2024-05-17");
  EXPECT_EQ(parse_field_date("2024-05-17T00:00:00+00:00").text(), "2024-05-17");
  EXPECT_EQ(parse_field_date("2024-05-17T00:00:00").text(), "2024-05-17");
  EXPECT_EQ(parse_field_date("2024-05-17T00:00:00+02:00").text(), "2024-05-17T00:00:00+02:00");
  EXPECT_THROW(parse_field_date("17.05.2024"), UsageError);
  EXPECT_THROW(parse_field_date("2024-02-30"), UsageError);
}

TEST(FieldRoles, TagsSplitOnCommasAndSemicolons) {
  EXPECT_EQ(split_tags("hike, lake;  nature ,,hike"),
            (std::vector<std::string>{"hike", "lake", "nature"}));
  EXPECT_TRUE(split_tags(" ").empty());
}

TEST(FieldRoles, Latin1BecomesUtf8AndUtf8StaysAsItIs) {
  EXPECT_EQ(to_utf8("Caf\xE9 M\xFCnchen"), "Café München");
  EXPECT_EQ(to_utf8("\x80 \x93quoted\x94"), "€ “quoted”");
  EXPECT_EQ(to_utf8("Zürich 苏黎世"), "Zürich 苏黎世");
}

TEST(FieldRoles, TextIsCleanedOrRefused) {
  EXPECT_EQ(single_line_text("  Lake\r\n\tLouise "), "Lake Louise");
  EXPECT_EQ(multi_line_text("one\r\ntwo\n"), "one\ntwo");
  EXPECT_THROW(single_line_text("bell\x07"), UsageError);
  EXPECT_THROW(multi_line_text("escape\x1B[31m"), UsageError);
}

}  // namespace
}  // namespace footprint::core::import
