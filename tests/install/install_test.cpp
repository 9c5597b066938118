// The install step (cmake/install.cmake): footprint installed into a temporary prefix works on its
// own. The installed programs run in a private mount namespace where the source tree, the build
// tree and the data folder compiled into the build are covered by an empty folder, so a program
// that still looked there would find nothing: the proof that it uses only what was installed.
//
// Covering folders needs a mount namespace (unshare --mount: root, as in CI). Elsewhere the test
// is skipped with the reason, unless FOOTPRINT_TEST_REQUIRE_MOUNT=1 (set by .ci/run) turns the
// skip into a failure.
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "../core/temp_dir.hpp"

// NOLINTNEXTLINE(readability-redundant-declaration): POSIX has programs declare it themselves
extern char** environ;

namespace footprint::test {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `argv` to its end with the environment of the test, less footprint's own variables, plus
// `env`; standard output and error pass through files in `scratch`.
Outcome run(const std::vector<std::string>& argv, const fs::path& scratch,
            const std::map<std::string, std::string>& env = {}) {
  std::vector<std::string> env_s;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string kv = *e;
    if (!kv.starts_with("FOOTPRINT_")) env_s.push_back(kv);
  }
  for (const auto& [k, v] : env) env_s.push_back(k + "=" + v);
  std::vector<char*> envp;
  envp.reserve(env_s.size() + 1);
  for (auto& e : env_s) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_s = argv;
  std::vector<char*> args;
  args.reserve(argv_s.size() + 1);
  for (auto& a : argv_s) args.push_back(a.data());
  args.push_back(nullptr);
  const std::string out = (scratch / "stdout").string(), err = (scratch / "stderr").string();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = -1;
  Outcome r;
  if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), envp.data()) == 0) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  posix_spawn_file_actions_destroy(&actions);
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

// Every file under `root`, as paths relative to it.
std::set<std::string> files_under(const fs::path& root) {
  std::set<std::string> out;
  for (const auto& f : fs::recursive_directory_iterator(root)) {
    if (!f.is_directory()) out.insert(fs::relative(f.path(), root).string());
  }
  return out;
}

class InstallTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(scratch_);
    fs::create_directories(work_);
    fs::create_directories(empty_);
    // Installed in one place and moved to another: the layout is found relative to the programs,
    // not where the install step put them.
    const Outcome install = run(
        {CMAKE_COMMAND, "--install", FOOTPRINT_BUILD_DIR, "--prefix", (tmp_ / "staged").string()},
        scratch_);
    ASSERT_EQ(install.exit_code, 0) << install.out << install.err;
    fs::rename(tmp_ / "staged", prefix_);
  }

  // Runs `argv` with the source tree, the build tree and the build's data folder covered. The
  // data folder first: it may lie inside the source tree (data/out), or be a link out of it.
  Outcome hidden(std::vector<std::string> argv, std::map<std::string, std::string> env = {}) {
    const char* const cover_and_run =
        "set -e; empty=$1; shift; while [ \"$1\" != -- ]; do "
        "if [ -e \"$1\" ]; then mount --bind \"$empty\" \"$1\"; fi; shift; done; shift; "
        "cd \"$FOOTPRINT_TEST_WORK\"; exec \"$@\"";
    std::vector<std::string> wrapped{"unshare",
                                     "--mount",
                                     "--propagation",
                                     "private",
                                     "sh",
                                     "-c",
                                     cover_and_run,
                                     "sh",
                                     empty_.string(),
                                     FOOTPRINT_DEFAULT_DATA_DIR,
                                     FOOTPRINT_BUILD_DIR,
                                     FOOTPRINT_SOURCE_DIR,
                                     "--"};
    wrapped.insert(wrapped.end(), argv.begin(), argv.end());
    env.emplace("FOOTPRINT_JOURNAL", (work_ / "journal.geojson").string());
    env.emplace("FOOTPRINT_TEST_WORK", work_.string());
    return run(wrapped, scratch_, env);
  }
  Outcome footprint(const std::vector<std::string>& args,
                    const std::map<std::string, std::string>& env = {}) {
    std::vector<std::string> argv{(prefix_ / "bin" / "footprint").string()};
    argv.insert(argv.end(), args.begin(), args.end());
    return hidden(argv, env);
  }

  // Skips (or fails, in CI) when this machine cannot cover folders.
  bool can_hide() {
    const Outcome probe = run({"unshare", "--mount", "true"}, scratch_);
    if (probe.exit_code == 0) return true;
    const char* required = std::getenv("FOOTPRINT_TEST_REQUIRE_MOUNT");
    if (required != nullptr && std::string(required) == "1") {
      ADD_FAILURE() << "cannot make a mount namespace (unshare --mount): " << probe.err;
    }
    return false;
  }

  TempDir tmp_;
  fs::path prefix_ = tmp_ / "prefix";
  fs::path scratch_ = tmp_ / "scratch";
  fs::path work_ = tmp_ / "work";
  fs::path empty_ = tmp_ / "empty";
};

TEST_F(InstallTest, InstallsTheProgramsTheirDataStylesModuleAndManual) {
  const std::set<std::string> expected{
      "bin/footprint",
      "bin/footprint-render",
      std::string(FOOTPRINT_INSTALL_MODULE_DIR) + "/libfootprint_gdal.so",
      "share/doc/footprint/README.md",
      "share/doc/footprint/gazetteer-data.md",
      "share/doc/footprint/journal-format.md",
      "share/footprint/basemap/basemap.fpb",
      "share/footprint/basemap/world_map.gpkg",
      "share/footprint/gazetteer/gazetteer.sqlite",
      "share/footprint/styles/atlas.json",
      "share/footprint/styles/night.json",
      "share/footprint/styles/vintage.json",
      "share/footprint/water/water_names.tsv",
      "share/man/man1/footprint-render.1",
      "share/man/man1/footprint.1",
  };
  EXPECT_EQ(files_under(prefix_), expected);
  EXPECT_EQ(read_file(prefix_ / "share/footprint/gazetteer/gazetteer.sqlite").size(),
            fs::file_size(fs::path(FOOTPRINT_DEFAULT_DATA_DIR) / "gazetteer/gazetteer.sqlite"));
}

TEST_F(InstallTest, InstalledCopyWorksWithTheSourceAndBuildTreesOutOfReach) {
  if (!can_hide()) GTEST_SKIP() << "unshare --mount is not allowed here (needs root)";
  // The covering itself: inside the namespace the build's own data and programs are gone.
  const std::string gazetteer =
      (fs::path(FOOTPRINT_DEFAULT_DATA_DIR) / "gazetteer/gazetteer.sqlite").string();
  const Outcome gone = hidden({"sh", "-c", R"(test ! -e "$0" && test ! -e "$1" && test ! -e "$2")",
                               gazetteer, std::string(FOOTPRINT_SOURCE_DIR) + "/styles/atlas.json",
                               std::string(FOOTPRINT_BUILD_DIR) + "/CMakeCache.txt"});
  ASSERT_EQ(gone.exit_code, 0) << gone.err;

  const std::string share = (prefix_ / "share/footprint").string();
  const Outcome help = footprint({"--help"});
  EXPECT_EQ(help.exit_code, 0) << help.err;
  EXPECT_NE(help.out.find("Offline data: " + share + " ($FOOTPRINT_DATA_DIR)\n"), std::string::npos)
      << help.out;
  EXPECT_NE(help.out.find("Map styles: " + share + "/styles ($FOOTPRINT_STYLES_DIR)\n"),
            std::string::npos)
      << help.out;

  // init and add look places up in the installed gazetteer and admin areas.
  const Outcome init = footprint({"init", "--home", "Edmonton"});
  ASSERT_EQ(init.exit_code, 0) << init.err;
  EXPECT_EQ(init.out, "Home: Edmonton, Alberta, Canada (53.55014,-113.46871)\nCreated " +
                          (work_ / "journal.geojson").string() + "\n");
  const Outcome banff = footprint({"add", "Banff", "--date", "2024-10-12"});
  ASSERT_EQ(banff.exit_code, 0) << banff.err;
  EXPECT_EQ(banff.out, "2024-10-12-banff\n");
  EXPECT_EQ(banff.err, "footprint: Banff, Alberta, Canada (51.17622,-115.56982)\n");
  const Outcome at =
      footprint({"add", "Harbour", "--at", "49.2888,-123.1111", "--date", "2024-12-10"});
  ASSERT_EQ(at.exit_code, 0) << at.err;
  const Outcome list = footprint({"list"});
  EXPECT_NE(list.out.find("Harbour, British Columbia"), std::string::npos) << list.out;

  // The renderer beside it, the installed styles, the basemap and the GDAL module (--layer).
  const Outcome styles = footprint({"styles"});
  EXPECT_EQ(styles.exit_code, 0) << styles.err;
  EXPECT_NE(styles.out.find("vintage "), std::string::npos) << styles.out;
  write_file(work_ / "park.geojson",
             R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},)"
             R"("geometry":{"type":"Point","coordinates":[-115.5,51.2]}}]})");
  const Outcome map = footprint({"map", "-o", "map.png", "--size", "400x300", "--style", "vintage",
                                 "--layer", "park.geojson"});
  EXPECT_EQ(map.exit_code, 0) << map.err;
  EXPECT_EQ(map.err,
            "footprint: map.png: 2 entries: 2 drawn, 2 labelled, 0 in the legend, 0 off "
            "the map\n");
  EXPECT_GT(read_file(work_ / "map.png").size(), 1000u);
  const Outcome poster = footprint({"poster", "-o", "poster.pdf"});
  EXPECT_EQ(poster.exit_code, 0) << poster.err;
  EXPECT_EQ(poster.err, "footprint: poster.pdf: 2024, 2 entries, 0 insets\n");
  EXPECT_GT(read_file(work_ / "poster.pdf").size(), 1000u);
}

TEST_F(InstallTest, DataDirInTheEnvironmentOverridesTheInstalledData) {
  if (!can_hide()) GTEST_SKIP() << "unshare --mount is not allowed here (needs root)";
  const Outcome add = footprint({"add", "Banff", "--date", "2024-10-12"},
                                {{"FOOTPRINT_DATA_DIR", empty_.string()}});
  EXPECT_NE(add.exit_code, 0);
  EXPECT_EQ(add.err, "footprint: error: the gazetteer index " + empty_.string() +
                         "/gazetteer/gazetteer.sqlite is missing: run data/build (scripts/setup "
                         "does)\n");
  EXPECT_FALSE(fs::exists(work_ / "journal.geojson"));
}

// The Debian package: built by cpack, installed with dpkg into a root of its own (--root, with an
// empty package database: the system's is not touched), run from there with the source and build
// trees covered, and removed: nothing but dpkg's database is left.
TEST_F(InstallTest, DebianPackageInstallsRunsAndRemovesCleanly) {
  if (!can_hide()) GTEST_SKIP() << "unshare --mount is not allowed here (needs root)";
  const fs::path packages = tmp_ / "packages";
  const Outcome cpack = run({CPACK_COMMAND, "-G", "DEB", "-B", packages.string(), "--config",
                             std::string(FOOTPRINT_BUILD_DIR) + "/CPackConfig.cmake"},
                            scratch_);
  ASSERT_EQ(cpack.exit_code, 0) << cpack.out << cpack.err;
  fs::path deb;  // footprint_VERSION_ARCH.deb
  for (const auto& f : fs::directory_iterator(packages)) {
    if (f.path().extension() == ".deb") deb = f.path();
  }
  ASSERT_TRUE(deb.filename().string().starts_with("footprint_" FOOTPRINT_VERSION "_")) << cpack.out;
  const Outcome depends = run({"dpkg-deb", "-f", deb.string(), "Depends"}, scratch_);
  EXPECT_NE(depends.out.find("fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji, "),
            std::string::npos)
      << depends.out;
  EXPECT_NE(depends.out.find("libgdal"), std::string::npos) << depends.out;

  const fs::path root = tmp_ / "root";
  for (const char* dir : {"info", "updates", "triggers"}) {
    fs::create_directories(root / "var/lib/dpkg" / dir);
  }
  write_file(root / "var/lib/dpkg/status", "");
  // --force-depends: the libraries it depends on are installed, but in the system's database.
  const Outcome install =
      run({"dpkg", "--root=" + root.string(), "--force-depends", "-i", deb.string()}, scratch_);
  ASSERT_EQ(install.exit_code, 0) << install.out << install.err;

  prefix_ = root / "usr";
  const Outcome help = footprint({"--help"});
  EXPECT_NE(help.out.find("Offline data: " + (prefix_ / "share/footprint").string() + " ("),
            std::string::npos)
      << help.out;
  const Outcome add = footprint({"add", "Vienna, Austria", "--date", "2025-04-24"});
  EXPECT_EQ(add.exit_code, 0) << add.err;
  EXPECT_EQ(add.out, "2025-04-24-vienna\n");
  const Outcome map = footprint({"map", "-o", "map.svg", "--size", "400x300"});
  EXPECT_EQ(map.exit_code, 0) << map.err;

  const Outcome remove = run({"dpkg", "--root=" + root.string(), "-r", "footprint"}, scratch_);
  ASSERT_EQ(remove.exit_code, 0) << remove.out << remove.err;
  std::set<std::string> left;
  for (const auto& f : fs::recursive_directory_iterator(root)) {
    const std::string path = fs::relative(f.path(), root).string();
    if (!path.starts_with("var")) left.insert(path);
  }
  EXPECT_EQ(left, std::set<std::string>{});
}

}  // namespace
}  // namespace footprint::test
