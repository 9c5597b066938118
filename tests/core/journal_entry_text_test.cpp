// The fast reading of an entry's text (core/journal_entry_text.cpp) against the strict path it
// stands for (parse_json_strict, validate_feature, entry_from_feature): where the fast path gives
// an Entry, the strict path gives the same one; where the strict path refuses, so does the fast
// path; and the entries footprint writes are all read the fast way.
#include "core/journal_entry_text.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "core/entry_json.hpp"
#include "core/journal.hpp"
#include "core/journal_layout.hpp"
#include "core/journal_schema.hpp"
#include "core/user_text.hpp"
#include "test_journals.hpp"

namespace footprint::core {
namespace {

std::optional<Entry> strict_entry(std::string_view text) {
  try {
    const Json feature = parse_json_strict(text, "entry");
    if (!validate_feature(feature, "/features/0").empty()) return std::nullopt;
    return entry_from_feature(feature);
  } catch (const JournalError&) {
    return std::nullopt;
  }
}

// An Entry as a value that says every field (feature_from_entry writes them all), to compare.
std::string shown(const std::optional<Entry>& entry) {
  return entry ? feature_from_entry(*entry).dump() : "(refused)";
}

// Both readings of `text` agree: the same Entry, or both refuse. Returns whether it was read.
bool agree(std::string_view text) {
  const std::optional<Entry> fast = read_entry_text(text);
  const std::optional<Entry> strict = strict_entry(text);
  EXPECT_EQ(shown(fast), shown(strict)) << printable_text(text);
  return fast.has_value();
}

// A valid entry with `extra` as the value of a member footprint does not know, at the feature's
// top and inside its properties.
std::vector<std::string> with_unknown_member(const std::string& extra) {
  return {R"({"type": "Feature", "id": "e", "geometry": {"type": "Point", "coordinates": [1, 2]},
"properties": {"title": "t"}, "x-extra": )" +
              extra + "}",
          R"({"type": "Feature", "id": "e", "geometry": {"type": "Point", "coordinates": [1, 2]},
"properties": {"x-extra": )" +
              extra + R"(, "date": "2024-01-02"}})"};
}

std::string with_title(const std::string& json_string) {
  return R"({"type": "Feature", "id": "e", "geometry": {"type": "Point", "coordinates": [1, 2]},
"properties": {"title": )" +
         json_string + "}}";
}

std::string with_coordinates(const std::string& coordinates) {
  return R"({"type": "Feature", "id": "e", "geometry": {"type": "Point", "coordinates": )" +
         coordinates + "}}";
}

std::vector<std::string> feature_texts(const std::string& journal) {
  const auto layout = scan_journal_layout(journal);
  std::vector<std::string> out;
  if (!layout || !layout->features) return out;
  for (const TextSpan& span : *layout->features)
    out.push_back(journal.substr(span.begin, span.size));
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(JournalEntryText, ReadsEveryEntryFootprintWritesAsTheStrictPathDoes) {
  const std::string sample = read_file(FOOTPRINT_SOURCE_DIR "/samples/2024.geojson");
  std::vector<std::string> features = feature_texts(sample);
  ASSERT_GT(features.size(), 10u);
  for (const std::string& f : feature_texts(test::kCanonical)) features.push_back(f);
  for (const std::string& f : features) EXPECT_TRUE(agree(f)) << f;
}

// JSONTestSuite's texts that every parser must accept (y_*), as values of a member footprint does
// not know, its strings as a title and its numbers as an altitude and a longitude.
TEST(JournalEntryText, ReadsJsonTestSuitesValidTextsAsTheStrictPathDoes) {
  const std::vector<std::string> values = {
      "[[]   ]",
      "[]",
      "[\"\"]",
      "[false]",
      "[null, 1, \"1\", {}]",
      "[null]",
      "[1\n]",
      " [1]",
      "[1,null,null,null,2]",
      "[2] ",
      "{}",
      "{\"\":0}",
      R"({"asd":"sdf", "dfg":"fgh"})",
      R"({ "min": -1.0e+28, "max": 1.0e+28 })",
      "{\"a\":[]}",
      "{\n\"a\": \"b\"\n}",
      R"({"x":[{"id": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}], "id": "xxxx"})",
      R"({"title":"\u041f\u043e\u043b\u0442\u043e\u0440\u0430" })",
      "false",
      "42",
      "-0.1",
      "null",
      "\"asd\"",
      "true",
      "\"\"",
      "[\"a\"]\n",
      "[true]",
      " [] "};
  const std::vector<std::string> strings = {
      R"("\u0060\u012a\u12AB")",
      R"("\uD801\udc37")",
      R"("\ud83d\ude39\ud83d\udc8d")",
      R"("\"\\\/\b\f\n\r\t")",
      R"("\\u0000")",
      R"("\"")",
      R"("a/*b*/c/*d//e")",
      R"("\\a")",
      R"("\\n")",
      R"("\u0012")",
      R"("\uFFFF")",
      R"("asd")",
      R"("\uDBFF\uDFFF")",
      R"("new\u00A0line")",
      "\"\xF4\x8F\xBF\xBF\"",
      "\"\xEF\xBF\xBF\"",
      R"("\u0000")",
      R"("\u002c")",
      "\"\xCF\x80\"",
      "\"\xF0\x9B\xBF\xBF\"",
      R"("asd ")",
      R"(" ")",
      R"("\uD834\uDd1e")",
      R"("\u0821")",
      R"("\u0123")",
      "\"\xE2\x80\xA8\"",
      "\"\xE2\x80\xA9\"",
      R"("\u0061\u30af\u30EA\u30b9")",
      R"("new\u000Aline")",
      "\"\x7F\"",
      R"("\uA66D")",
      R"("\u005C")",
      "\"\xE2\x8D\x82\xE3\x88\xB4\xE2\x8D\x82\"",
      R"("\uDBFF\uDFFE")",
      R"("\uD83F\uDFFE")",
      R"("\u200B")",
      R"("\u2064")",
      R"("\uFDD0")",
      R"("\uFFFE")",
      R"("\u0022")",
      "\"\xE2\x82\xAC\xF0\x9D\x84\x9E\"",
      "\"a\177a\""};  // DEL in octal: \x7Fa would be one escape
  const std::vector<std::string> numbers = {
      "123e65",
      "0e+1",
      "0e1",
      " 4",
      "-0.0000000000000000000000000000000000000000000000000001",
      "20e1",
      "-0",
      "-123",
      "-1",
      "1E22",
      "1E-2",
      "1E+2",
      "123e45",
      "123.456e78",
      "1e-2",
      "1e+2",
      "123",
      "123.456789",
      "100000000000000000000",
      "-237462374673276894279832749832423479823"};
  for (const std::string& v : values) {
    for (const std::string& text : with_unknown_member(v)) EXPECT_TRUE(agree(text)) << v;
  }
  for (const std::string& s : strings) {
    EXPECT_TRUE(agree(with_title(s))) << s;
    for (const std::string& text : with_unknown_member("[" + s + "]")) EXPECT_TRUE(agree(text));
  }
  for (const std::string& n : numbers) {
    EXPECT_TRUE(agree(with_coordinates("[1, 2, " + n + "]"))) << n;
    agree(with_coordinates("[" + n + ", 2]"));  // outside -180..180 for some: refused by both
    for (const std::string& text : with_unknown_member("[" + n + "]")) EXPECT_TRUE(agree(text));
  }
}

// JSONTestSuite's texts that every parser must refuse (n_*), those it leaves to implementations
// (i_*), which the strict path refuses, and the two "valid" ones it refuses (duplicate names).
TEST(JournalEntryText, RefusesWhatTheStrictPathRefuses) {
  const std::vector<std::string> values = {
      "[1 true]", "[\"\": 1]", "[\"\"],", "[,1]", "[1,,2]", "[\"x\",,]", "[\"x\"]]", "[\"\",]",
      "[\"x\"", "[x", "[3[4]]", "[1:2]", "[,]", "[-]", "[   , \"\"]", "[\"a\",\n4\n,1,", "[1,]",
      "[1,,]", "[\"\va\"\f]", "[*]", "[\"\"", "[1,", "[{}", "[fals]", "[nul]", "[tru]", "[++1234]",
      "[+1]", "[+Inf]", "[-01]", "[-1.0.]", "[-2.]", "[-NaN]", "[.-1]", "[.2e-3]", "[0.1.2]",
      "[0.3e+]", "[0.3e]", "[0.e1]", "[0E+]", "[0E]", "[0e+]", "[0e]", "[1.0e+]", "[1.0e-]",
      "[1.0e]", "[1 000.0]", "[1eE2]", "[2.e+3]", "[2.e-3]", "[2.e3]", "[9.e+]", "[Inf]", "[NaN]",
      "[\xEF\xBC\x91]", "[1+2]", "[0x1]", "[0x42]", "[Infinity]", "[0e+-1]", "[-123.123foo]",
      "[-Infinity]", "[-foo]", "[- 1]", "[-012]", "[-.123]", "[-1x]", "[1ea]", "[1.]", "[.123]",
      "[1.2a-3]", "[1.8011670033376514H-308]", "[012]", "[\"x\", truth]", "{[: \"x\"}",
      "{\"x\", null}", R"({"x"::"b"})", "{\xF0\x9F\x87\xA8\xF0\x9F\x87\xAD}", R"({"a":"a" 123})",
      "{key: 'value'}", "{\"a\" b}", "{:\"b\"}", R"({"a" "b"})", "{\"a\":", "{\"a\"", "{1:1}",
      "{9999E9999:1}", "{null:null,null:null}", "{\"id\":0,,,,,}", "{'a':0}", "{\"id\":0,}",
      R"({"a":"b"}/**/)", R"({"a":"b",,"c":"d"})", "{a: \"b\"}", R"({"a":"a)",
      R"({ "foo" : "bar", "a" })", R"({"a":"b"}#)", "[\xC3\xA9]", std::string("[\"\\\0\"]", 5),
      R"(["\x00"])", R"(["\\\"])", "[\"\\\t\"]", "[\"\\\xF0\x9F\x8C\x80\"]", R"(["\"])",
      R"(["\u00A"])", R"(["\uD834\uDd"])", R"(["\uD800\uD800\x"])", "[\"\\u\xE5\"]", R"(["\a"])",
      R"(["\uqqqq"])", "[\"\\\xE5\"]", R"([\u0020"asd"])", "[\\n]", "\"", "['single quote']", "abc",
      "[\"\\", std::string("[\"a\0a\"]", 7), "[\"new\nline\"]", "[\"\t\"]", R"("\UA66D")", "\"\"x",
      "<.>", "[1]x", "[1]]", "[\"asd]", "a\xC3\xA5", "[True]", "1]", "{\"x\": true,", "[][]", "]",
      "[", "", std::string("[\0]", 3), "2@", "{}}", "{\"\":", R"({"a":/*comment*/"b"})",
      R"({"a": true} "x")", "['", "[,", "{", "*", R"({"a":"b"}#{})", R"([\u000A""])", "[1",
      "\xC3\xA5", "[\xE2\x81\xA0]", "[\f]", R"(["\uD800\"])", R"(["\uD800\u"])", R"(["\uD800\u1"])",
      R"(["\uD800\u1x"])",
      // i_*: numbers no double keeps, strings that are not UTF-8 or lone surrogates, deep nesting
      "[123.456e-789]", "[1.5e+9999]", "[-1e+9999]", "[123123e100000]", "[123e-10000000]",
      "[-123123e100000]", "[1e-400]", "[1e309]", R"(["\uDADA"])", R"(["\uD800\uD800\n"])",
      R"(["\ud800"])", R"(["\uDFAA"])", R"(["\uDd1ea"])", R"(["\uD800\n"])", R"(["\uD888\u1234"])",
      R"(["\ud800abc"])", R"(["\uDd1e\uD834"])", "[\"\xE6\x97\xA5\xD1\x88\xFA\"]",
      "[\"\xED\xA0\x80\"]", "[\"\xFF\"]", "[\"\xE9\"]", "[\"\x81\"]", "[\"\xF4\xBF\xBF\xBF\"]",
      "[\"\xC0\xAF\"]", "[\"\xFC\x83\xBF\xBF\xBF\xBF\"]", "[\"\xE0\xFF\"]", R"({"\uDFAA":0})",
      std::string(70, '[') + std::string(70, ']'),
      // y_object_duplicated_key*: footprint refuses duplicate names
      R"({"a":"b","a":"c"})", R"({"a":"b","a":"b"})", R"({"x": {"a":1,"b":2,"a":1}})"};
  for (const std::string& v : values) {
    for (const std::string& text : with_unknown_member(v)) EXPECT_FALSE(agree(text)) << v;
    EXPECT_FALSE(agree(with_title(v))) << v;
  }
}

// Each rule of validate_feature broken once, in a feature otherwise valid.
TEST(JournalEntryText, RefusesWhatTheSchemaRefuses) {
  const std::string g = R"("geometry": {"type": "Point", "coordinates": [1, 2]})";
  const std::string head = R"({"type": "Feature", "id": "e", )" + g;
  const std::vector<std::string> features = {
      "[]",
      "\"Feature\"",
      "null",
      "1",
      R"({"id": "e", )" + g + "}",
      R"({"type": "feature", "id": "e", )" + g + "}",
      R"({"type": 1, "id": "e", )" + g + "}",
      R"({"type": "Feature", )" + g + "}",
      R"({"type": "Feature", "id": 5, )" + g + "}",
      R"({"type": "Feature", "id": "", )" + g + "}",
      R"({"type": "Feature", "id": "a b", )" + g + "}",
      R"({"type": "Feature", "id": "a\u200Bb", )" + g + "}",
      R"({"type": "Feature", "id": "a)"
      "\xE2\x80\xAE"
      R"(b", )" +
          g + "}",
      R"({"type": "Feature", "id": "\u0000", )" + g + "}",
      R"({"type": "Feature", "id": "e", "id": "f", )" + g + "}",
      R"({"type": "Feature", "id": "e"})",
      R"({"type": "Feature", "id": "e", "geometry": null})",
      R"({"type": "Feature", "id": "e", "geometry": "x"})",
      R"({"type": "Feature", "id": "e", "geometry": {"coordinates": [1, 2]}})",
      R"({"type": "Feature", "id": "e", "geometry": {"type": "Polygon", "coordinates": [1, 2]}})",
      R"({"type": "Feature", "id": "e", "geometry": {"type": 5, "coordinates": [1, 2]}})",
      R"({"type": "Feature", "id": "e", "geometry": {"type": "Point"}})",
      with_coordinates("[1]"),
      with_coordinates("[]"),
      with_coordinates("[1, 2, 3, 4]"),
      with_coordinates("[\"1\", 2]"),
      with_coordinates("[1, null]"),
      with_coordinates("[1, 2, true]"),
      with_coordinates("[181, 0]"),
      with_coordinates("[-180.0001, 0]"),
      with_coordinates("[0, -90.5]"),
      with_coordinates("[0, 91.2]"),
      with_coordinates("[[1, 2], [3, 4]]"),
      with_coordinates("{}"),
      with_coordinates("null"),
      R"({"type": "Feature", "id": "e", "geometry": {"type": "LineString", "coordinates": [[1, 2]]}})",
      R"({"type": "Feature", "id": "e", "geometry": {"type": "LineString", "coordinates": [1, 2]}})",
      R"({"type": "Feature", "id": "e", "geometry": {"type": "LineString", "coordinates": []}})",
      R"({"type": "Feature", "id": "e", "geometry": {"type": "LineString",
          "coordinates": [[1, 2], [3, "4"]]}})",
      R"({"type": "Feature", "id": "e", "geometry": {"type": "LineString",
          "coordinates": [[1, 2], [3]]}})",
      R"({"type": "Feature", "id": "e", "geometry": {"type": "LineString",
          "coordinates": [[1, 2], [3, 95]]}})",
      R"({"type": "Feature", "id": "e", "geometry": {"type": "Point", "coordinates": [1, 2],
          "type": "Point"}})"};
  for (const std::string& f : features) EXPECT_FALSE(agree(f)) << f;
  const std::vector<std::string> properties = {"[]",
                                               "\"x\"",
                                               "5",
                                               "true",
                                               R"({"title": 5})",
                                               R"({"place": null})",
                                               R"({"notes": []})",
                                               R"({"region": {}})",
                                               R"({"country": 1})",
                                               R"({"trip": false})",
                                               R"({"date": "2024-02-30"})",
                                               R"({"date": 2024})",
                                               R"({"date": ""})",
                                               R"({"date": "yesterday"})",
                                               R"({"end": "2024-01-02"})",
                                               R"({"date": "2024-01-03", "end": "2024-01-02"})",
                                               R"({"date": "2024-02", "end": "2024-01"})",
                                               R"({"date": "bad", "end": "2024-01-02"})",
                                               R"({"tags": "a"})",
                                               R"({"tags": [1]})",
                                               R"({"tags": [null]})",
                                               R"({"tags": {}})",
                                               R"({"photos": "x"})",
                                               R"({"photos": [""]})",
                                               R"({"photos": ["a\nb"]})",
                                               R"({"photos": ["a\u0007"]})",
                                               R"({"photos": [1]})",
                                               R"({"status": "done"})",
                                               R"({"status": 1})",
                                               R"({"status": "Visited"})",
                                               R"({"title": "a", "title": "b"})",
                                               R"({"x": {"y": 1, "y": 2}})"};
  for (const std::string& p : properties) {
    EXPECT_FALSE(agree(head + ", \"properties\": " + p + "}")) << p;
  }
}

// Forms the schema allows that are not the ones footprint writes: each read as the strict path
// reads it.
TEST(JournalEntryText, ReadsEveryValidFormAsTheStrictPathDoes) {
  const std::string g = R"("geometry": {"type": "Point", "coordinates": [1, 2]})";
  const std::string head = R"({"type": "Feature", "id": "e", )" + g;
  const std::string spaced =
      "{\r\n\t\"type\"\t:\r\n\"Feature\" , \"id\":\"e\",\"geometry\":{\"type\":\"Point\","
      "\"coordinates\":[ 1 , 2 ]}  }";
  const std::vector<std::string> features = {
      head + "}",
      head + R"(, "properties": null})",
      head + R"(, "properties": {}})",
      R"({"properties": {"title": "t"}, "geometry": {"coordinates": [3, 4], "type": "Point"},
          "id": "e", "type": "Feature"})",
      spaced,
      with_coordinates("[1, 2, 1045.5]"),
      with_coordinates("[-180, 90]"),
      with_coordinates("[180, -90]"),
      with_coordinates("[1E1, -0.0]"),
      with_coordinates("[-0, 0e5]"),
      with_coordinates("[-113.49, 53.54]"),
      with_coordinates("[179.99999999999999999999, 1]"),
      with_coordinates("[4.9e-324, 1]"),
      R"({"type": "Feature", "id": "e", "geometry": {"type": "LineString",
          "coordinates": [[-115.5708, 51.1784, 1], [-115.5875, 51.1694], [3, 4]]}})",
      R"({"type": "Feature", "id": "e", "geometry": {"type": "Point", "coordinates": [1, 2],
          "bbox": [1, 2, 1, 2], "x": {"coordinates": "no"}}, "x-source": "gpx"})",
      R"({"type": "Feature", "id": "caf\u00e9-\ud83d\ude00", )" + g + "}"};
  for (const std::string& f : features) EXPECT_TRUE(agree(f)) << f;
  const std::vector<std::string> properties = {
      R"({"title": "caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \n\t", "place": "", "notes": "a\nb"})",
      R"({"status": "visited"})",
      R"({"status": "planned"})",
      R"({"status": "cancelled"})",
      R"({"date": "2024"})",
      R"({"date": "2024-05"})",
      R"({"date": "2024-05-17T14:30Z", "end": "2024-05-17"})",
      R"({"end": "2024-05-31", "date": "2024-05"})",
      R"({"tags": []})",
      R"({"tags": ["nature", "", "音乐"], "photos": ["2024/IMG_1.jpg", "/media/a b.HEIC"]})",
      R"({"photos": []})",
      R"({"weather": {"sky": "clear", "t": [12.5, -0, 1e2]}, "x": null})",
      R"({"title": "t", "trip": "banff-2024", "region": "Alberta", "country": "Canada"})"};
  for (const std::string& p : properties) {
    EXPECT_TRUE(agree(head + ", \"properties\": " + p + "}")) << p;
  }
}

// What the fast path leaves to the strict one though it is valid: member names with escapes
// (compared decoded), nesting deeper than 16 levels, objects of more than 64 members. A journal
// holding them is read all the same.
TEST(JournalEntryText, LeavesRareValidFormsToTheStrictPath) {
  std::string members = "{";
  for (int i = 0; i < 65; ++i) members += (i ? ", \"m" : "\"m") + std::to_string(i) + "\": 1";
  members += "}";
  const std::vector<std::string> extras = {R"({"foo\u0000bar": 42})", R"({"\u0061": 1})",
                                           std::string(16, '[') + std::string(16, ']'), members};
  std::string journal = R"({"type": "FeatureCollection", "features": [)";
  int n = 0;
  for (const std::string& extra : extras) {
    for (const std::string& text : with_unknown_member(extra)) {
      EXPECT_FALSE(read_entry_text(text)) << text;
      EXPECT_TRUE(strict_entry(text)) << text;
      const std::string id = "e" + std::to_string(n);
      journal += (n++ ? ", " : "") + text.substr(0, text.find("\"e\"")) + "\"" + id + "\"" +
                 text.substr(text.find("\"e\"") + 3);
    }
  }
  journal += "]}";
  const Journal j = Journal::parse(journal, "j");
  ASSERT_EQ(j.size(), 8u);
  EXPECT_EQ(j.get("e7").title, "");
  EXPECT_EQ(j.get("e6").title, "t");
  EXPECT_EQ(j.get("e1").date->text(), "2024-01-02");
}

}  // namespace
}  // namespace footprint::core
