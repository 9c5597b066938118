// footprint import on a 200 MB Google location history file with hostile parts
// (tests/cli/hostile_history.hpp), through the real binary: what is bad is reported with its line
// and column, the rest imported, the journal untouched by a dry run and right after the import,
// and the peak memory of the child below the file's size.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <map>
#include <nlohmann/json.hpp>

#include "../core/temp_dir.hpp"
#include "hostile_history.hpp"
#include "run_footprint.hpp"

namespace footprint::test {
namespace {

namespace fs = std::filesystem;

struct MeasuredRun {
  RunResult result;
  long peak_kb = 0;  // the child's largest resident set (getrusage's ru_maxrss)
};

MeasuredRun run_measured(const std::vector<std::string>& args, const fs::path& journal,
                         const fs::path& scratch) {
  const std::string out = (scratch / "stdout").string(), err = (scratch / "stderr").string();
  const pid_t pid = start_footprint(args, {{"FOOTPRINT_JOURNAL", journal.string()}}, out, err);
  MeasuredRun run;
  int status = 0;
  rusage usage{};
  if (::wait4(pid, &status, 0, &usage) == pid && WIFEXITED(status)) {
    run.result.exit_code = WEXITSTATUS(status);
  }
  run.peak_kb = usage.ru_maxrss;
  read_output(out, err, run.result);
  return run;
}

TEST(HostileHistory, TwoHundredMegabytesImportTheGoodPartsInBoundedMemory) {
  TempDir dir, scratch;
  const fs::path file = dir / "2024_OCTOBER.json", journal = dir / "journal.geojson";
  const HostileHistory h = write_hostile_history(file);
  ASSERT_GT(h.bytes, 200'000'000u);
  ASSERT_EQ(run_footprint({"add", "Tokyo", "--at", "35.68,139.69", "--date", "2024-01-01"}, journal,
                          scratch.path())
                .exit_code,
            0);
  const std::string before = read_file(journal);

  std::string problems;
  for (const auto& [line, message] : h.bad) {
    problems += "footprint: " + file.string() + ": line " + std::to_string(line) +
                ", column 1: " + message + "\n";
  }
  problems += "footprint: " + file.string() + ": line " + std::to_string(h.last_line) +
              ", column " + std::to_string(h.cut_column) +
              ": syntax error while parsing object key - unexpected end of input; expected "
              "string literal\n";
  const std::string journeys = "footprint: skipped " + std::to_string(h.journeys / 1000) + "," +
                               std::to_string(h.journeys % 1000 + 1000).substr(1) +
                               " journeys (--tracks imports them as tracks)\n";

  const MeasuredRun dry =
      run_measured({"import", file.string(), "--dry-run", "-q"}, journal, scratch.path());
  EXPECT_EQ(dry.result.exit_code, 6);
  EXPECT_EQ(dry.result.err, problems +
                                "footprint: would import 1,003 entries; 3 problems "
                                "(skipped) (dry run: nothing was written)\n" +
                                journeys);
  EXPECT_EQ(read_file(journal), before) << "a dry run writes nothing";

  const MeasuredRun run = run_measured({"import", file.string(), "-q"}, journal, scratch.path());
  EXPECT_EQ(run.result.exit_code, 6);
  EXPECT_EQ(run.result.err,
            problems + "footprint: imported 1,003 entries; 3 problems (skipped)\n" + journeys);
  ASSERT_EQ(h.visits, 1003u);
  std::map<std::string, nlohmann::json> by_title;
  const auto after = nlohmann::json::parse(read_file(journal));
  for (const auto& f : after["features"]) {
    by_title[f["properties"].value("title", f["id"].get<std::string>())] = f;
  }
  ASSERT_EQ(by_title.size(), 1 + h.visits);
  EXPECT_EQ(by_title["2024-01-01-tokyo"], nlohmann::json::parse(before)["features"][0])
      << "kept as it was";
  const auto& first = by_title["Visit 0"];
  EXPECT_EQ(first["properties"]["date"], "2001-01-01T10:00:00Z");
  EXPECT_EQ(first["properties"]["end"], "2001-01-01T12:30:00Z");
  EXPECT_EQ(first["properties"]["notes"], "1 Main St");
  EXPECT_EQ(first["geometry"]["coordinates"], nlohmann::json::parse("[-120, 30]"));
  for (const char* title : {"Visit 999", "Huge placeId", "Escapes", "Deep"}) {
    EXPECT_EQ(by_title.count(title), 1u) << title;
  }
#if !defined(__SANITIZE_ADDRESS__)  // AddressSanitizer's shadow and quarantine are not the reader
  EXPECT_LT(run.peak_kb * 1024, static_cast<long>(h.bytes)) << "less memory than the file's size";
  EXPECT_LT(dry.peak_kb * 1024, static_cast<long>(h.bytes));
#endif
}

}  // namespace
}  // namespace footprint::test
