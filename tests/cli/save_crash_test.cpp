// Crash safety of a save, SQLite-style: `footprint add` is killed with SIGKILL at every point of a
// save and at hundreds of random moments inside one, and after each kill the journal must be
// whole and either exactly as before or exactly as the finished command leaves it.
//
// The binary stops itself at a chosen point of its save when FOOTPRINT_TEST_STOP_AT_SAVE_POINT=N
// is set (core/journal_file.cpp); the test then kills it there, or lets it run on and kills it
// after a random delay within the time a save takes.
#include <gtest/gtest.h>
#include <signal.h>  // NOLINT(modernize-deprecated-headers): POSIX kill(), not in <csignal>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <random>
#include <thread>

#include "../core/temp_dir.hpp"
#include "core/journal_file.hpp"
#include "run_footprint.hpp"

namespace footprint::test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Points a save of an existing journal passes, from the code under test: before each of its
// steps, and after the last.
using core::kSavePointBeforeRename;
using core::kSavePoints;

const std::vector<std::string> kAdd = {"add",    "Crash",      "--at",    "53.5,-113.5",
                                       "--date", "2024-03-01", "--title", "崩溃测试 crash test",
                                       "--tag",  "test"};

// A `footprint add` stopped at a save point (or already finished, when it never reached it).
struct StoppedAdd {
  pid_t pid = -1;
  bool stopped = false;
};

class SaveCrash : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directory(dir_ / "journal");
    fs::create_directory(dir_ / "reference");
    fs::copy_file(std::string(FOOTPRINT_SOURCE_DIR) + "/samples/2024.geojson", journal());
    fs::copy_file(journal(), reference());
    before_ = read_file(journal());
    advance_reference();
  }

  fs::path journal() const { return dir_ / "journal" / "journal.geojson"; }
  fs::path reference() const { return dir_ / "reference" / "journal.geojson"; }

  // The reference journal is one finished add ahead of the journal under test.
  void advance_reference() {
    const RunResult r = run_footprint(kAdd, reference(), dir_.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    next_ = read_file(reference());
  }

  StoppedAdd start_add(int stop_at_point) {
    const std::string out = (dir_ / "out").string(), err = (dir_ / "err").string();
    StoppedAdd add;
    add.pid =
        start_footprint(kAdd,
                        {{"FOOTPRINT_JOURNAL", journal().string()},
                         {"FOOTPRINT_TEST_STOP_AT_SAVE_POINT", std::to_string(stop_at_point)}},
                        out, err);
    int status = 0;
    EXPECT_EQ(::waitpid(add.pid, &status, WUNTRACED), add.pid);
    add.stopped = WIFSTOPPED(status);
    if (!add.stopped) {
      EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << read_file(err);
    }
    return add;
  }

  // Returns true when the kill landed while the process ran, false when it had finished.
  static bool kill_and_reap(pid_t pid) {
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  }

  // Files beside the journal other than the journal, its lock (a killed command leaves it) and
  // its backup.
  std::vector<std::string> leftovers() const {
    std::vector<std::string> out;
    for (const auto& f : fs::directory_iterator(journal().parent_path())) {
      const std::string name = f.path().filename().string();
      if (name != "journal.geojson" && name != "journal.geojson.lock" &&
          name != "journal.geojson.bak") {
        out.push_back(name);
      }
    }
    return out;
  }

  // After a kill: the journal is the old one or the new one, byte for byte, never anything else;
  // the backup is a whole earlier journal; a finished save left no temporary file, and a killed
  // one at most its own. Returns true when the add had landed.
  bool check_after_kill(const std::string& trace) {
    SCOPED_TRACE(trace);
    const std::string now = read_file(journal());
    const bool landed = now == next_;
    EXPECT_TRUE(landed || now == before_)
        << "the journal is neither the old nor the new version (" << now.size() << " bytes)";
    if (fs::exists(journal().string() + ".bak")) {
      const std::string backup = read_file(journal().string() + ".bak");
      EXPECT_TRUE(backup == before_ || backup == previous_) << "the backup is not a whole journal";
      if (landed) {
        EXPECT_EQ(backup, before_);
      }
    }
    const auto stray = leftovers();
    if (landed) {
      EXPECT_TRUE(stray.empty()) << stray.front();
    } else {
      EXPECT_LE(stray.size(), 2u) << "leftovers of killed saves pile up";
    }
    if (landed) {
      previous_ = before_;
      before_ = now;
      advance_reference();
    }
    return landed;
  }

  // A finished save after all the kills: nothing left behind trips it, and the journal validates
  // with every entry that landed.
  void check_final(std::size_t landed) {
    RunResult r = run_footprint(kAdd, journal(), dir_.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(leftovers().empty());
    r = run_footprint({"validate"}, journal(), dir_.path());
    EXPECT_EQ(r.exit_code, 0) << r.out;
    EXPECT_EQ(r.out,
              journal().string() + ": valid, " + std::to_string(26 + landed + 1) + " entries\n");
  }

  TempDir dir_;
  std::string before_;    // the journal as it is before the next add
  std::string next_;      // the journal as the next add, finished, leaves it
  std::string previous_;  // the journal before `before_`, which the backup may still hold
};

TEST_F(SaveCrash, KilledAtEveryPointOfASave) {
  std::size_t landed = 0;
  for (int round = 0; round < 3; ++round) {
    for (int point = 1; point <= kSavePoints; ++point) {
      const StoppedAdd add = start_add(point);
      ASSERT_TRUE(add.stopped) << "the save never reached point " << point;
      EXPECT_TRUE(kill_and_reap(add.pid));
      const bool done =
          check_after_kill("round " + std::to_string(round) + ", point " + std::to_string(point));
      // The journal is replaced by the rename: kills up to the point before it change nothing.
      EXPECT_EQ(done, point > kSavePointBeforeRename) << "point " << point;
      landed += done ? 1 : 0;
    }
  }
  check_final(landed);
}

TEST_F(SaveCrash, KilledAtRandomMomentsDuringASave) {
  // How long a save takes here: from the first save point to the end of the process.
  std::vector<double> durations_us;
  for (int i = 0; i < 5; ++i) {
    const StoppedAdd add = start_add(1);
    ASSERT_TRUE(add.stopped);
    const auto start = Clock::now();
    ::kill(add.pid, SIGCONT);
    int status = 0;
    ::waitpid(add.pid, &status, 0);
    durations_us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
    ASSERT_TRUE(check_after_kill("timing run"));
  }
  std::sort(durations_us.begin(), durations_us.end());
  const double window_us = std::max(200.0, durations_us[durations_us.size() / 2]);

  std::random_device seed_source;
  const unsigned seed = seed_source();
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> delay_us(0.0, window_us);
  constexpr int kKills = 200;
  std::size_t landed = durations_us.size(), old_kept = 0, mid_save = 0;
  for (int i = 0; i < kKills; ++i) {
    const StoppedAdd add = start_add(1);
    ASSERT_TRUE(add.stopped);
    const auto delay = std::chrono::duration<double, std::micro>(delay_us(random));
    ::kill(add.pid, SIGCONT);
    std::this_thread::sleep_for(delay);
    if (kill_and_reap(add.pid)) ++mid_save;
    if (check_after_kill("kill " + std::to_string(i) + " after " + std::to_string(delay.count()) +
                         " us")) {
      ++landed;
    } else {
      ++old_kept;
    }
    if (HasFailure()) break;
  }
  std::cout << "[ crash    ] " << kKills << " kills within " << window_us
            << " us of the save start (seed " << seed << "): " << mid_save
            << " landed before the process ended, " << old_kept << " left the old journal, "
            << landed - durations_us.size() << " the new one\n";
  RecordProperty("kills", kKills);
  RecordProperty("mid_save", static_cast<int>(mid_save));
  RecordProperty("old_kept", static_cast<int>(old_kept));
  // The window is the median save, so about half the kills land inside one. A save that became
  // faster than the delays would let every kill find a finished process and test nothing.
  EXPECT_GE(mid_save, kKills / 10u) << "too few kills landed while the save ran";
  EXPECT_GE(old_kept, 1u) << "no kill landed before the rename";
  check_final(landed);
}

}  // namespace
}  // namespace footprint::test
