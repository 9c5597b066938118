// The layout scan (core/journal_layout.cpp) and what it makes possible in core/journal.cpp: a
// journal read one entry at a time, and written back with the entries it did not change as the
// bytes they were read as.
#include "core/journal_layout.hpp"

#include <gtest/gtest.h>

#include "core/journal.hpp"
#include "core/json_text.hpp"

namespace footprint::core {
namespace {

std::string text_of(std::string_view text, const TextSpan& span) {
  return std::string(text.substr(span.begin, span.size));
}

TEST(JournalLayout, FindsTheMembersAndEachFeatureAsWritten) {
  const std::string text =
      " {\"type\" :\"FeatureCollection\",\n\"features\": [ {\"a\": [1, {\"b\": \"}]\\\"\"}]} ,"
      "{} ], \"x\": 5.5e1 }\n";
  const auto layout = scan_journal_layout(text);
  ASSERT_TRUE(layout);
  ASSERT_EQ(layout->members.size(), 3u);
  EXPECT_EQ(text_of(text, layout->members[0].name), "\"type\"");
  EXPECT_EQ(text_of(text, layout->members[0].value), "\"FeatureCollection\"");
  EXPECT_EQ(text_of(text, layout->members[1].name), "\"features\"");
  EXPECT_EQ(text_of(text, layout->members[2].value), "5.5e1");
  ASSERT_TRUE(layout->features);
  ASSERT_EQ(layout->features->size(), 2u);
  EXPECT_EQ(text_of(text, (*layout->features)[0]), "{\"a\": [1, {\"b\": \"}]\\\"\"}]}");
  EXPECT_EQ((*layout->features)[0].depth, 3u);
  EXPECT_EQ(text_of(text, (*layout->features)[1]), "{}");
  EXPECT_EQ((*layout->features)[1].depth, 1u);
}

TEST(JournalLayout, DeclinesWhatIsNotShapedLikeAJournal) {
  for (const char* text : {"", "[]", "\xEF\xBB\xBF{}", "{\"a\": 1} x", "{\"a\": 1,}", "{\"a\" 1}",
                           "{\"features\": [1,]}", "{\"features\": [1 2]}", R"({"a": "open})",
                           "{\"features\": [{]}", "{a: 1}"}) {
    EXPECT_FALSE(scan_journal_layout(text)) << text;
  }
  EXPECT_FALSE(scan_journal_layout(std::string_view("{\"a\": 1}\0", 9)));
  EXPECT_TRUE(scan_journal_layout("{}"));
}

// Written by hand or another tool: entries on one line, tabs, escapes, numbers as they came.
const char* const kHandWritten = R"({"type":"FeatureCollection","features":[
	{"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"title":"caf\u00e9","date":"2024-01-01"}},
	{"type": "Feature", "id": "b", "geometry": {"type": "Point", "coordinates": [3, 4.0]},
	 "properties": {"date": "2024-02-01", "x-other-tool": {"keep": [1e2, -0]}}},
				{"type":"Feature","id":"c","geometry":{"type":"Point","coordinates":[5,6]},"properties":{"date":"2024-03-01"}}
]}
)";

TEST(JournalByEntry, UnchangedEntriesKeepTheirBytesAndTheRestIsCanonical) {
  Journal j = Journal::parse(kHandWritten, "j");
  Entry a = j.get("a");
  a.title = "One";
  j.update(a);
  EXPECT_EQ(j.serialize(), R"({
  "type": "FeatureCollection",
  "features": [
    {
      "type": "Feature",
      "id": "a",
      "geometry": {
        "type": "Point",
        "coordinates": [1, 2]
      },
      "properties": {
        "title": "One",
        "date": "2024-01-01"
      }
    },
    {"type": "Feature", "id": "b", "geometry": {"type": "Point", "coordinates": [3, 4.0]},
	 "properties": {"date": "2024-02-01", "x-other-tool": {"keep": [1e2, -0]}}},
    {"type":"Feature","id":"c","geometry":{"type":"Point","coordinates":[5,6]},"properties":{"date":"2024-03-01"}}
  ]
}
)");
  // What was written reads back to the same document.
  EXPECT_EQ(Journal::parse(j.serialize(), "again").document(), j.document());
}

TEST(JournalByEntry, ACanonicalJournalStaysExactlyCanonicalAfterChanges) {
  Journal first = Journal::parse(kHandWritten, "j");
  first.set_setting("owner", "Li");
  const std::string canonical = to_canonical_json(first.document());
  Journal j = Journal::parse(canonical, "j");
  Entry e;
  e.place = "Banff";
  e.date = Date::parse("2024-02-15");
  e.coordinates = {{-115.57, 51.18}};
  j.add(e);
  j.remove("c");
  EXPECT_EQ(j.serialize(), to_canonical_json(j.document()));
  EXPECT_EQ(j.entries().at(2).id, "2024-02-15-banff");
}

TEST(JournalByEntry, AJournalTheScanDeclinesIsReadWhole) {
  // "features" spelled with an escape is the same member to JSON: read whole, written canonical.
  const std::string text =
      R"({"type": "FeatureCollection", "feat\u0075res": [{"type": "Feature", "id": "a", )"
      R"("geometry": {"type": "Point", "coordinates": [1, 2]}}]})";
  Journal j = Journal::parse(text, "j");
  EXPECT_EQ(j.get("a").coordinates.front().lon, 1);
  EXPECT_EQ(j.serialize(), text);
  j.remove("a");
  EXPECT_EQ(j.serialize(), "{\n  \"type\": \"FeatureCollection\",\n  \"features\": []\n}\n");
}

// A value nested 64 levels deep in the document is the limit; one more is refused, also when it
// sits inside an entry read on its own (where it is only 62 levels deep).
std::string nested_in_entry(int levels) {
  return R"({"type": "FeatureCollection", "features": [{"type": "Feature", "id": "a", )"
         R"("geometry": {"type": "Point", "coordinates": [1, 2]}, "properties": {"x": )" +
         std::string(levels, '[') + std::string(levels, ']') + "}}]}";
}

TEST(JournalByEntry, NestingIsCountedFromTheDocument) {
  EXPECT_EQ(Journal::check(nested_in_entry(60), "j").size(), 0u);
  const auto problems = Journal::check(nested_in_entry(61), "j");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].to_string(), "j:1:209: nesting deeper than 64 levels");
  EXPECT_THROW(Journal::parse(nested_in_entry(61), "j"), InvalidJournal);
}

TEST(JournalByEntry, EveryProblemIsReportedAsWhenReadWhole) {
  const std::string text =
      R"({"type": "FeatureCollection", "features": [)"
      R"({"type": "Feature", "id": "a", "geometry": {"type": "Point", "coordinates": [1, 2]}},)"
      "\n"
      R"({"type": "Feature", "id": "a", "geometry": {"type": "Point", "coordinates": [1, 95]}}]})";
  const auto problems = Journal::check(text, "j");
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].to_string(),
            "j:2:81: /features/1/geometry/coordinates/1 (entry a): latitude 95 is outside -90..90");
  EXPECT_EQ(problems[1].to_string(),
            "j:2:27: /features/1/id (entry a): duplicate id \"a\" (also at /features/0)");
}

}  // namespace
}  // namespace footprint::core
