// Hostile and unusual input through the real binary: huge journals, huge fields, bytes that are
// not text, odd paths and odd files. Each either works or is refused with a message that names
// the limit or the problem; never a crash, never a silent truncation, never a damaged journal.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>

#include "../core/temp_dir.hpp"
#include "run_footprint.hpp"

namespace footprint::test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

class HostileInput : public ::testing::Test {
 protected:
  void SetUp() override { fs::create_directory(dir_ / "j"); }
  fs::path journal() const { return dir_ / "j" / "journal.geojson"; }
  RunResult run(const std::vector<std::string>& args) {
    return run_footprint(args, journal(), dir_.path());
  }
  RunResult run_on(const fs::path& journal, const std::vector<std::string>& args) {
    return run_footprint(args, journal, dir_.path());
  }
  void use_sample() {
    fs::copy_file(std::string(FOOTPRINT_SOURCE_DIR) + "/samples/2024.geojson", journal());
  }
  // Runs and reports how long it took (these figures are quoted in bench/README.md).
  RunResult timed(const std::string& what, const std::vector<std::string>& args) {
    const auto start = Clock::now();
    RunResult r = run(args);
    const double s = std::chrono::duration<double>(Clock::now() - start).count();
    std::cout << "[ timing   ] " << what << ": " << s << " s\n";
    return r;
  }
  static std::vector<std::string> files_in(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& f : fs::directory_iterator(folder))
      names.push_back(f.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }

  TempDir dir_;
};

// Compares two large texts without handing them to gtest's diff (which grew the process to
// 24 GB for two 50 MB strings): their sizes, then the first offset where they differ.
::testing::AssertionResult same_bytes(const std::string& got, const std::string& want) {
  if (got.size() != want.size()) {
    return ::testing::AssertionFailure()
           << "sizes differ: " << got.size() << " bytes, expected " << want.size();
  }
  const auto [a, b] = std::mismatch(got.begin(), got.end(), want.begin());
  if (a == got.end()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "first difference at byte " << (a - got.begin());
}

// A journal of `entries` entries with notes of `note_bytes`, in the canonical layout.
std::string big_journal(std::size_t entries, std::size_t note_bytes) {
  std::string s =
      "{\n  \"type\": \"FeatureCollection\",\n  \"footprint\": {\n    \"version\": 1\n  },\n"
      "  \"features\": [";
  const std::string note(note_bytes, 'n');
  for (std::size_t i = 0; i < entries; ++i) {
    const std::string n = std::to_string(i);
    s += i == 0 ? "\n" : ",\n";
    s += "    {\n      \"type\": \"Feature\",\n      \"id\": \"2020-01-01-place-" + n +
         "\",\n      \"geometry\": {\n        \"type\": \"Point\",\n        \"coordinates\": [" +
         std::to_string(-180.0 + static_cast<double>(i % 3600) / 10.0) + ", " +
         std::to_string(static_cast<double>(i % 1800) / 20.0) +
         "]\n      },\n      \"properties\": {\n        \"title\": \"滑冰课 Skating lessons " + n +
         "\",\n        \"place\": \"Place " + n + "\",\n        \"date\": \"2020-01-01\",\n" +
         R"(        "notes": ")" + note + "\",\n        \"tags\": [\"a\", \"b\"],\n" +
         "        \"status\": \"visited\"\n      }\n    }";
  }
  return s + "\n  ]\n}\n";
}

TEST_F(HostileInput, FiftyMegabyteJournalLoadsAndSaves) {
  const std::string text = big_journal(100000, 250);
  ASSERT_GE(text.size(), 50u << 20);
  write_file(journal(), text);
  RunResult r = timed("validate a 50 MB journal", {"validate"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, journal().string() + ": valid, 100000 entries\n");
  r = timed("add to a 50 MB journal",
            {"add", "Banff", "--at", "51.1784,-115.5708", "--date", "2024-10-12"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "2024-10-12-banff\n");
  EXPECT_TRUE(same_bytes(read_file(journal().string() + ".bak"), text));
  r = run({"validate"});
  EXPECT_EQ(r.out, journal().string() + ": valid, 100001 entries\n");
}

TEST_F(HostileInput, JournalOverTheSizeLimitIsRefusedNamingTheLimit) {
  // A sparse file one byte over 1 GiB costs no disk space.
  write_file(journal(), "{}");
  ASSERT_EQ(::truncate(journal().c_str(), (1LL << 30) + 1), 0);
  const RunResult r = run({"add", "X", "--at", "1,2"});
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_EQ(r.err, "footprint: error: " + journal().string() +
                       " is larger than 1 GiB (1073741825 bytes); journals are limited to 1 GiB\n");
  EXPECT_EQ(fs::file_size(journal()), (1ull << 30) + 1);
}

TEST_F(HostileInput, TrackOfAMillionPoints) {
  std::string coordinates;
  for (int i = 0; i < 1000000; ++i) {
    coordinates += i == 0 ? "\n" : ",\n";
    coordinates += "          [" + std::to_string(-115.0 + i * 1e-6) + ", " +
                   std::to_string(51.0 + i * 1e-6) + "]";
  }
  write_file(journal(),
             "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"id\": "
             "\"2024-10-12-track\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": [" +
                 coordinates + "]}, \"properties\": {\"date\": \"2024-10-12\"}}]}\n");
  RunResult r = timed("show a 1,000,000-point track", {"show", "2024-10-12-track"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(
      r.out.find(
          "  track     1000000 positions from 51.00000, -115.00000 to 52.00000, -114.00000\n"),
      std::string::npos)
      << r.out;
  r = timed("edit the title of a 1,000,000-point track",
            {"edit", "2024-10-12-track", "--title", "Icefields Parkway"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto doc = nlohmann::json::parse(read_file(journal()));
  const auto& saved = doc["features"][0]["geometry"]["coordinates"];
  ASSERT_EQ(saved.size(), 1000000u);
  EXPECT_EQ(saved[999999], nlohmann::json::parse("[-114.000001, 51.999999]"));
  EXPECT_EQ(doc["features"][0]["properties"]["title"], "Icefields Parkway");
}

TEST_F(HostileInput, HundredKilobyteTitleIsKeptWhole) {
  std::string title;
  // 3 bytes each; an argument may have 128 KiB
  while (title.size() < std::size_t{100} * 1024) title += "滑";
  RunResult r =
      run({"add", "Edmonton", "--at", "53.5,-113.5", "--date", "2024-01-15", "--title", title});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run({"show", "2024-01-15-edmonton", "--json"});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(nlohmann::json::parse(r.out)["properties"]["title"], title);
  r = run({"list"});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find(title + "\n"), std::string::npos)
      << "not a terminal: the table cuts nothing";
  EXPECT_EQ(run({"validate"}).exit_code, 0);
}

TEST_F(HostileInput, ControlCharactersAndInvalidUtf8AreRefusedNamingTheOption) {
  use_sample();
  const std::string before = read_file(journal());
  struct Case {
    std::vector<std::string> args;
    std::string err;
  };
  const std::string utf8 = "footprint takes text as UTF-8";
  const std::string control = "only notes may hold line breaks and tabs";
  const std::vector<Case> cases = {
      {{"add", "X", "--at", "1,2", "--title", "caf\xE9"},
       "--title is not valid UTF-8 (byte 0xE9 at offset 3); " + utf8},
      {{"add", "Ban\x1b[2Jff", "--at", "1,2"},
       "the place name contains the control character U+001B (at offset 3); " + control},
      {{"add", "X", "--at", "1,2", "--note", "ok\nbut \x07 rings"},
       "--note contains the control character U+0007 (at offset 7); " + control},
      {{"add", "X", "--at", "1,2", "--tag", "a\tb"},
       "--tag contains the control character U+0009 (at offset 1); " + control},
      {{"add", "X", "--at", "1,2", "--id", "x\xFF"},
       "--id is not valid UTF-8 (byte 0xFF at offset 1); " + utf8},
      {{"add", "X", "--at", "1,2", "--trip", "\xED\xA0\x80"},
       "--trip is not valid UTF-8 (byte 0xED at offset 0); " + utf8},
      {{"edit", "2024-10-12-banff", "--country", "\xC0\xAF"},
       "--country is not valid UTF-8 (byte 0xC0 at offset 0); " + utf8},
      {{"edit", "2024-10-12-banff", "--region", "Alberta\xC2\x9B"},
       "--region contains the control character U+009B (at offset 7); " + control},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.err);
    const RunResult r = run(c.args);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err, "footprint: error: " + c.err + "\n");
    EXPECT_EQ(read_file(journal()), before);
  }
  // Line breaks and tabs are fine in notes; a search and an id must be text too.
  RunResult r =
      run({"add", "X", "--at", "1,2", "--date", "2024-02-02", "--note", "line one\n\tline two"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run({"show", "2024-02-02-x", "--json"});
  EXPECT_EQ(nlohmann::json::parse(r.out)["properties"]["notes"], "line one\n\tline two");
  r = run({"list", "--search", "\xFF\xFE"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "footprint: error: --search is not valid UTF-8 (byte 0xFF at offset 0); " +
                       utf8 + "\n");
  // An id is text from the command line too, checked as every other (issue 12, item 2).
  const RunResult id = run({"show", "\xFF"});
  EXPECT_EQ(id.exit_code, 2);
  EXPECT_EQ(id.err,
            "footprint: error: the id is not valid UTF-8 (byte 0xFF at offset 0); " + utf8 + "\n");
  EXPECT_EQ(run({"validate"}).exit_code, 0);
  const RunResult init = run_on(dir_ / "other.geojson", {"init", "--home", "\x7F"});
  EXPECT_EQ(init.exit_code, 2);
  EXPECT_EQ(init.err,
            "footprint: error: --home contains the control character U+007F (at offset 0); " +
                control + "\n");
  EXPECT_FALSE(fs::exists(dir_ / "other.geojson"));
}

// A style whose font is not installed would be drawn in whatever fontconfig substitutes (DejaVu
// for a missing serif): not the map the style asked for, and nobody would notice. Refused naming
// the style file, the JSON pointer and the font, before anything is drawn; `footprint styles`
// marks such a style invalid. A family list ("A, B") is fine when one of its fonts is installed.
TEST_F(HostileInput, StyleThatNamesAMissingFontIsRefusedNamingTheFont) {
  use_sample();
  fs::create_directory(dir_ / "styles");
  const fs::path style = dir_ / "styles" / "missing font.json";
  write_file(style, R"({"name": "missing", "description": "A font nobody has",
  "title": {"family": "Footprint Missing Serif", "size_pt": 20}})");
  const fs::path map = dir_ / "map.png";
  RunResult r = run({"map", "--trip", "banff-2024", "--size", "400x300", "--style", style.string(),
                     "-o", map.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "footprint: error: " + style.string() +
                       ": /title/family: the font \"Footprint Missing Serif\" is not installed "
                       "(fc-list : family lists the installed fonts)\n");
  EXPECT_EQ(r.out, "");
  EXPECT_FALSE(fs::exists(map));

  r = run_footprint({"styles"}, journal(), dir_.path(),
                    {{"FOOTPRINT_STYLES_DIR", (dir_ / "styles").string()}});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "missing font (invalid: " + style.string() +
                       ": /title/family: the font \"Footprint Missing Serif\" is not installed "
                       "(fc-list : family lists the installed fonts))\n");

  write_file(style, R"({"label": {"family": "Footprint Missing Sans, Nor This One"}})");
  r = run({"map", "--size", "400x300", "--style", style.string(), "-o", map.string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "footprint: error: " + style.string() +
                       ": /label/family: none of the fonts \"Footprint Missing Sans, Nor This "
                       "One\" is installed (fc-list : family lists the installed fonts)\n");
  EXPECT_FALSE(fs::exists(map));

  write_file(style, R"({"label": {"family": "Footprint Missing Sans, Noto Sans"}})");
  r = run({"map", "--trip", "banff-2024", "--size", "400x300", "--style", style.string(), "-o",
           map.string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // Only the line that says what became of the entries: no warning about the fonts.
  EXPECT_EQ(r.err.rfind("footprint: " + map.string() + ": 3 entries: 3 drawn,", 0), 0u) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_GT(fs::file_size(map), 1000u);
}

TEST_F(HostileInput, IdsWithSlashesOrOfAnyLengthOpenInTheEditor) {
  // The editor's temporary file is named after the id; '/' and 300 characters must not break it.
  std::string long_id;
  while (long_id.size() < 300) long_id += "滑";
  for (const std::string& id : {std::string("a/b"), std::string("../../x"), long_id}) {
    SCOPED_TRACE(id);
    ASSERT_EQ(run({"add", "X", "--at", "1,2", "--id", id}).exit_code, 0);
    const RunResult r =
        run_footprint({"edit", id}, journal(), dir_.path(), {{"EDITOR", R"(sed -i s/"X"/"Y"/)"}});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "Saved " + id + "\n");
  }
  EXPECT_EQ(run({"validate"}).out, journal().string() + ": valid, 3 entries\n");
}

TEST_F(HostileInput, PathsWithSpacesAndNonAsciiCharacters) {
  const fs::path folder = dir_ / "my travels 旅行" / "ça et là";
  const fs::path j = folder / "journal 日志 (2024).geojson";
  RunResult r = run_on(j, {"add", "Zürich", "--at", "47.37,8.54", "--date", "2024-05-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "footprint: created the folder " + folder.string() + "\nfootprint: created " +
                       j.string() + "\n");
  EXPECT_EQ(run_on(j, {"add", "Wien", "--at", "48.2,16.37", "--date", "2024-05-07"}).exit_code, 0);
  EXPECT_EQ(run_on(j, {"edit", "2024-05-01-zurich", "--title", "湖 Lake"}).exit_code, 0);
  EXPECT_EQ(run_on(j, {"rm", "2024-05-07-wien"}).exit_code, 0);
  r = run_on(j, {"validate"});
  EXPECT_EQ(r.out, j.string() + ": valid, 1 entry\n");
  EXPECT_EQ(files_in(folder), (std::vector<std::string>{"journal 日志 (2024).geojson",
                                                        "journal 日志 (2024).geojson.bak"}));
  r = run_footprint({"--journal", j.string(), "list"}, dir_ / "unused", dir_.path());
  EXPECT_NE(r.out.find("湖 Lake"), std::string::npos) << r.err;
}

TEST_F(HostileInput, JournalThatIsASymbolicLink) {
  fs::create_directory(dir_ / "real");
  fs::copy_file(std::string(FOOTPRINT_SOURCE_DIR) + "/samples/2024.geojson",
                dir_ / "real" / "2024.geojson");
  fs::create_symlink("../real/2024.geojson", journal());
  ASSERT_EQ(run({"add", "X", "--at", "1,2", "--date", "2024-02-02"}).exit_code, 0);
  EXPECT_TRUE(fs::is_symlink(journal()));
  EXPECT_EQ(run_on(dir_ / "real" / "2024.geojson", {"validate"}).out,
            (dir_ / "real" / "2024.geojson").string() + ": valid, 27 entries\n");
  EXPECT_TRUE(fs::exists(dir_ / "real" / "2024.geojson.bak"));
  // A link to a file not yet there: the first add creates the file the link names.
  const fs::path dangling = dir_ / "j" / "dangling.geojson";
  fs::create_symlink(dir_ / "later" / "new.geojson", dangling);
  RunResult r = run_on(dangling, {"add", "X", "--at", "1,2"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::is_symlink(dangling));
  EXPECT_TRUE(fs::is_regular_file(dir_ / "later" / "new.geojson"));
  // Links that go round in a circle name no file: refused, and left as they are.
  const fs::path loop = dir_ / "j" / "loop.geojson";
  fs::create_symlink("loop2.geojson", loop);
  fs::create_symlink("loop.geojson", dir_ / "j" / "loop2.geojson");
  for (const auto& args :
       {std::vector<std::string>{"add", "X", "--at", "1,2"}, {"list"}, {"init"}}) {
    SCOPED_TRACE(args[0]);
    r = run_on(loop, args);
    EXPECT_EQ(r.exit_code, 5);
    EXPECT_EQ(r.err, "footprint: error: cannot read " + loop.string() +
                         ": Too many levels of symbolic links\n");
    EXPECT_TRUE(fs::is_symlink(loop));
  }
}

TEST_F(HostileInput, JournalThatIsAFolder) {
  fs::create_directory(journal());
  for (const auto& args :
       {std::vector<std::string>{"add", "X", "--at", "1,2"}, {"list"}, {"validate"}}) {
    SCOPED_TRACE(args[0]);
    const RunResult r = run(args);
    EXPECT_EQ(r.exit_code, 5);
    EXPECT_EQ(r.err,
              "footprint: error: " + journal().string() + " is a folder, not a journal file\n");
  }
  EXPECT_TRUE(fs::is_empty(journal()));
}

TEST_F(HostileInput, ReadOnlyJournalIsReadButNeverReplaced) {
  use_sample();
  ASSERT_EQ(::chmod(journal().c_str(), 0444), 0);
  const std::string before = read_file(journal());
  for (const auto& args : {std::vector<std::string>{"add", "X", "--at", "1,2"},
                           {"edit", "2024-10-12-banff", "--title", "x"},
                           {"rm", "2024-10-12-banff"}}) {
    SCOPED_TRACE(args[0]);
    const RunResult r = run(args);
    EXPECT_EQ(r.exit_code, 5);
    EXPECT_EQ(r.err, "footprint: error: " + journal().string() +
                         " is read-only (no write permission); nothing was changed. chmod u+w "
                         "makes it writable\n");
  }
  EXPECT_EQ(read_file(journal()), before);
  EXPECT_EQ(run({"list", "--trip", "banff-2024"}).exit_code, 0);
  EXPECT_EQ(run({"validate"}).exit_code, 0);
  struct stat st {};
  ASSERT_EQ(::stat(journal().c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0444u);
}

}  // namespace
}  // namespace footprint::test
