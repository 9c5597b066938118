// What every command does with what is typed: each piece of text checked in one place (naming
// the option, exit 2), and nothing written that `validate` would refuse (issue 12, items 1–6).
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
  for (char c : std::string("{\"type\": \"FeatureCollection\"}")) utf16 += std::string{c, '\0'};
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
  EXPECT_EQ(r.err, "footprint: error: " + journal().string() + " is not a regular file\n");
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
    EXPECT_EQ(read_file(scratch_ / "err"),
              "footprint: error: " + journal().string() + " is not a regular file\n")
        << args.front();
  }
}

}  // namespace
}  // namespace footprint::test
