// Concurrent writers: eight processes each run 25 `footprint add` one after another, all eight at
// once. The lock must serialize every read-modify-write: exactly 200 new entries, a valid file.
#include <gtest/gtest.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <set>

#include "../core/temp_dir.hpp"
#include "run_footprint.hpp"

namespace footprint::test {
namespace {

namespace fs = std::filesystem;

constexpr int kWriters = 8;
constexpr int kAddsEach = 25;

// One writer: its adds one after another; the exit status counts the adds that failed.
[[noreturn]] void writer(int w, const fs::path& journal, const fs::path& scratch) {
  int failed = 0;
  for (int i = 0; i < kAddsEach; ++i) {
    const std::string name = "Writer " + std::to_string(w) + " add " + std::to_string(i);
    const pid_t pid = start_footprint(
        {"add", name, "--at", std::to_string(w) + "," + std::to_string(i), "--date",
         "2024-07-0" + std::to_string(1 + i % 9)},
        {{"FOOTPRINT_JOURNAL", journal.string()}}, (scratch / ("out" + std::to_string(w))).string(),
        (scratch / ("err" + std::to_string(w))).string());
    failed += wait_exit_code(pid) == 0 ? 0 : 1;
  }
  ::_exit(failed);
}

TEST(Concurrency, EightWritersTimesTwentyFiveAddsAllLand) {
  TempDir dir;
  fs::create_directory(dir / "j");
  const fs::path journal = dir / "j" / "journal.geojson";
  fs::copy_file(std::string(FOOTPRINT_SOURCE_DIR) + "/samples/2024.geojson", journal);
  std::vector<pid_t> writers;
  for (int w = 0; w < kWriters; ++w) {
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) writer(w, journal, dir.path());
    writers.push_back(pid);
  }
  for (pid_t pid : writers) EXPECT_EQ(wait_exit_code(pid), 0) << "adds failed in a writer";

  const RunResult r = run_footprint({"list", "--json"}, journal, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto features = nlohmann::json::parse(r.out)["features"];
  EXPECT_EQ(features.size(), 26u + kWriters * kAddsEach);
  std::set<std::string> ids, places;
  for (const auto& f : features) {
    ids.insert(f["id"].get<std::string>());
    if (f["properties"]["place"].get<std::string>().starts_with("Writer ")) {
      places.insert(f["properties"]["place"].get<std::string>());
    }
  }
  EXPECT_EQ(ids.size(), features.size()) << "ids are not unique";
  EXPECT_EQ(places.size(), static_cast<std::size_t>(kWriters * kAddsEach))
      << "an add was lost or doubled";
  EXPECT_EQ(run_footprint({"validate"}, journal, dir.path()).exit_code, 0);
}

}  // namespace
}  // namespace footprint::test
