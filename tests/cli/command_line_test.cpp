// What every command does with what is typed: each piece of text checked in one place (naming
// the option, exit 2), and nothing written that `validate` would refuse (issue 12, items 1–10).
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <csignal>

#include "../core/temp_dir.hpp"
#include "run_footprint.hpp"

namespace footprint::test {
namespace {

class CommandLine : public ::testing::Test {
 protected:
  RunResult run(const std::vector<std::string>& args, std::map<std::string, std::string> env = {}) {
    return run_footprint(args, journal(), scratch_.path(), std::move(env));
  }
  std::filesystem::path journal() const { return dir_ / "journal.geojson"; }
  void use_sample() {
    std::filesystem::copy_file(std::string(FOOTPRINT_SOURCE_DIR) + "/samples/2024.geojson",
                               journal());
  }
  TempDir dir_, scratch_;
};

// Item 1: `place add ""` used to exit 0 and write a journal every later command refused.
TEST_F(CommandLine, NothingIsSavedThatValidateRefuses) {
  use_sample();
  const std::string before = read_file(journal());
  for (const std::string name : {"", " ", "\t", "-", ",", "\u00a0"}) {
    const RunResult r = run({"place", "add", name, "--at", "1,2"});
    EXPECT_EQ(r.exit_code, 2) << "[" << name << "] " << r.err;
    EXPECT_EQ(read_file(journal()), before) << "[" << name << "]";
  }
  const RunResult r = run({"place", "add", "", "--at", "1,2"});
  EXPECT_EQ(r.err,
            "footprint: error: the journal would not be valid after this change; nothing was "
            "changed\n  /footprint/places/0/name: a place's name must not be empty\n");
  EXPECT_EQ(run({"validate"}).exit_code, 0);
}

// Item 2: invalid UTF-8 escaped as an internal error (70) or was written; control characters
// and escape sequences were accepted and drawn.
TEST_F(CommandLine, EveryTextIsCheckedNamingItsOption) {
  use_sample();
  const std::string before = read_file(journal());
  struct Case {
    std::vector<std::string> args;
    std::string named;
  };
  const std::vector<Case> cases = {
      {{"place", "add", "\xff", "--at", "1,2"},
       "the place name is not valid UTF-8 (byte 0xFF at offset 0)"},
      {{"place", "add", "Caf\xe9", "--at", "1,2"},
       "the place name is not valid UTF-8 (byte 0xE9 at offset 3)"},
      {{"place", "add", "ok\x01", "--at", "1,2"},
       "the place name contains the control character U+0001"},
      {{"place", "add", "a\nb", "--at", "1,2"},
       "the place name contains the control character U+000A"},
      {{"list", "--tag", "\xff"}, "--tag is not valid UTF-8"},
      {{"list", "--search", "x\x1b[31m"}, "--search contains the control character U+001B"},
      {{"add", "Banff", "--at", "1,2", "--title", "T\x1b[2JX"}, "--title contains the control"},
      {{"map", "--title", "T\xffX", "-o", (dir_ / "m.png").string()}, "--title is not valid UTF-8"},
      {{"stats", "--year", "20\xff"}, "--year is not valid UTF-8"},
  };
  for (const Case& c : cases) {
    const RunResult r = run(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.named << "\n" << r.err;
    EXPECT_NE(r.err.find("footprint: error: " + c.named), std::string::npos) << r.err;
  }
  EXPECT_FALSE(std::filesystem::exists(dir_ / "m.png"));
  EXPECT_EQ(read_file(journal()), before);
  // Notes may hold line breaks and tabs.
  EXPECT_EQ(run({"add", "X", "--at", "1,2", "--date", "2024-01-01", "--note", "a\n\tb"}).exit_code,
            0);
}

// Item 5: `-j ""` quietly used (and created) the default journal.
TEST_F(CommandLine, AnEmptyJournalNameIsAUsageError) {
  const std::map<std::string, std::string> home{{"HOME", dir_.path().string()},
                                                {"XDG_DATA_HOME", (dir_ / "data").string()}};
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"-j", "", "add", "A", "--at", "1,2"},
        std::vector<std::string>{"add", "A", "--at", "1,2", "--journal", ""},
        std::vector<std::string>{"-j", "", "list"}, std::vector<std::string>{"-j", "", "map"}}) {
    const RunResult r = run(args, home);
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("--journal needs a file name, not an empty one"), std::string::npos)
        << r.err;
  }
  EXPECT_FALSE(std::filesystem::exists(dir_ / "data"));
  EXPECT_FALSE(std::filesystem::exists(journal()));
}

// Item 6: `rm ID ID` said "no entry with id …" after removing the first.
TEST_F(CommandLine, RemovingAnIdTwiceOrWithItsPrefixRemovesItOnce) {
  use_sample();
  RunResult r = run({"rm", "2024-10-12-banff", "2024-10-12-banff"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "2024-10-12-banff\n");
  r = run({"rm", "2024-12-10-vancouver", "2024-12-10-van"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "2024-12-10-vancouver\n");
  const std::string listed = run({"list"}).out;
  EXPECT_EQ(listed.find("2024-10-12-banff"), std::string::npos);
  EXPECT_EQ(listed.find("2024-12-10-vancouver"), std::string::npos);
  EXPECT_EQ(run({"validate"}).exit_code, 0);
}

// Item 3: a NUL byte ended the document (validate said valid, the next add dropped what followed
// it); a UTF-16 file got "unexpected end of input at 1:1".
TEST_F(CommandLine, ANulByteOrUtf16IsASyntaxErrorWhereItIs) {
  use_sample();
  const std::string sample = read_file(journal());
  write_file(journal(), sample + std::string("\0garbage", 8));
  const std::size_t lines =
      static_cast<std::size_t>(std::count(sample.begin(), sample.end(), '\n'));
  const std::string where = journal().string() + ":" + std::to_string(lines + 1) + ":1: ";
  RunResult r = run({"validate"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, where + "syntax error: a NUL byte (0x00), which JSON does not allow\n" +
                       journal().string() + ": 1 problem\n");
  r = run({"add", "A", "--at", "1,2"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(read_file(journal()), sample + std::string("\0garbage", 8));
  write_file(journal(), std::string("123\0", 4));  // JSONTestSuite n_multidigit_number_then_00
  EXPECT_NE(run({"validate"}).out.find(":1:4: syntax error: a NUL byte"), std::string::npos);

  std::string utf16 = "\xFF\xFE";
  for (char c : std::string(R"({"type": "FeatureCollection"})")) utf16 += std::string{c, '\0'};
  for (const std::string& text : {utf16, utf16.substr(2)}) {
    write_file(journal(), text);
    r = run({"validate"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.out, journal().string() +
                         ":1:1: the file is UTF-16, which is not supported; save it as UTF-8\n" +
                         journal().string() + ": 1 problem\n");
  }
}

// Numbers on the command line are read in one place (core/number_text): 400 digits escaped
// std::stod as an internal error (70).
TEST_F(CommandLine, NumbersTooLargeForADoubleAreUsageErrors) {
  use_sample();
  const std::string digits(400, '9');
  const std::string png = (dir_ / "n.png").string();
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"map", "--center", "1," + digits, "-o", png}, "invalid --center"},
      {{"map", "--bbox", "1,2,3," + digits, "-o", png}, "invalid --bbox"},
      {{"map", "--paper", digits + "x10mm", "-o", png}, "invalid paper"},
      {{"add", "A", "--at", "1," + digits}, "--at \"1," + digits + "\": expected LAT,LON"}};
  for (const auto& [args, message] : cases) {
    const RunResult r = run(args);
    EXPECT_EQ(r.exit_code, 2) << message << ": " << r.err;
    EXPECT_TRUE(r.err.starts_with("footprint: error: " + message)) << r.err;
  }
  EXPECT_FALSE(std::filesystem::exists(png));
}

// Item 10: `add --date ""` stored an entry without a date, though the help says today.
TEST_F(CommandLine, AddWithAnEmptyDateIsAUsageError) {
  use_sample();
  const std::string before = read_file(journal());
  const RunResult r = run({"add", "A", "--at", "1,2", "--date", ""});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "footprint: error: --date needs a date (without --date, add uses today's)\n");
  EXPECT_EQ(read_file(journal()), before);
}

// Issue 12, left over: `add --id ""` made an id, as if --id had not been given.
TEST_F(CommandLine, AddWithAnEmptyIdIsAUsageError) {
  use_sample();
  const std::string before = read_file(journal());
  const RunResult r = run({"add", "A", "--at", "1,2", "--id", ""});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "footprint: error: --id: an id must not be empty\n");
  EXPECT_EQ(read_file(journal()), before);
}

// A missing data file is an input/output problem (exit 5), as one of another version is; it used
// to exit 3, "not found", as if the place were not in the data. Data that only names places is
// a warning: the entry goes in unnamed.
TEST_F(CommandLine, MissingOfflineDataIsAnIoError) {
  use_sample();
  const std::string before = read_file(journal());
  const TempDir empty;
  const std::map<std::string, std::string> env{{"FOOTPRINT_DATA_DIR", empty.path().string()}};
  const std::string gazetteer = (empty.path() / "gazetteer" / "gazetteer.sqlite").string();
  const std::string missing = "footprint: error: the gazetteer index " + gazetteer +
                              " is missing: run data/build (scripts/setup does)\n";
  RunResult r = run({"add", "Banff", "--date", "2024-10-12"}, env);
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_EQ(r.err, missing);
  EXPECT_EQ(read_file(journal()), before);
  r = run({"place", "Banff"}, env);
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_EQ(r.err, missing);

  r = run({"add", "--at", "1,2", "--date", "2024-10-12", "--id", "at-sea"}, env);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "footprint: warning: no place names for the position: " +
                       missing.substr(std::string("footprint: error: ").size()));
  EXPECT_EQ(r.out, "at-sea\n");
}

// Item 9 (in part): `init` on a folder or a FIFO said "a journal exists already".
TEST_F(CommandLine, InitOnAFolderOrFifoSaysWhatIsThere) {
  std::filesystem::create_directory(journal());
  RunResult r = run({"init"});
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_EQ(r.err,
            "footprint: error: " + journal().string() + " is a folder, not a journal file\n");
  std::filesystem::remove(journal());
  ASSERT_EQ(::mkfifo(journal().c_str(), 0644), 0);
  r = run({"init"});
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_EQ(r.err, "footprint: error: " + journal().string() +
                       " is a FIFO (named pipe), not a journal file\n");
  // A device too says what it is, for init as for every other command.
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"init"}, {"list"}, {"add", "X", "--at", "1,2"}}) {
    r = run_footprint(args, "/dev/null", scratch_.path());
    EXPECT_EQ(r.exit_code, 5) << args.front();
    EXPECT_EQ(r.err, "footprint: error: /dev/null is a character device, not a journal file\n")
        << args.front();
  }
}

// Item 10 (in part): add with -j into a missing folder created the folder without a word.
TEST_F(CommandLine, CreatingTheJournalsFolderIsSaid) {
  const std::filesystem::path folder = dir_ / "new" / "trips";
  const std::filesystem::path file = folder / "j.geojson";
  const RunResult r = run({"-j", file.string(), "add", "A", "--at", "1,2", "--date", "2024-01-01"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "footprint: created the folder " + folder.string() + "\nfootprint: created " +
                       file.string() + "\n");
  EXPECT_TRUE(std::filesystem::is_regular_file(file));
}

// Item 4: a FIFO as the journal blocked every command forever (add and rm with the lock held).
TEST_F(CommandLine, AFifoIsNotAJournal) {
  ASSERT_EQ(::mkfifo(journal().c_str(), 0644), 0);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"list"}, std::vector<std::string>{"add", "A", "--at", "1,2"},
        std::vector<std::string>{"rm", "x"}, std::vector<std::string>{"validate"}}) {
    const pid_t pid = start_footprint(args, {{"FOOTPRINT_JOURNAL", journal().string()}},
                                      (scratch_ / "out").string(), (scratch_ / "err").string());
    int status = 0;
    pid_t done = 0;
    for (int i = 0; i < 200 && done == 0; ++i) {  // 20 s at most, then it counts as hung
      done = ::waitpid(pid, &status, WNOHANG);
      if (done == 0) ::usleep(100'000);
    }
    if (done == 0) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      ADD_FAILURE() << args.front() << " hung on a FIFO";
      continue;
    }
    EXPECT_EQ(WEXITSTATUS(status), 5) << args.front();
    EXPECT_EQ(read_file(scratch_ / "err"), "footprint: error: " + journal().string() +
                                               " is a FIFO (named pipe), not a journal file\n")
        << args.front();
  }
}

// Item 7: through $EDITOR, a syntax error had no line:column, and a wrong value was named by the
// journal's JSON pointer in a message about the temporary file. Both now point into the file.
TEST_F(CommandLine, EditorMistakesArePlacedInTheEditedFile) {
  use_sample();
  const std::string before = read_file(journal());
  const std::map<std::string, std::string> temp{{"TMPDIR", scratch_.path().string()}};
  auto kept_file = [](const std::string& err) {
    const std::string lead = "footprint: your edit is kept in ";
    return err.starts_with(lead) ? err.substr(lead.size(), err.find('\n') - lead.size()) : "";
  };
  auto with_editor = [&](const std::string& editor) {
    std::map<std::string, std::string> env = temp;
    env.emplace("EDITOR", editor);
    return run({"edit", "2024-10-12-banff"}, env);
  };

  RunResult r = with_editor("sed -i /\"date\"/s/10-12/10-32/");
  EXPECT_EQ(r.exit_code, 1);
  std::string kept = kept_file(r.err);
  ASSERT_FALSE(kept.empty()) << r.err;
  EXPECT_EQ(r.err,
            "footprint: your edit is kept in " + kept +
                "\nfootprint: error: the edited entry is not valid; nothing was changed\n  " +
                kept +
                ":13:13: /properties/date (entry 2024-10-12-banff): invalid date "
                "\"2024-10-32\": October 2024 has 31 days\n");
  EXPECT_EQ(read_file(kept).find("2024-10-32"), read_file(kept).find("\"date\": ") + 9);

  r = with_editor("sed -i s/\"Feature\"/Feature/");
  EXPECT_EQ(r.exit_code, 1);
  kept = kept_file(r.err);
  ASSERT_FALSE(kept.empty()) << r.err;
  EXPECT_EQ(r.err,
            "footprint: your edit is kept in " + kept +
                "\nfootprint: error: the edited entry is not valid; nothing was changed\n  " +
                kept +
                ":2:11: syntax error while parsing value - invalid literal; last read: "
                "'\"type\": F'\n");

  r = with_editor(R"(sed -i s/"2024-10-12-banff"/"2024-10-13-lake-louise"/)");
  EXPECT_EQ(r.exit_code, 1);
  kept = kept_file(r.err);
  EXPECT_EQ(r.err,
            "footprint: your edit is kept in " + kept +
                "\nfootprint: error: the edited entry is not valid; nothing was changed\n  " +
                kept + ":3:9: /id: another entry has the id \"2024-10-13-lake-louise\"\n");
  EXPECT_EQ(read_file(journal()), before);
}

// Item 9: ids with spaces or invisible characters were accepted "without spaces"; the message
// names the code point, from `add --id` as from the journal.
TEST_F(CommandLine, IdsWithInvisibleCharactersAreRefusedNamingThem) {
  use_sample();
  const std::string before = read_file(journal());
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"trip\u00A0one", "U+00A0 at offset 4 is a space"},
      {"trip\u3000one", "U+3000 at offset 4 is a space"},
      {"trip\u2028one", "U+2028 at offset 4 is a line separator"},
      {"trip\u202Eeno", "U+202E at offset 4 is an invisible format character"},
      {"\uFEFFtrip", "U+FEFF at offset 0 is an invisible format character"},
      {"trip\u200B", "U+200B at offset 4 is an invisible format character"},
      {"trip one", "U+0020 at offset 4 is a space"}};
  for (const auto& [id, problem] : cases) {
    const RunResult r = run({"add", "X", "--at", "1,2", "--id", id});
    EXPECT_EQ(r.exit_code, 2) << problem;
    EXPECT_EQ(r.err,
              "footprint: error: --id: an id must not hold spaces, control or format characters; " +
                  problem + "\n");
  }
  EXPECT_EQ(read_file(journal()), before);

  write_file(journal(),
             "{\"type\": \"FeatureCollection\", \"features\": [\n  {\"type\": \"Feature\", \"id\": "
             "\"a\u202Eb\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [1, 2]}}\n]}\n");
  const RunResult r = run({"validate"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, journal().string() +
                       ":2:29: /features/0/id (entry a\\u202Eb): an id must not hold spaces, "
                       "control or format characters; U+202E at offset 1 is an invisible format "
                       "character\n" +
                       journal().string() + ": 1 problem\n");
}

// True when `text` is UTF-8 without control characters other than line feeds: what a terminal
// shows as it is.
bool printable(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t n = c < 0x80                 ? 1
                    : c >= 0xC2 && c <= 0xDF ? 2
                    : c >= 0xE0 && c <= 0xEF ? 3
                    : c >= 0xF0 && c <= 0xF4 ? 4
                                             : 0;
    if (n == 0 || i + n > text.size() || (c < 0x20 && c != '\n') || c == 0x7F) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

// Item 9: 29 of JSONTestSuite's 318 messages echoed the raw bytes they stopped at. These are its
// inputs with bytes that are not UTF-8 (by their names in the suite), and other texts footprint
// quotes: every message is printable, with each such byte written \xHH.
TEST_F(CommandLine, MessagesNeverEchoRawBytes) {
  const std::vector<std::pair<std::string, std::string>> suite = {
      {"i_string_UTF-8_invalid_sequence", "[\"\xe6\x97\xa5\xd1\x88\xfa\"]"},
      {"i_string_UTF8_surrogate_U+D800", "[\"\xed\xa0\x80\"]"},
      {"i_string_invalid_utf-8", "[\"\xff\"]"},
      {"i_string_iso_latin_1", "[\"\xe9\"]"},
      {"i_string_lone_utf8_continuation_byte", "[\"\x81\"]"},
      {"i_string_not_in_unicode_range", "[\"\xf4\xbf\xbf\xbf\"]"},
      {"i_string_overlong_sequence_2_bytes", "[\"\xc0\xaf\"]"},
      {"i_string_overlong_sequence_6_bytes", "[\"\xfc\x83\xbf\xbf\xbf\xbf\"]"},
      {"i_string_truncated-utf-8", "[\"\xe0\xff\"]"},
      {"i_string_UTF-16LE_with_BOM", std::string("\xff\xfe[\0\"\0\xe9\0\"\0]\0", 12)},
      {"n_array_a_invalid_utf8", "[a\xe5]"},
      {"n_array_invalid_utf8", "[\xff]"},
      {"n_number_invalid-utf-8-in-bigger-int", "[123\xe5]"},
      {"n_number_invalid-utf-8-in-exponent", "[1e1\xe5]"},
      {"n_number_invalid-utf-8-in-int", "[0\xe5]"},
      {"n_number_real_with_invalid_utf8_after_e", "[1e\xe5]"},
      {"n_object_pi_in_key_and_trailing_comma", "{\"\xb9\":\"0\",}"},
      {"n_string_invalid_utf8_after_escape", "[\"\\\xe5\"]"},
      {"n_string_invalid-utf-8-in-escape", "[\"\\u\xe5\"]"},
      {"n_structure_incomplete_UTF8_BOM", "\xef\xbb{}"},
      {"n_structure_lone-invalid-utf-8", "\xe5"},
      {"n_structure_single_eacute", "\xe9"},
      {"n_string_escaped_ctrl_char_tab", "[\"\\\t\"]"},
      {"n_string_unescaped_ctrl_char", std::string("[\"a\0a\"]", 7)},
      {"n_structure_U+2060_word_joined", "[\u2060]"},
      {"n_string_1_surrogate_then_escape_u1x", R"(["\uD800\u1x"])"},
      {"escaped control character in a key", R"({"a\u001bb": 1, "a\u001bb": 2})"},
  };
  for (const auto& [name, text] : suite) {
    write_file(journal(), text);
    const RunResult r = run({"validate"});
    EXPECT_EQ(r.exit_code, 1) << name;
    EXPECT_TRUE(printable(r.out)) << name << ": " << r.out;
    EXPECT_TRUE(printable(r.err)) << name << ": " << r.err;
    const RunResult add = run({"add", "X", "--at", "1,2"});
    EXPECT_EQ(add.exit_code, 1) << name;
    EXPECT_TRUE(printable(add.err)) << name << ": " << add.err;
  }
  write_file(journal(), "[\"\xff\"]");
  EXPECT_EQ(run({"validate"}).out,
            journal().string() +
                ":1:3: syntax error while parsing value - invalid string: ill-formed UTF-8 byte; "
                "last read: '\"\\xFF'\n" +
                journal().string() + ": 1 problem\n");
  // A file name is the system's bytes, not text: shown, but escaped.
  const std::string odd = (dir_ / "caf\xe9.geojson").string();
  const RunResult r = run_footprint({"list"}, odd, scratch_.path());
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_EQ(r.err, "footprint: error: no journal at " + (dir_ / "caf\\xE9.geojson").string() +
                       " (footprint init creates one; footprint add creates it too)\n");
}

// Item 10: a failing command left an empty J.lock behind. The lock file now exists only while a
// command holds it.
TEST_F(CommandLine, NoCommandLeavesALockFileBehind) {
  auto files = [&] {
    std::vector<std::string> names;
    for (const auto& f : std::filesystem::directory_iterator(dir_.path()))
      names.push_back(f.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  };
  EXPECT_EQ(run({"rm", "x"}).exit_code, 5);  // no journal
  EXPECT_EQ(run({"config", "owner", "Li"}).exit_code, 5);
  EXPECT_EQ(files(), std::vector<std::string>{});
  use_sample();
  EXPECT_EQ(run({"rm", "no-such-entry"}).exit_code, 3);
  EXPECT_EQ(run({"add", "X", "--at", "1,2", "--id", "2024-10-12-banff"}).exit_code, 2);
  EXPECT_EQ(run({"edit", "2024-10", "--title", "x"}).exit_code, 4);
  EXPECT_EQ(files(), std::vector<std::string>{"journal.geojson"});
  EXPECT_EQ(run({"add", "X", "--at", "1,2"}).exit_code, 0);
  EXPECT_EQ(files(), (std::vector<std::string>{"journal.geojson", "journal.geojson.bak"}));
  write_file(journal(), "{");
  EXPECT_EQ(run({"add", "X", "--at", "1,2"}).exit_code, 1);
  EXPECT_EQ(run({"place", "add", "Home", "--at", "1,2"}).exit_code, 1);
  EXPECT_EQ(files(), (std::vector<std::string>{"journal.geojson", "journal.geojson.bak"}));
}

// Item 10: every command that may create a journal (init, add, place add) says when it creates
// its folder too; the others create nothing and say that there is no journal.
TEST_F(CommandLine, OnlyCommandsThatCreateAJournalCreateItsFolder) {
  const std::vector<std::vector<std::string>> creating = {
      {"init"},
      {"add", "A", "--at", "1,2", "--date", "2024-01-01"},
      {"place", "add", "P", "--at", "1,2"}};
  for (const auto& args : creating) {
    const std::filesystem::path folder = dir_ / ("new-" + args.front()) / "trips";
    const std::filesystem::path file = folder / "j.geojson";
    std::vector<std::string> with_journal{"-j", file.string()};
    with_journal.insert(with_journal.end(), args.begin(), args.end());
    const RunResult r = run(with_journal);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(r.err.starts_with("footprint: created the folder " + folder.string() + "\n"))
        << r.err;
    EXPECT_TRUE(std::filesystem::is_regular_file(file)) << args.front();
  }
  const std::filesystem::path missing = dir_ / "missing" / "j.geojson";
  for (const std::vector<std::string>& args : {std::vector<std::string>{"list"},
                                               {"rm", "x"},
                                               {"edit", "x", "--title", "t"},
                                               {"config", "owner", "Li"},
                                               {"place", "rm", "P"},
                                               {"stats"}}) {
    const RunResult r = run_footprint(args, missing, scratch_.path());
    EXPECT_EQ(r.exit_code, 5) << args.front() << r.err;
    EXPECT_EQ(r.err, "footprint: error: no journal at " + missing.string() +
                         " (footprint init creates one; footprint add creates it too)\n")
        << args.front();
  }
  EXPECT_FALSE(std::filesystem::exists(dir_ / "missing"));
}

}  // namespace
}  // namespace footprint::test
