#include "core/journal_file.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "temp_dir.hpp"
#include "test_journals.hpp"

namespace footprint::core {
namespace {

using footprint::test::read_file;
using footprint::test::TempDir;
using footprint::test::write_file;

Entry banff() {
  Entry e;
  e.place = "Banff";
  e.date = Date::parse("2024-10-12");
  e.coordinates = {{-115.5708, 51.1784}};
  return e;
}

// Files in a folder other than the journal and its backup: leftovers of a failed save, or a lock
// file (the lock removes it when released).
std::vector<std::string> stray_files(const std::filesystem::path& folder) {
  std::vector<std::string> out;
  for (const auto& f : std::filesystem::directory_iterator(folder)) {
    const std::string name = f.path().filename().string();
    if (name != "j.geojson" && name != "j.geojson.bak") out.push_back(name);
  }
  return out;
}

TEST(JournalFile, SavesAndKeepsTheOldVersionAsBackup) {
  TempDir dir;
  write_file(dir / "j.geojson", test::kCanonical);
  const JournalFile file(dir / "j.geojson");
  update_journal(file, false, [](Journal& j) { j.add(banff()); });
  EXPECT_EQ(read_file(dir / "j.geojson.bak"), test::kCanonical);
  const Journal after = file.load();
  EXPECT_EQ(after.size(), 3u);
  EXPECT_TRUE(stray_files(dir.path()).empty());
}

// "Nothing is lost on save" rests on two flushes no other test can see: the new text reaches the
// disk before it replaces the journal, and the folder (the rename) after it.
TEST(JournalFile, SaveFlushesTheFileBeforeTheRenameAndTheFolderAfter) {
  TempDir dir;
  write_file(dir / "j.geojson", test::kCanonical);
  const JournalFile file(dir / "j.geojson");
  std::vector<std::string> log;
  testing::record_saves(&log);
  update_journal(file, false, [](Journal& j) { j.add(banff()); });
  testing::record_saves(nullptr);
  ASSERT_EQ(log.size(), 3u) << ::testing::PrintToString(log);
  const std::string temp = (dir / ".j.geojson.tmp-").string();
  ASSERT_TRUE(log[0].starts_with("fsync " + temp)) << log[0];
  const std::string temp_file = log[0].substr(6);
  EXPECT_EQ(temp_file.size(), temp.size() + 6);
  EXPECT_EQ(log[1], "rename " + temp_file + " " + (dir / "j.geojson").string());
  EXPECT_EQ(log[2], "fsync " + dir.path().string());
  EXPECT_EQ(file.load().size(), 3u);

  log.clear();
  testing::record_saves(&log);
  update_journal(file, false, [](Journal&) {});  // nothing changed: nothing written
  testing::record_saves(nullptr);
  EXPECT_TRUE(log.empty());
}

TEST(JournalFile, UnchangedJournalIsNotRewritten) {
  TempDir dir;
  const std::string hand = R"({"type":"FeatureCollection","features":[]})";
  write_file(dir / "j.geojson", hand);
  const JournalFile file(dir / "j.geojson");
  update_journal(file, false, [](Journal&) {});
  EXPECT_EQ(read_file(dir / "j.geojson"), hand);
  EXPECT_FALSE(std::filesystem::exists(dir / "j.geojson.bak"));
}

TEST(JournalFile, FailedSaveAtAnyStepLeavesTheJournalAsItWas) {
  for (SaveStep step : {SaveStep::create_temp, SaveStep::write, SaveStep::sync, SaveStep::backup,
                        SaveStep::rename}) {
    SCOPED_TRACE(static_cast<int>(step));
    TempDir dir;
    write_file(dir / "j.geojson", test::kCanonical);
    const JournalFile file(dir / "j.geojson");
    testing::fail_saves_at(step);
    try {
      update_journal(file, false, [](Journal& j) { j.add(banff()); });
      ADD_FAILURE() << "the save did not fail";
    } catch (const IoError& e) {
      EXPECT_NE(std::string(e.what()).find("the journal was not changed"), std::string::npos)
          << e.what();
    }
    testing::fail_saves_at(std::nullopt);
    EXPECT_EQ(read_file(dir / "j.geojson"), test::kCanonical);
    EXPECT_TRUE(stray_files(dir.path()).empty());
  }
}

TEST(JournalFile, FailedFolderFlushIsReportedAfterTheJournalIsInPlace) {
  TempDir dir;
  write_file(dir / "j.geojson", test::kCanonical);
  const JournalFile file(dir / "j.geojson");
  testing::fail_saves_at(SaveStep::sync_folder);
  EXPECT_THROW(update_journal(file, false, [](Journal& j) { j.add(banff()); }), IoError);
  testing::fail_saves_at(std::nullopt);
  EXPECT_EQ(file.load().size(), 3u);  // the rename had happened: the new version is whole
}

// A folder the saving process may not write to. Root may write anywhere, so as root the save
// runs in a child process that has become "nobody".
TEST(JournalFile, ReadOnlyFolderLeavesTheJournalAsItWas) {
  TempDir dir;
  write_file(dir / "j.geojson", test::kCanonical);
  const JournalFile file(dir / "j.geojson");
  write_file(dir / "j.geojson.lock", "");  // left by an earlier version of footprint
  ::chmod((dir / "j.geojson.lock").c_str(), 0666);
  ::chmod((dir / "j.geojson").c_str(), 0644);
  ::chmod(dir.path().c_str(), 0555);
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(3);
    try {
      update_journal(file, false, [](Journal& j) { j.add(banff()); });
      ::_exit(2);
    } catch (const IoError& e) {
      ::_exit(std::string(e.what()).find("(creating a temporary file): Permission denied") !=
                      std::string::npos
                  ? 0
                  : 1);
    } catch (...) {
      ::_exit(1);
    }
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "2: the save succeeded; 1: another error; 3: setuid failed";
  ::chmod(dir.path().c_str(), 0755);
  EXPECT_EQ(read_file(dir / "j.geojson"), test::kCanonical);
  // The old lock file stays: a folder nobody may write to keeps what is in it.
  EXPECT_EQ(stray_files(dir.path()), std::vector<std::string>{"j.geojson.lock"});
}

TEST(JournalFile, ChangeThatThrowsWritesNothing) {
  TempDir dir;
  write_file(dir / "j.geojson", test::kCanonical);
  const JournalFile file(dir / "j.geojson");
  EXPECT_THROW(update_journal(file, false,
                              [](Journal& j) {
                                j.add(banff());
                                j.remove("no-such-entry");
                              }),
               NotFound);
  EXPECT_EQ(read_file(dir / "j.geojson"), test::kCanonical);
}

TEST(JournalFile, InvalidJournalIsNeverOverwritten) {
  TempDir dir;
  const std::string broken = test::kCanonical.substr(0, 200);
  write_file(dir / "j.geojson", broken);
  const JournalFile file(dir / "j.geojson");
  EXPECT_THROW(update_journal(file, true, [](Journal& j) { j.add(banff()); }), InvalidJournal);
  EXPECT_EQ(read_file(dir / "j.geojson"), broken);
}

TEST(JournalFile, CreatesMissingJournalAndFolders) {
  TempDir dir;
  const JournalFile file(dir / "a" / "b" / "j.geojson");
  EXPECT_TRUE(update_journal(file, true, [](Journal& j) { j.add(banff()); }));
  EXPECT_EQ(file.load().size(), 1u);
  EXPECT_THROW(JournalFile(dir / "missing.geojson").load(), IoError);
}

TEST(JournalFile, KeepsPermissions) {
  TempDir dir;
  write_file(dir / "j.geojson", test::kCanonical);
  ::chmod((dir / "j.geojson").c_str(), 0640);
  update_journal(JournalFile(dir / "j.geojson"), false, [](Journal& j) { j.add(banff()); });
  struct stat st {};
  ASSERT_EQ(::stat((dir / "j.geojson").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
}

TEST(JournalFile, SymlinkedJournalStaysALink) {
  TempDir dir;
  std::filesystem::create_directory(dir / "real");
  write_file(dir / "real" / "j.geojson", test::kCanonical);
  std::filesystem::create_symlink(dir / "real" / "j.geojson", dir / "link.geojson");
  const JournalFile file(dir / "link.geojson");
  update_journal(file, false, [](Journal& j) { j.add(banff()); });
  EXPECT_TRUE(std::filesystem::is_symlink(dir / "link.geojson"));
  EXPECT_EQ(JournalFile(dir / "real" / "j.geojson").load().size(), 3u);
}

TEST(JournalFile, FolderIsNotAJournal) {
  TempDir dir;
  try {
    JournalFile(dir.path()).load();
    FAIL();
  } catch (const IoError& e) {
    EXPECT_EQ(std::string(e.what()), dir.path().string() + " is a folder, not a journal file");
  }
}

}  // namespace
}  // namespace footprint::core
