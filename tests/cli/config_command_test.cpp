// `footprint config` and `init --owner`: the owner's name a poster prints, kept in the journal's
// settings, refused when it is not one line of text.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../core/temp_dir.hpp"
#include "run_footprint.hpp"

namespace footprint::test {
namespace {

class ConfigCli : public ::testing::Test {
 protected:
  RunResult run(const std::vector<std::string>& args) {
    return run_footprint(args, journal(), dir_.path());
  }
  std::filesystem::path journal() const { return dir_ / "journal.geojson"; }
  nlohmann::json settings() { return nlohmann::json::parse(read_file(journal()))["footprint"]; }
  TempDir dir_;
};

TEST_F(ConfigCli, InitWithAnOwnerAndChangeIt) {
  ASSERT_EQ(run({"init", "--owner", "Li Wei 李伟"}).exit_code, 0);
  EXPECT_EQ(settings()["owner"], "Li Wei 李伟");
  RunResult r = run({"config"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "owner = Li Wei 李伟\n");
  ASSERT_EQ(run({"config", "owner", "Wei"}).exit_code, 0);
  EXPECT_EQ(run({"config", "owner"}).out, "owner = Wei\n");
  ASSERT_EQ(run({"config", "owner", ""}).exit_code, 0);
  EXPECT_FALSE(settings().contains("owner"));
  EXPECT_EQ(run({"config"}).out, "owner (not set)\n");
  EXPECT_EQ(run({"validate"}).exit_code, 0);
}

TEST_F(ConfigCli, BadNamesAndUnknownSettingsAreRefusedAndNothingIsWritten) {
  ASSERT_EQ(run({"init", "--owner", "Wei"}).exit_code, 0);
  const std::string before = read_file(journal());
  RunResult r = run({"config", "owner", "a\nb"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("owner"), std::string::npos) << r.err;
  r = run({"config", "colour", "red"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "footprint: error: unknown setting \"colour\" (settings: owner)\n");
  EXPECT_EQ(run({"init", "--owner", "x\x01y"}).exit_code, 2);
  EXPECT_EQ(read_file(journal()), before);
}

TEST_F(ConfigCli, AnOwnerThatIsNotTextIsAJournalError) {
  write_file(
      journal(),
      R"({"type": "FeatureCollection", "footprint": {"version": 1, "owner": 7}, "features": []})");
  const RunResult r = run({"validate"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("/footprint/owner: expected a string, found a number"), std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace footprint::test
