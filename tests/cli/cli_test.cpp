// The command line as a user meets it: the real binary, its output, exit codes and files.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "../core/temp_dir.hpp"
#include "run_footprint.hpp"

namespace footprint::test {
namespace {

class Cli : public ::testing::Test {
 protected:
  RunResult run(const std::vector<std::string>& args, std::map<std::string, std::string> env = {}) {
    env.emplace("FOOTPRINT_JOURNAL", journal().string());
    const std::string out = (dir_ / "stdout").string(), err = (dir_ / "stderr").string();
    RunResult r;
    r.exit_code = wait_exit_code(start_footprint(args, env, out, err));
    r.out = read_file(out);
    r.err = read_file(err);
    return r;
  }
  std::filesystem::path journal() const { return dir_ / "journal.geojson"; }
  void use_sample() {
    std::filesystem::copy_file(std::string(FOOTPRINT_SOURCE_DIR) + "/samples/2024.geojson",
                               journal());
  }
  TempDir dir_;
};

TEST_F(Cli, HelpShowsEveryCommandAndExamples) {
  const RunResult r = run({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* c : {"init", "add", "list", "show", "edit", "rm", "validate"}) {
    EXPECT_NE(r.out.find(std::string("  ") + c), std::string::npos) << c;
  }
  const RunResult add = run({"add", "--help"});
  EXPECT_EQ(add.exit_code, 0);
  EXPECT_NE(add.out.find("Examples:\n  footprint add Banff --at 51.1784,-115.5708"),
            std::string::npos);
}

TEST_F(Cli, UsageErrorsExitWithTwo) {
  RunResult r = run({"frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("footprint: error: "), std::string::npos);
  r = run({"list", "--year", "twenty"});
  EXPECT_EQ(r.exit_code, 2);
  r = run({});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "footprint: error: A subcommand is required\nRun 'footprint --help' or 'footprint "
            "COMMAND --help' for usage.\n");
}

TEST_F(Cli, AddCreatesTheJournalAndPrintsTheId) {
  RunResult r =
      run({"add", "Banff", "--at", "51.1784,-115.5708", "--date", "2024-10-12", "--title",
           "洞穴之旅 Cave tour", "--tag", "nature", "--tag", "history", "--trip", "banff-2024"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "2024-10-12-banff\n");
  EXPECT_EQ(r.err, "footprint: created " + journal().string() + "\n");
  r = run({"add", "Banff", "--at", "51.1784,-115.5708", "--date", "2024-10-12"});
  EXPECT_EQ(r.out, "2024-10-12-banff-2\n");
  EXPECT_EQ(r.err, "");
  r = run({"show", "2024-10-12-banff"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out,
            "2024-10-12-banff\n"
            "  title     洞穴之旅 Cave tour\n"
            "  place     Banff, Alberta, Canada\n"  // region and country by reverse lookup
            "  date      2024-10-12\n"
            "  position  51.17840, -115.57080 (lat, lon)\n"
            "  tags      nature, history\n"
            "  trip      banff-2024\n"
            "  status    visited\n");
}

TEST_F(Cli, BadValuesAreRefusedAndNothingIsWritten) {
  use_sample();
  const std::string before = read_file(journal());
  struct Case {
    std::vector<std::string> args;
    std::string err;
  };
  const std::vector<Case> cases = {
      {{"add", "X", "--at", "51.1,-115.5", "--date", "2024-02-30"},
       "footprint: error: invalid date \"2024-02-30\": February 2024 has 29 days\n"},
      {{"add", "X", "--at", "91,0"},
       "footprint: error: --at \"91,0\": latitude must be within -90..90\n"},
      {{"add", "X", "--at", "banff"},
       "footprint: error: --at \"banff\": expected LAT,LON in decimal degrees, e.g. "
       "51.1784,-115.5708\n"},
      {{"add", "X", "--at", "1,2", "--status", "done"},
       "footprint: error: invalid status \"done\": expected visited, planned or cancelled\n"},
      {{"add", "X", "--at", "1,2", "--date", "2024-05-02", "--end", "2024-05-01"},
       "footprint: error: --end 2024-05-01 is before the start date 2024-05-02\n"},
      {{"add", "X", "--at", "1,2", "--id", "2024-10-12-banff"},
       "footprint: error: an entry with id \"2024-10-12-banff\" exists already\n"},
      {{"edit", "2024-10-12-banff", "--date", "2024-13"},
       "footprint: error: invalid date \"2024-13\": the month must be 01 to 12\n"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.args[0] + " " + c.args.back());
    const RunResult r = run(c.args);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.err, c.err);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(read_file(journal()), before);
  }
}

TEST_F(Cli, MissingJournal) {
  const RunResult r = run({"list"});
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_EQ(r.err, "footprint: error: no journal at " + journal().string() +
                       " (footprint init creates one; footprint add creates it too)\n");
}

TEST_F(Cli, ListsAndFilters) {
  use_sample();
  RunResult r = run({"list", "--trip", "banff-2024"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(
      r.out,
      "ID                      DATE        STATUS   PLACE                 TITLE\n"
      "2024-10-12-banff        2024-10-12  visited  Banff, Alberta        洞穴导览 Cave tour\n"
      "2024-10-13-lake-louise  2024-10-13  visited  Lake Louise, Alberta  露易丝湖 Lake Louise\n"
      "2024-10-14-canmore      2024-10-14  visited  Canmore, Alberta      坎莫尔 Canmore\n");
  r = run({"list", "--status", "cancelled", "--json"});
  ASSERT_EQ(r.exit_code, 0);
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["type"], "FeatureCollection");
  ASSERT_EQ(doc["features"].size(), 1u);
  EXPECT_EQ(doc["features"][0]["id"], "2024-05-07-vienna");
  r = run({"list", "--search", "NEURIPS", "--from", "2024-12", "--to", "2024-12"});
  EXPECT_NE(r.out.find("2024-12-10-vancouver"), std::string::npos);
  r = run({"list", "--year", "2023"});
  EXPECT_EQ(r.out, "No entries match.\n");
  r = run({"list", "--year", "2024"});
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 27);
}

// --from and --to both include their day, and an entry matches when any of its days (a range, a
// month-only date) falls in the period. A planted "--to excludes its day" printed "No entries
// match" for a one-day period and survived the test above.
TEST_F(Cli, DateFiltersIncludeTheirFirstAndLastDays) {
  use_sample();
  auto ids = [&](std::vector<std::string> args) {
    args.insert(args.begin(), "list");
    const RunResult r = run(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::vector<std::string> out;
    std::istringstream lines(r.out);
    std::string line;
    std::getline(lines, line);  // the header
    while (std::getline(lines, line)) out.push_back(line.substr(0, line.find(' ')));
    return out;
  };
  using Ids = std::vector<std::string>;
  EXPECT_EQ(ids({"--from", "2024-10-12", "--to", "2024-10-12"}), Ids{"2024-10-12-banff"});
  EXPECT_EQ(ids({"--from", "2024-10-13", "--to", "2024-10-14"}),
            (Ids{"2024-10-13-lake-louise", "2024-10-14-canmore"}));
  EXPECT_EQ(ids({"--from", "2024-12-15", "--to", "2024-12-16"}),
            (Ids{"2024-12-10-vancouver", "2024-12-16-vancouver"}));
  EXPECT_EQ(ids({"--from", "2024-08-30", "--to", "2024-09-01"}),
            (Ids{"2024-06-03-menlo-park", "2024-06-14-redwood-city", "2024-09-san-francisco"}));
  EXPECT_EQ(ids({"--from", "2024-11-30", "--to", "2024-11-30"}), Ids{"2024-11-edmonton"});
  EXPECT_EQ(ids({"--to", "2024-01-13"}), Ids{"2024-01-13-edmonton"});
  EXPECT_EQ(ids({"--from", "2024-12-29"}), Ids{"2024-12-27-jasper"});
  EXPECT_EQ(ids({"--from", "2024-12-30"}), Ids{});
  EXPECT_EQ(ids({"--from", "2024-10", "--to", "2024-10", "--trip", "banff-2024"}),
            (Ids{"2024-10-12-banff", "2024-10-13-lake-louise", "2024-10-14-canmore"}));
  const RunResult r = run({"list", "--from", "2024-10-12", "--to", "2024-10-12"});
  EXPECT_EQ(r.out,
            "ID                DATE        STATUS   PLACE           TITLE\n"
            "2024-10-12-banff  2024-10-12  visited  Banff, Alberta  洞穴导览 Cave tour\n");
  EXPECT_EQ(run({"list", "--from", "2024-12-30"}).out, "No entries match.\n");
}

TEST_F(Cli, ShowNamesAmbiguousAndMissingIds) {
  use_sample();
  RunResult r = run({"show", "2024-10-1"});
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.err,
            "footprint: error: \"2024-10-1\" matches 3 entries:\n  2024-10-12-banff\n"
            "  2024-10-13-lake-louise\n  2024-10-14-canmore\n");
  r = run({"show", "2025"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err, "footprint: error: no entry with id \"2025\" (footprint list shows the ids)\n");
  r = run({"show", "2024-10-12", "--json"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(nlohmann::json::parse(r.out)["properties"]["place"], "Banff");
}

TEST_F(Cli, InvalidJournalIsReportedAndNeverOverwritten) {
  write_file(journal(),
             "{\"type\": \"FeatureCollection\", \"features\": [\n"
             "  {\"type\": \"Feature\", \"id\": \"a\", \"geometry\": {\"type\": \"Point\", "
             "\"coordinates\": [1, 91.2]}}\n]}\n");
  const std::string before = read_file(journal());
  RunResult r = run({"add", "X", "--at", "1,2"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "footprint: error: the journal is not valid; nothing was changed\n  " +
                       journal().string() +
                       ":2:83: /features/0/geometry/coordinates/1 (entry a): latitude 91.2 is "
                       "outside -90..90\n");
  EXPECT_EQ(read_file(journal()), before);
  r = run({"validate"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, journal().string() +
                       ":2:83: /features/0/geometry/coordinates/1 (entry a): latitude 91.2 is "
                       "outside -90..90\n" +
                       journal().string() + ": 1 problem\n");
}

TEST_F(Cli, ValidateTheSample) {
  const std::string sample = std::string(FOOTPRINT_SOURCE_DIR) + "/samples/2024.geojson";
  const RunResult r = run({"validate", sample});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, sample + ": valid, 26 entries\n");
}

TEST_F(Cli, EditByOptionsKeepsUnknownMembers) {
  use_sample();
  std::string text = read_file(journal());
  const std::string marker = R"("trip": "banff-2024",)";
  text.replace(text.find(marker), marker.size(), marker + " \"x-photos\": 12,");
  write_file(journal(), text);
  RunResult r = run({"edit", "2024-10-12-banff", "--title", "洞穴之旅 Cave and Basin", "--untag",
                     "nature", "--end", "2024-10-14"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "2024-10-12-banff\n");
  r = run({"show", "2024-10-12-banff", "--json"});
  const auto f = nlohmann::json::parse(r.out);
  EXPECT_EQ(f["properties"]["title"], "洞穴之旅 Cave and Basin");
  EXPECT_EQ(f["properties"]["end"], "2024-10-14");
  EXPECT_EQ(f["properties"]["x-photos"], 12);
  EXPECT_EQ(read_file(journal().string() + ".bak"), text);
}

TEST_F(Cli, EditInTheEditor) {
  use_sample();
  // The "editor" is sed, started without a shell: EDITOR is split at spaces.
  RunResult r = run({"edit", "2024-10-12-banff"}, {{"EDITOR", "sed -i s/no-such-text/x/"}});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "No changes to 2024-10-12-banff\n");
  r = run({"edit", "2024-10-12-banff"}, {{"EDITOR", "sed -i s/洞穴导览/洞穴/"}});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Saved 2024-10-12-banff\n");
  EXPECT_NE(read_file(journal()).find("\"洞穴 Cave tour\""), std::string::npos);

  const std::string before = read_file(journal());
  r = run({"edit", "2024-10-12-banff"}, {{"EDITOR", "sed -i s/2024-10-12/2024-10-32/"}});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/properties/date (entry 2024-10-32-banff): invalid date "
                       "\"2024-10-32\": October 2024 has 31 days"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("footprint: your edit is kept in "), std::string::npos);
  EXPECT_EQ(read_file(journal()), before);

  r = run({"edit", "2024-10-12-banff"}, {{"EDITOR", "false"}});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "footprint: error: the editor \"false\" failed; nothing was changed\n");
}

TEST_F(Cli, RemoveIsAllOrNothing) {
  use_sample();
  const std::string before = read_file(journal());
  RunResult r = run({"rm", "2024-10-12-banff", "no-such-entry"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(read_file(journal()), before);
  r = run({"rm", "2024-10-12-banff", "2024-10-13"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "2024-10-12-banff\n2024-10-13-lake-louise\n");
  EXPECT_EQ(run({"list", "--trip", "banff-2024", "--json"}).out.find("lake-louise"),
            std::string::npos);
}

TEST_F(Cli, JournalOptionBeforeOrAfterTheCommand) {
  const std::string other = (dir_ / "other.geojson").string();
  EXPECT_EQ(run({"--journal", other, "init"}).exit_code, 0);
  EXPECT_EQ(run({"add", "A", "--at", "1,2", "--journal", other}).exit_code, 0);
  EXPECT_EQ(run({"-j", other, "init"}).exit_code, 2);
  EXPECT_FALSE(std::filesystem::exists(journal()));
}

TEST_F(Cli, TwentyConcurrentAddsAllLand) {
  std::vector<pid_t> children;
  for (int i = 0; i < 20; ++i) {
    const std::string n = std::to_string(i);
    children.push_back(
        start_footprint({"add", "Place " + n, "--at", "10," + n, "--date", "2024-01-01"},
                        {{"FOOTPRINT_JOURNAL", journal().string()}}, (dir_ / ("out" + n)).string(),
                        (dir_ / ("err" + n)).string()));
  }
  for (pid_t pid : children) EXPECT_EQ(wait_exit_code(pid), 0);
  const RunResult r = run({"list", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["features"].size(), 20u);
  EXPECT_EQ(run({"validate"}).exit_code, 0);
}

}  // namespace
}  // namespace footprint::test
