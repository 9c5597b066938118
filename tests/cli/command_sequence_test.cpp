// A property test of the whole command line: random sequences of commands (add, rm, edit by
// options and through a scripted $EDITOR, place add/rm, init, list, show, validate, stats,
// config) with random and hostile arguments, run by the real binary on a copy of the sample year.
// After every command: it ended by itself (each runs under a timeout), not with 70 (an internal
// error) or a signal; the journal still validates; and either the command succeeded or the
// journal is byte for byte as it was. Commands that only read never change it.
//
// Seeded and reproducible: FOOTPRINT_SEQUENCE_SEED and FOOTPRINT_SEQUENCE_STEPS choose the run
// (default: seed 2024, 300 steps); a failure names the seed, the step and the command.
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "../core/temp_dir.hpp"
#include "core/journal.hpp"
#include "core/user_text.hpp"
#include "run_footprint.hpp"

namespace footprint::test {
namespace {

unsigned env_number(const char* name, unsigned fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? static_cast<unsigned>(std::atol(value)) : fallback;
}

// One command to run: its arguments, the environment it needs, and whether it may change the
// journal at all.
struct Command {
  Command(std::vector<std::string> args_, std::map<std::string, std::string> env_ = {},
          bool writes_ = true)
      : args(std::move(args_)), env(std::move(env_)), writes(writes_) {}
  std::vector<std::string> args;
  std::map<std::string, std::string> env;
  bool writes;
};

// Draws commands and their arguments: mostly plausible, often hostile.
class CommandMaker {
 public:
  explicit CommandMaker(unsigned seed) : random_(seed) {}

  Command next(const std::vector<std::string>& ids) {
    ids_ = &ids;
    Command c = any_command();
    // -j/--journal would aim the command at another file, in the test's working folder.
    for (std::string& a : c.args) {
      if (a.starts_with("--j") ||
          (a.starts_with("-") && !a.starts_with("--") && a.find('j') != std::string::npos)) {
        a = "x";
      }
    }
    return c;
  }

 private:
  Command any_command() {
    switch (below(16)) {
      case 0:
      case 1:
      case 2:
        return add();
      case 3:
        return Command({"rm", id(), maybe(id())});
      case 4:
      case 5:
        return edit_by_options();
      case 6:
      case 7:
        return edit_in_editor();
      case 8:
        return place();
      case 9:
        return init();
      case 10:
        return {with({"list"}, 3, &CommandMaker::filter), {}, false};
      case 11:
        return {{"show", id(), maybe("--json")}, {}, false};
      case 12:
        return {{"validate"}, {}, false};
      case 13:
        return {with({"stats"}, 2, &CommandMaker::filter), {}, false};
      case 14:
        return config();
      default:
        return anything();
    }
  }

  unsigned below(unsigned n) { return std::uniform_int_distribution<unsigned>(0, n - 1)(random_); }
  bool chance(unsigned percent) { return below(100) < percent; }
  std::string pick(const std::vector<std::string>& from) {
    return from[below(static_cast<unsigned>(from.size()))];
  }
  std::string maybe(const std::string& arg) { return chance(50) ? arg : std::string("--json"); }

  std::string random_bytes() {
    std::string s(below(8), ' ');
    for (char& c : s) c = static_cast<char>(below(256));
    return s;
  }
  // Each value is plausible about three times in four, else hostile.
  std::string text() {
    static const std::vector<std::string> kGood = {
        "Banff", "滑冰课 Skating", "Zürich", "Lake Louise", "🏔 hike", "café", "x"};
    static const std::vector<std::string> kHostile = {
        "",           " ",           "-",
        ",",          "\xff",        "Caf\xe9",
        "a\nb",       "tab\there",   "\u202Eevil",
        "\u00A0",     "\x1b[31mred", "x\u200By",
        "--at",       "-1",          std::string(2000, 'x'),
        "\"quoted\"", "back\\slash", "{\"json\": 1}"};
    if (chance(75)) return pick(kGood);
    return chance(30) ? random_bytes() : pick(kHostile);
  }
  std::string date() {
    static const std::vector<std::string> kGood = {"2024-10-12", "2024-10",    "2024",
                                                   "2024-02-29", "2024-12-31", "2025-01-01T10:00",
                                                   "2023-06-15"};
    static const std::vector<std::string> kHostile = {
        "2024-02-30", "2023-02-29",  "2024-13",          "",
        "0000-01-01", "9999-12-31",  "2024-10-12T25:00", "yesterday",
        "2024-1-1",   "10000-01-01", "-2024-01-01"};
    if (chance(75)) return pick(kGood);
    return chance(20) ? text() : pick(kHostile);
  }
  std::string position() {
    static const std::vector<std::string> kGood = {"51.1784,-115.5708",
                                                   "49.2888,-123.1111",
                                                   "48.2082,16.3738",
                                                   "0,0",
                                                   "-0,-0",
                                                   "90,180",
                                                   "-33.86,151.21",
                                                   " 1 , 2 "};
    static const std::vector<std::string> kHostile = {
        "91,0",  "0,181", "banff", "1e400,0", "1e-400,0", "51.1",
        "1,2,3", "",      "nan,0", "inf,0",   "0x10,0",   std::string(400, '9') + ",0"};
    if (chance(75)) return pick(kGood);
    return chance(20) ? text() : pick(kHostile);
  }
  std::string id() {
    if (!ids_->empty() && chance(80)) {
      const std::string whole = pick(*ids_);
      return chance(80) ? whole : whole.substr(0, below(static_cast<unsigned>(whole.size()) + 1));
    }
    static const std::vector<std::string> kIds = {"no-such-entry", "",       "2024", "a b",
                                                  "a\u00A0b",      "\u202E", "\xff", "-"};
    return chance(20) ? text() : pick(kIds);
  }

  // Random options from `options` (each with its value maker) appended to `args`, `count` at most.
  using Maker = std::string (CommandMaker::*)();
  std::vector<std::string> with(std::vector<std::string> args, unsigned count,
                                void (CommandMaker::*add_one)(std::vector<std::string>&)) {
    for (unsigned n = below(count + 1); n > 0; --n) (this->*add_one)(args);
    return args;
  }
  void entry_option(std::vector<std::string>& args) {
    static const std::vector<std::pair<std::string, Maker>> kOptions = {
        {"--title", &CommandMaker::text},   {"--date", &CommandMaker::date},
        {"--end", &CommandMaker::date},     {"--note", &CommandMaker::text},
        {"--tag", &CommandMaker::text},     {"--untag", &CommandMaker::text},
        {"--trip", &CommandMaker::text},    {"--status", &CommandMaker::status},
        {"--place", &CommandMaker::text},   {"--region", &CommandMaker::text},
        {"--country", &CommandMaker::text}, {"--at", &CommandMaker::position}};
    const auto& [name, value] = kOptions[below(static_cast<unsigned>(kOptions.size()))];
    args.push_back(name);
    args.push_back((this->*value)());
  }
  void filter(std::vector<std::string>& args) {
    static const std::vector<std::pair<std::string, Maker>> kFilters = {
        {"--year", &CommandMaker::year},  {"--from", &CommandMaker::date},
        {"--to", &CommandMaker::date},    {"--tag", &CommandMaker::text},
        {"--trip", &CommandMaker::text},  {"--status", &CommandMaker::status},
        {"--search", &CommandMaker::text}};
    if (chance(15)) {
      args.emplace_back("--json");
      return;
    }
    const auto& [name, value] = kFilters[below(static_cast<unsigned>(kFilters.size()))];
    args.push_back(name);
    args.push_back((this->*value)());
  }
  std::string status() {
    static const std::vector<std::string> kStatuses = {"visited", "planned", "cancelled"};
    return chance(85) ? pick(kStatuses) : chance(50) ? "done" : "";
  }
  std::string year() {
    static const std::vector<std::string> kYears = {"2024", "2023", "0", "10000", "-1", "twenty"};
    return pick(kYears);
  }

  Command add() {
    std::vector<std::string> args{"add"};
    static const std::vector<std::string> kPlaces = {"Banff", "Canmore", "Amherst", "Vienna",
                                                     "Nowhere-at-all"};
    if (chance(80)) args.push_back(chance(70) ? pick(kPlaces) : text());
    if (chance(85)) {
      args.emplace_back("--at");
      args.push_back(position());
    }
    if (chance(20)) {
      args.emplace_back("--id");
      args.push_back(chance(50) ? id() : text());
    }
    return {with(args, 4, &CommandMaker::entry_option)};
  }
  Command edit_by_options() {
    std::vector<std::string> args{"edit", id()};
    entry_option(args);
    return {with(args, 3, &CommandMaker::entry_option)};
  }
  // The editor is sed (started without a shell, split at spaces): one substitution, sensible or
  // breaking the entry's JSON or its values; or an editor that fails, or changes nothing.
  Command edit_in_editor() {
    static const std::vector<std::string> kEditors = {
        "sed -i s/visited/planned/",
        "sed -i s/\"2024-/\"2025-/",
        R"(sed -i s/"date":."2024-10/"date":"2024-13/)",
        R"(sed -i s/"Point"/"Pointy"/)",
        "sed -i s/Feature/Featur/",
        "sed -i 0,/\\[/s//{/",
        "sed -i s/[0-9]/9/g",
        R"(sed -i s/"title"/"x-title"/)",
        "sed -i $s/}/},/",
        R"(sed -i s/"id":."[^"]*"/"id":"2024-04-16-calgary"/)",
        "sed -i s/\"id\":.\"[^\"]*\"/\"id\":\"a\u00A0b\"/",
        "sed -i s/}/}\\x00/",
        "sed -i 1d",
        "false",
        "true"};
    return {{"edit", id()}, {{"EDITOR", pick(kEditors)}}};
  }
  Command place() {
    if (chance(30)) return Command({"place", "rm", text()});
    // Names the journal's validator refuses ("", " ", "-", ",", a no-break space) were once
    // written by place add (issue 12, item 1).
    static const std::vector<std::string> kRefused = {"", " ", "-", ",", "\u00A0", "\t"};
    const std::string name = chance(50)   ? pick({"Home", "Work", "Cabin"})
                             : chance(50) ? pick(kRefused)
                                          : text();
    std::vector<std::string> args{"place", "add", name};
    if (chance(80)) {
      args.emplace_back("--at");
      args.push_back(position());
    }
    return {args};
  }
  Command init() {
    std::vector<std::string> args{"init"};
    if (chance(50)) {
      args.insert(args.end(), {"--home", text(), "--at", position()});
    }
    return {args};
  }
  Command config() {
    if (chance(30)) return Command({"config"}, {}, false);
    if (chance(20)) return Command({"config", "owner"}, {}, false);
    return Command({"config", chance(90) ? "owner" : text(), text()});
  }
  // Any words at all, after a command or without one.
  Command anything() {
    static const std::vector<std::string> kWords = {
        "add",  "rm",     "edit", "list", "show",   "place",     "config",    "stats",    "--json",
        "--at", "--date", "--",   "-",    "--help", "--version", "--title=x", "--at=1,2", "-x"};
    std::vector<std::string> args;
    for (unsigned n = below(5); n > 0; --n) args.push_back(chance(50) ? pick(kWords) : text());
    return {args};
  }

  std::mt19937 random_;
  const std::vector<std::string>* ids_ = nullptr;
};

// How a command is shown in a failure: printable, each argument quoted.
std::string shown(const Command& c) {
  std::string s;
  for (const auto& [k, v] : c.env) s += k + "='" + core::printable_text(v) + "' ";
  s += "footprint";
  for (const std::string& a : c.args) s += " '" + core::printable_text(a) + "'";
  return s;
}

std::vector<std::string> ids_of(const std::string& text) {
  std::vector<std::string> ids;
  for (const core::Entry& e : core::Journal::parse(text, "j").entries()) ids.push_back(e.id);
  return ids;
}

TEST(CommandSequence, EveryCommandLeavesAValidJournalAndFailsWithoutWriting) {
  const unsigned seed = env_number("FOOTPRINT_SEQUENCE_SEED", 2024);
  const unsigned steps = env_number("FOOTPRINT_SEQUENCE_STEPS", 300);
  RecordProperty("seed", static_cast<int>(seed));
  TempDir dir, scratch;
  const std::filesystem::path journal = dir / "journal.geojson";
  std::filesystem::copy_file(std::string(FOOTPRINT_SOURCE_DIR) + "/samples/2024.geojson", journal);
  CommandMaker maker(seed);
  std::string before = read_file(journal);
  std::vector<std::string> ids = ids_of(before);
  std::map<int, unsigned> exit_codes;
  unsigned changed = 0;
  for (unsigned step = 0; step < steps; ++step) {
    Command command = maker.next(ids);
    command.env.emplace("TMPDIR", scratch.path().string());  // where `edit` keeps its file
    const RunResult r =
        run_footprint_within(60, command.args, journal, scratch.path(), command.env);
    SCOPED_TRACE("seed " + std::to_string(seed) + ", step " + std::to_string(step) + ": " +
                 shown(command) + "\nexit " + std::to_string(r.exit_code) + ", " +
                 core::printable_text(r.err));
    ++exit_codes[r.exit_code];
    ASSERT_NE(r.exit_code, -1) << "hung";
    ASSERT_NE(r.exit_code, 70) << "internal error";
    ASSERT_LT(r.exit_code, 128) << "killed by a signal";
    const std::string after = read_file(journal);
    const auto problems = core::Journal::check(after, journal.string());
    ASSERT_TRUE(problems.empty()) << problems.front().to_string();
    if (r.exit_code != 0 || !command.writes) {
      ASSERT_TRUE(after == before)
          << "the journal changed (" << before.size() << " -> " << after.size() << " bytes)";
    }
    if (after != before) {
      ++changed;
      before = after;
      ids = ids_of(after);
    }
  }
  std::string summary;
  for (const auto& [code, n] : exit_codes) {
    summary += " exit " + std::to_string(code) + ": " + std::to_string(n) + ";";
  }
  std::cout << "[ sequence ] seed " << seed << ", " << steps << " commands," << summary << " "
            << changed << " changed the journal, " << ids.size() << " entries at the end\n";
  // A generator that only made refused commands would test nothing.
  EXPECT_GE(changed, steps / 10);
  EXPECT_GE(exit_codes[2], steps / 10);
}

}  // namespace
}  // namespace footprint::test
