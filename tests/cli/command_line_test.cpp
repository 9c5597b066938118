// What every command does with what is typed: each piece of text checked in one place (naming
// the option, exit 2), and nothing written that `validate` would refuse (issue 12, items 1–6).
#include <gtest/gtest.h>
#include <sys/stat.h>

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

}  // namespace
}  // namespace footprint::test
