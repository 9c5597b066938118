#include "core/journal.hpp"

#include <gtest/gtest.h>

#include "core/entry_json.hpp"
#include "test_journals.hpp"

namespace footprint::core {
namespace {

// A journal text with one feature whose parts the test replaces.
std::string with_feature(const std::string& feature) {
  return R"({"type": "FeatureCollection", "features": [)" + feature + "]}";
}
std::string point(const std::string& coords, const std::string& props = "{}") {
  return R"({"type": "Feature", "id": "x", "geometry": {"type": "Point", "coordinates": )" +
         coords + R"(}, "properties": )" + props + "}";
}

struct Malformed {
  const char* name;
  std::string text;
  std::string expected;  // the first problem, as a user sees it
};

std::vector<Malformed> malformed_cases() {
  const std::string ok = point("[1, 2]");
  return {
      {"empty file", "", "j:1:1: the file is empty; a journal is a JSON object"},
      {"only spaces", "  \n ",
       "j:2:2: syntax error while parsing value - unexpected end of input; expected '[', '{', or a "
       "literal"},
      {"truncated object", R"({"type": "FeatureCollection", "features": [)",
       "j:1:44: syntax error while parsing value - unexpected end of input; expected '[', '{', or "
       "a literal"},
      {"truncated string", R"({"type": "Feature)",
       "j:1:18: syntax error while parsing value - invalid string: missing closing quote; last "
       "read: '\"Feature'"},
      {"byte order mark", "\xEF\xBB\xBF{}",
       "j:1:1: the file starts with a UTF-8 byte order mark (BOM), which JSON does not allow; save "
       "it as UTF-8 without BOM"},
      {"invalid UTF-8", "{\"type\": \"Feature\xC3\x28\"}",
       "j:1:19: syntax error while parsing value - invalid string: ill-formed UTF-8 byte; last "
       "read: '\"Feature\\xC3('"},
      {"lone surrogate", R"({"a": "\ud800"})",
       "j:1:14: syntax error while parsing value - invalid string: surrogate U+D800..U+DBFF must "
       "be followed by U+DC00..U+DFFF; last read: '\"\\ud800\"'"},
      {"raw control character", "{\"a\": \"x\ty\"}",
       "j:1:9: syntax error while parsing value - invalid string: control character U+0009 (HT) "
       "must be escaped to \\u0009 or \\t; last read: '\"x<U+0009>'"},
      {"NaN", with_feature(point("[NaN, 2]")),
       "j:1:121: syntax error while parsing value - invalid literal; last read: '\"coordinates\": "
       "[N'"},
      {"Infinity", with_feature(point("[Infinity, 2]")),
       "j:1:121: syntax error while parsing value - invalid literal; last read: '\"coordinates\": "
       "[I'"},
      {"minus Infinity", with_feature(point("[-Infinity, 2]")),
       "j:1:122: syntax error while parsing value - invalid number; expected digit after '-'; last "
       "read: '-I'"},
      {"1e999", with_feature(point("[1e999, 2]")),
       "j:1:121: number 1e999 is out of range: beyond the largest double (1.8e308), it cannot be "
       "kept"},
      {"-1e999", with_feature(point("[1, -1e999]")),
       "j:1:124: number -1e999 is out of range: beyond the largest double (1.8e308), it cannot "
       "be kept"},
      {"100000 nested arrays", std::string(100000, '[') + std::string(100000, ']'),
       "j:1:65: nesting deeper than 64 levels"},
      {"100000 nested objects",
       [] {
         std::string s;
         for (int i = 0; i < 100000; ++i) s += "{\"a\":";
         return s;
       }(),
       "j:1:321: nesting deeper than 64 levels"},
      {"trailing comma", R"({"type": "FeatureCollection", "features": [],})",
       "j:1:46: syntax error while parsing object key - unexpected '}'; expected string literal"},
      {"single quotes", R"({'type': 1})",
       "j:1:2: syntax error while parsing object key - invalid literal; last read: '{''; expected "
       "string literal"},
      {"comment", "{ // note\n}",
       "j:1:3: syntax error while parsing object key - invalid literal; last read: '{ /'; expected "
       "string literal"},
      {"text after the journal", R"({"type": "FeatureCollection", "features": []} x)",
       "j:1:47: syntax error while parsing value - invalid literal; last read: '\"features\": []} "
       "x'; expected end of input"},
      {"duplicate member", R"({"type": "FeatureCollection", "type": "x", "features": []})",
       "j:1:31: duplicate member \"type\" at /type"},
      {"root is an array", "[]",
       "j:1:1: expected a GeoJSON FeatureCollection object, found an array"},
      {"root is a string", "\"journal\"",
       "j:1:1: expected a GeoJSON FeatureCollection object, found a string"},
      {"missing type", R"({"features": []})",
       R"(j:1:1: /type: expected "type": "FeatureCollection")"},
      {"wrong type", R"({"type": "Feature", "features": []})",
       R"(j:1:10: /type: expected "type": "FeatureCollection")"},
      {"missing features", R"({"type": "FeatureCollection"})",
       "j:1:1: /features: a journal needs a \"features\" array"},
      {"features not an array", R"({"type": "FeatureCollection", "features": {}})",
       "j:1:43: /features: expected an array, found an object"},
      {"feature is a number", with_feature("7"),
       "j:1:44: /features/0 (entry #0): expected a Feature object, found a number"},
      {"feature of wrong type",
       with_feature(
           R"({"type": "Point", "id": "x", "geometry": {"type": "Point", "coordinates": [1, 2]}})"),
       R"(j:1:53: /features/0/type (entry x): expected "type": "Feature")"},
      {"missing id",
       with_feature(R"({"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]}})"),
       "j:1:44: /features/0/id (entry #0): an entry needs an \"id\" (a string such as "
       "\"2024-10-12-banff\")"},
      {"numeric id",
       with_feature(
           R"({"type": "Feature", "id": 7, "geometry": {"type": "Point", "coordinates": [1, 2]}})"),
       "j:1:70: /features/0/id (entry #0): an id must be a string such as \"2024-10-12-banff\""},
      {"id with a space",
       with_feature(
           R"({"type": "Feature", "id": "a b", "geometry": {"type": "Point", "coordinates": [1, 2]}})"),
       "j:1:70: /features/0/id (entry a b): an id must not hold spaces, control or format "
       "characters; U+0020 at offset 1 is a space"},
      {"duplicate ids", with_feature(ok + ", " + ok),
       "j:1:174: /features/1/id (entry x): duplicate id \"x\" (also at /features/0)"},
      {"null geometry", with_feature(R"({"type": "Feature", "id": "x", "geometry": null})"),
       "j:1:87: /features/0/geometry (entry x): an entry needs a geometry (a Point or a "
       "LineString)"},
      {"polygon",
       with_feature(
           R"({"type": "Feature", "id": "x", "geometry": {"type": "Polygon", "coordinates": []}})"),
       "j:1:96: /features/0/geometry/type (entry x): geometry type \"Polygon\" is not supported; "
       "use Point or LineString"},
      {"no coordinates",
       with_feature(R"({"type": "Feature", "id": "x", "geometry": {"type": "Point"}})"),
       "j:1:87: /features/0/geometry/coordinates (entry x): a Point needs \"coordinates\""},
      {"one number", with_feature(point("[1]")),
       "j:1:120: /features/0/geometry/coordinates (entry x): a position has 2 or 3 numbers "
       "[longitude, latitude, altitude], found 1"},
      {"string coordinate", with_feature(point("[\"1\", 2]")),
       "j:1:121: /features/0/geometry/coordinates/0 (entry x): expected a number, found a string"},
      {"latitude 91.2", with_feature(point("[-113.5, 91.2]")),
       "j:1:129: /features/0/geometry/coordinates/1 (entry x): latitude 91.2 is outside -90..90"},
      {"longitude 181", with_feature(point("[181, 2]")),
       "j:1:121: /features/0/geometry/coordinates/0 (entry x): longitude 181 is outside -180..180"},
      {"one-position LineString",
       with_feature(
           R"({"type": "Feature", "id": "x", "geometry": {"type": "LineString", "coordinates": [[1, 2]]}})"),
       "j:1:125: /features/0/geometry/coordinates (entry x): a LineString needs at least 2 "
       "positions"},
      {"properties an array", with_feature(point("[1, 2]", "[]")),
       "j:1:143: /features/0/properties (entry x): expected an object, found an array"},
      {"numeric title", with_feature(point("[1, 2]", R"({"title": 5})")),
       "j:1:153: /features/0/properties/title (entry x): expected a string, found a number"},
      {"2024-02-30", with_feature(point("[1, 2]", R"({"date": "2024-02-30"})")),
       "j:1:152: /features/0/properties/date (entry x): invalid date \"2024-02-30\": February 2024 "
       "has 29 days"},
      {"end before date",
       with_feature(point("[1, 2]", R"({"date": "2024-05-02", "end": "2024-05-01"})")),
       "j:1:173: /features/0/properties/end (entry x): end 2024-05-01 is before the start date "
       "2024-05-02"},
      {"end without date", with_feature(point("[1, 2]", R"({"end": "2024-05-01"})")),
       "j:1:151: /features/0/properties/end (entry x): an end date needs a start \"date\""},
      {"tags not a list", with_feature(point("[1, 2]", R"({"tags": "a,b"})")),
       "j:1:152: /features/0/properties/tags (entry x): expected an array of strings, found a "
       "string"},
      {"numeric tag", with_feature(point("[1, 2]", R"({"tags": ["a", 2]})")),
       "j:1:158: /features/0/properties/tags/1 (entry x): expected a string, found a number"},
      {"photos not a list", with_feature(point("[1, 2]", R"({"photos": "a.jpg"})")),
       "j:1:154: /features/0/properties/photos (entry x): expected an array of strings, found a "
       "string"},
      {"numeric photo", with_feature(point("[1, 2]", R"({"photos": ["a.jpg", 7]})")),
       "j:1:164: /features/0/properties/photos/1 (entry x): expected a string, found a number"},
      {"empty photo path", with_feature(point("[1, 2]", R"({"photos": [""]})")),
       "j:1:155: /features/0/properties/photos/0 (entry x): a photo's path must not be empty"},
      {"photo path with a line break", with_feature(point("[1, 2]", R"({"photos": ["a\nb.jpg"]})")),
       "j:1:155: /features/0/properties/photos/0 (entry x): a photo's path contains the control "
       "character U+000A (at offset 1); only notes may hold line breaks and tabs"},
      {"unknown status", with_feature(point("[1, 2]", R"({"status": "done"})")),
       "j:1:154: /features/0/properties/status (entry x): invalid status \"done\": expected "
       "visited, planned or cancelled"},
      {"newer format",
       R"({"type": "FeatureCollection", "footprint": {"version": 2}, "features": []})",
       "j:1:56: /footprint/version: this journal was written in format version 2 by a newer "
       "footprint; this one reads version 1"},
      {"own places not a list",
       R"({"type": "FeatureCollection", "footprint": {"places": {}}, "features": []})",
       "j:1:55: /footprint/places: expected an array of places, found an object"},
      {"own place without coordinates",
       R"({"type": "FeatureCollection", "footprint": {"places": [{"name": "Meta MPK"}]}, "features": []})",
       "j:1:56: /footprint/places/0: a place needs \"coordinates\": [longitude, latitude]"},
      {"own place off the globe",
       R"({"type": "FeatureCollection", "footprint": {"places": [{"name": "Pole", "coordinates": [1, 95]}]}, "features": []})",
       "j:1:92: /footprint/places/0/coordinates/1: latitude 95 is outside -90..90"},
      {"two own places of one name",
       R"({"type": "FeatureCollection", "footprint": {"places": [{"name": "Home", "coordinates": [1, 2]}, {"name": "HOME", "coordinates": [3, 4]}]}, "features": []})",
       "j:1:106: /footprint/places/1/name: \"HOME\" is already the name of /footprint/places/0"},
  };
}

TEST(Journal, MalformedInputsGiveClearErrors) {
  const auto cases = malformed_cases();
  ASSERT_GE(cases.size(), 30u);
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto diagnostics = Journal::check(c.text, "j");
    ASSERT_FALSE(diagnostics.empty());
    EXPECT_EQ(diagnostics.front().to_string(), c.expected);
    EXPECT_THROW(Journal::parse(c.text, "j"), InvalidJournal);
  }
}

// check() (what `validate` runs) keeps no entry, but counts them, read by entry or whole.
TEST(Journal, CheckCountsTheEntriesOfAValidJournalOnly) {
  std::size_t n = 99;
  EXPECT_TRUE(Journal::check(test::kCanonical, "j", &n).empty());
  EXPECT_EQ(n, 2u);
  // "features" spelled with an escape: the layout scan leaves it to the whole reading.
  const std::string whole =
      R"({"type": "FeatureCollection", "feat\u0075res": [{"type": "Feature", "id": "a",
          "geometry": {"type": "Point", "coordinates": [1, 2]}}]})";
  n = 99;
  EXPECT_TRUE(Journal::check(whole, "j", &n).empty());
  EXPECT_EQ(n, 1u);
  EXPECT_EQ(Journal::parse(whole, "j").size(), 1u);
  n = 99;
  EXPECT_TRUE(Journal::check(R"({"type": "FeatureCollection", "features": []})", "j", &n).empty());
  EXPECT_EQ(n, 0u);
  n = 99;
  EXPECT_FALSE(
      Journal::check(with_feature(point("[1, 2]") + ", " + point("[1, 2]")), "j", &n).empty());
  EXPECT_EQ(n, 99u);
  // Nothing of one entry stays for the next: an end without a date after an entry with one.
  const std::string second = R"({"type": "Feature", "id": "y", "geometry": {"type": "Point",
      "coordinates": [1, 2]}, "properties": {"end": "2024-01-02"}})";
  const std::string text =
      with_feature(point("[1, 2]", R"({"date": "2024-01-01"})") + ", " + second);
  EXPECT_EQ(Journal::check(text, "j", &n).size(), 1u);
  EXPECT_THROW(Journal::parse(text, "j"), InvalidJournal);
}

TEST(Journal, ReportsEveryProblemNotJustTheFirst) {
  const std::string text =
      with_feature(point("[200, 95]", R"({"date": "2024-13-01", "status": "x"})"));
  const auto diagnostics = Journal::check(text, "j");
  ASSERT_EQ(diagnostics.size(), 4u);
  EXPECT_EQ(diagnostics[0].pointer, "/features/0/geometry/coordinates/0");
  EXPECT_EQ(diagnostics[1].pointer, "/features/0/geometry/coordinates/1");
  EXPECT_EQ(diagnostics[2].pointer, "/features/0/properties/date");
  EXPECT_EQ(diagnostics[3].pointer, "/features/0/properties/status");
}

TEST(Journal, LoadThenSaveIsByteIdentical) {
  const Journal j = Journal::parse(test::kCanonical, "j");
  EXPECT_FALSE(j.modified());
  EXPECT_EQ(j.serialize(), test::kCanonical);
}

TEST(Journal, UnchangedHandFormattedFileIsKeptAsWritten) {
  const std::string hand =
      R"({"type":"FeatureCollection","features":[)" + point("[1.50, 2.0]") + "]}";
  Journal j = Journal::parse(hand, "j");
  Entry e = j.get("x");
  j.update(e);  // no change
  EXPECT_EQ(j.serialize(), hand);
}

TEST(Journal, UnknownMembersSurviveAnEdit) {
  Journal j = Journal::parse(test::kCanonical, "j");
  Entry e = j.get("2024-04-16-calgary");
  e.title = "Visa interview";
  e.tags = {"visa"};
  j.update(e);
  const std::string out = j.serialize();
  std::string expected = test::kCanonical;
  expected.replace(expected.find("签证面试 Visa interview"),
                   std::string("签证面试 Visa interview").size(), "Visa interview");
  const std::string status_line = "        \"status\": \"visited\"\n";
  expected.replace(expected.find(status_line), status_line.size(),
                   "        \"status\": \"visited\",\n        \"tags\": [\"visa\"]\n");
  EXPECT_EQ(out, expected);
  // The altitude of the untouched point and the other tool's members are as they were.
  EXPECT_NE(out.find("[-114.0719, 51.0447, 1045.5]"), std::string::npos);
  EXPECT_NE(out.find("\"x-source\": \"gpx\""), std::string::npos);
  EXPECT_NE(out.find("\"temperature_c\": 12.5"), std::string::npos);
}

// Entries are read from validated features, but reading must not depend on it: a feature without
// "geometry" (or with null) gives an entry without a position, not undefined behaviour.
TEST(Journal, EntryFromAFeatureWithoutGeometryHasNoPosition) {
  const Json bare = Json::parse(R"({"type": "Feature", "id": "a", "properties": {"title": "T"}})");
  const Entry e = entry_from_feature(bare);
  EXPECT_EQ(e.id, "a");
  EXPECT_EQ(e.title, "T");
  EXPECT_TRUE(e.coordinates.empty());
  EXPECT_TRUE(
      entry_from_feature(Json::parse(R"({"id": "b", "geometry": null})")).coordinates.empty());
}

// An entry's photos are a list of paths in "properties": written after the trip, read back as
// written, removed with the last photo.
TEST(Journal, PhotosRoundTrip) {
  Journal j = Journal::parse(test::kCanonical, "j");
  Entry e = j.get("2024-04-16-calgary");
  e.photos = {"2024/IMG_0412.jpg", "/media/card/DCIM/张家界 1.jpg"};
  j.update(e);
  const std::string out = j.serialize();
  EXPECT_NE(out.find("\"photos\": [\"2024/IMG_0412.jpg\", \"/media/card/DCIM/张家界 1.jpg\"]"),
            std::string::npos)
      << out;
  const Journal again = Journal::parse(out, "j");
  EXPECT_EQ(again.get("2024-04-16-calgary").photos, e.photos);
  e.photos.clear();
  j.update(e);
  EXPECT_EQ(j.serialize(), test::kCanonical);
  EXPECT_EQ(entry_from_feature(feature_from_entry(again.get("2024-04-16-calgary"))).photos,
            (std::vector<std::string>{"2024/IMG_0412.jpg", "/media/card/DCIM/张家界 1.jpg"}));
}

TEST(Journal, ReadsEntries) {
  const Journal j = Journal::parse(test::kCanonical, "j");
  const auto entries = j.entries();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1].id, "2024-10-12-banff");
  EXPECT_TRUE(entries[1].is_track());
  EXPECT_TRUE(entries[1].is_range());
  EXPECT_EQ(entries[1].tags, (std::vector<std::string>{"nature", "history"}));
  EXPECT_EQ(entries[0].anchor(), (LonLat{-114.0719, 51.0447}));
  EXPECT_EQ(j.settings()["home"]["place"], "Edmonton");
}

TEST(Journal, AddMakesUniqueIdsAndKeepsDateOrder) {
  Journal j = Journal::parse(test::kCanonical, "j");
  Entry e;
  e.place = "Banff";
  e.date = Date::parse("2024-10-12");
  e.coordinates = {{-115.57, 51.18}};
  EXPECT_EQ(j.add(e), "2024-10-12-banff-2");
  EXPECT_EQ(j.add(e), "2024-10-12-banff-3");
  Entry early;
  early.place = "Zürich";
  early.date = Date::parse("2024-01-02T09:30");
  early.coordinates = {{8.54, 47.37}};
  EXPECT_EQ(j.add(early), "2024-01-02-zurich");
  Entry undated;
  undated.title = "滑冰";
  undated.coordinates = {{0, 0}};
  EXPECT_EQ(j.add(undated), "entry");
  std::vector<std::string> ids;
  for (const auto& x : j.entries()) ids.push_back(x.id);
  EXPECT_EQ(ids,
            (std::vector<std::string>{"2024-01-02-zurich", "2024-04-16-calgary", "2024-10-12-banff",
                                      "2024-10-12-banff-2", "2024-10-12-banff-3", "entry"}));
  EXPECT_TRUE(Journal::check(j.serialize(), "j").empty());
}

TEST(Journal, RefusesATakenId) {
  Journal j = Journal::parse(test::kCanonical, "j");
  Entry e;
  e.id = "2024-10-12-banff";
  e.coordinates = {{1, 2}};
  EXPECT_THROW(j.add(e), UsageError);
}

TEST(Journal, ResolvesUniquePrefixes) {
  const Journal j = Journal::parse(test::kCanonical, "j");
  EXPECT_EQ(j.resolve_id("2024-10"), "2024-10-12-banff");
  EXPECT_THROW(j.resolve_id("2024-"), Ambiguous);
  EXPECT_THROW(j.resolve_id("2025"), NotFound);
  EXPECT_THROW(j.resolve_id(""), NotFound);
}

TEST(Journal, RemovesAndReplaces) {
  Journal j = Journal::parse(test::kCanonical, "j");
  j.remove("2024-04-16-calgary");
  EXPECT_EQ(j.size(), 1u);
  EXPECT_THROW(j.remove("2024-04-16-calgary"), NotFound);
  Json f = j.feature("2024-10-12-banff");
  EXPECT_FALSE(j.replace_feature("2024-10-12-banff", to_canonical_json(f), "edit.json"));
  f["properties"]["date"] = "2024-10-11";
  EXPECT_TRUE(j.replace_feature("2024-10-12-banff", to_canonical_json(f), "edit.json"));
  EXPECT_EQ(j.get("2024-10-12-banff").date->text(), "2024-10-11");
}

// An entry edited by hand is reported in terms of the edited text: its file, line and column, and
// JSON pointers within it, not where the entry stands in the journal (issue 12, item 7).
TEST(Journal, ReplacedFeaturesAreReportedInTheEditedText) {
  Journal j = Journal::parse(test::kCanonical, "j");
  const std::string before = j.serialize();
  auto problems_of = [&](const std::string& text) {
    std::vector<std::string> out;
    try {
      j.replace_feature("2024-10-12-banff", text, "edit.json");
    } catch (const InvalidEdit& e) {
      for (const Diagnostic& d : e.diagnostics()) out.push_back(d.to_string());
    }
    return out;
  };
  const std::string head = "{\n  \"type\": \"Feature\",\n  \"id\": \"2024-10-12-banff\",\n";
  const std::string point =
      "  \"geometry\": {\"type\": \"Point\", \"coordinates\": [-115.5, 51.1]},\n";
  EXPECT_EQ(problems_of(head + point + "  \"properties\": {\"date\": \"2024-02-30\"}\n}\n"),
            std::vector<std::string>{"edit.json:5:26: /properties/date (entry 2024-10-12-banff): "
                                     "invalid date \"2024-02-30\": February 2024 has 29 days"});
  EXPECT_EQ(problems_of(head + point + "  \"properties\": {\"date\": 20241012}\n}\n"),
            std::vector<std::string>{"edit.json:5:26: /properties/date (entry 2024-10-12-banff): "
                                     "expected a date string like \"2024-10-12\", found a number"});
  EXPECT_EQ(problems_of(head + point + "  \"properties\": {\"date\": \"2024-10-12\",}\n}\n"),
            std::vector<std::string>{"edit.json:5:39: syntax error while parsing object key - "
                                     "unexpected '}'; expected string literal"});
  EXPECT_EQ(problems_of("{\"type\": \"Feature\", \"id\": \"2024-04-16-calgary\"}"),
            (std::vector<std::string>{
                "edit.json:1:1: /geometry (entry 2024-04-16-calgary): an entry needs a geometry (a "
                "Point or a LineString)",
                "edit.json:1:27: /id: another entry has the id \"2024-04-16-calgary\""}));
  EXPECT_EQ(j.serialize(), before);
  EXPECT_FALSE(j.modified());
}

TEST(Journal, SettingsChangeOnlyWhenDifferent) {
  Journal j = Journal::parse(test::kCanonical, "j");
  j.set_setting("version", 1);
  EXPECT_FALSE(j.modified());
  j.set_setting("places", Json::array());
  EXPECT_TRUE(j.modified());
}

}  // namespace
}  // namespace footprint::core
