// Fuzz target: the command line of `footprint` itself. An input is an argument vector (arguments
// separated by NUL bytes) given to the real program's parse, checks and commands (cli/app.cpp,
// run_app) on a small journal, with every save made to fail before it writes anything
// (core::testing::fail_saves_at). Whatever the arguments: an exit code the README lists, never
// 70 (an internal error) and no exception; the journal byte for byte as it was, and nothing left
// beside it (no lock file, no temporary file).
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "../core/test_journals.hpp"
#include "cli/app.hpp"
#include "core/journal_file.hpp"
#include "fuzz_check.hpp"

namespace {

namespace fs = std::filesystem;

// A folder of its own holding the journal, and one for the temporary files of `edit`.
struct Workspace {
  fs::path folder;
  fs::path journal;
  fs::path temp;

  Workspace() {
    std::string name = (fs::temp_directory_path() / "footprint-cli-fuzz-XXXXXX").string();
    folder = ::mkdtemp(name.data());
    journal = folder / "journal" / "journal.geojson";
    temp = folder / "tmp";
    fs::create_directories(journal.parent_path());
    fs::create_directories(temp);
    std::ofstream(journal, std::ios::binary) << footprint::core::test::kCanonical;
    ::setenv("FOOTPRINT_JOURNAL", journal.c_str(), 1);
    ::setenv("TMPDIR", temp.c_str(), 1);
    ::setenv("EDITOR", "true", 1);  // `edit ID` without options: an editor that changes nothing
    ::unsetenv("VISUAL");
  }
  ~Workspace() {
    std::error_code ec;
    fs::remove_all(folder, ec);
  }
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;
};

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// -j/--journal would aim the commands at any file on the machine (and create folders for it).
bool names_another_journal(const std::string& arg) {
  if (arg.starts_with("--j")) return true;
  return arg.size() >= 2 && arg[0] == '-' && arg[1] != '-' && arg.find('j') != std::string::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Workspace workspace;
  std::vector<std::string> args{"footprint"};
  std::string current;
  for (std::size_t i = 0; i < size; ++i) {
    if (data[i] == 0) {
      args.push_back(current);
      current.clear();
    } else {
      current += static_cast<char>(data[i]);
    }
  }
  args.push_back(current);
  if (args.size() > 64) return 0;
  for (const std::string& a : args) {
    if (names_another_journal(a)) return 0;
  }
  std::vector<char*> argv;
  argv.reserve(args.size() + 1);
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  // What the commands print is not checked here (the CLI tests do): keep it off the terminal.
  std::ostringstream out, err;
  std::streambuf* const old_out = std::cout.rdbuf(out.rdbuf());
  std::streambuf* const old_err = std::cerr.rdbuf(err.rdbuf());
  footprint::core::testing::fail_saves_at(footprint::core::SaveStep::create_temp);
  int code = -1;
  try {
    code = footprint::cli::run_app(static_cast<int>(args.size()), argv.data(), nullptr);
  } catch (...) {
    code = -2;
  }
  footprint::core::testing::fail_saves_at(std::nullopt);
  std::cout.rdbuf(old_out);
  std::cerr.rdbuf(old_err);

  FUZZ_CHECK(code != -2, "no exception escapes the command line");
  FUZZ_CHECK(code != 70, "no internal error, whatever the arguments");
  FUZZ_CHECK(code >= 0 && code <= 5, "an exit code the README lists");
  FUZZ_CHECK(read_all(workspace.journal) == footprint::core::test::kCanonical,
             "a save that fails leaves the journal as it was");
  std::size_t beside = 0;
  for (const auto& f : fs::directory_iterator(workspace.journal.parent_path())) {
    (void)f;
    ++beside;
  }
  FUZZ_CHECK(beside == 1, "nothing is left beside the journal: no lock file, no temporary file");
  std::error_code ec;
  for (const auto& f : fs::directory_iterator(workspace.temp, ec)) fs::remove(f.path(), ec);
  return 0;
}
