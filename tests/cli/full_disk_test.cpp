// A full disk: the journal lives on a small tmpfs filled to the last byte; `footprint add` must say
// so clearly, leave the journal exactly as it was and leave nothing behind.
//
// Mounting needs root (CI runs as root). Elsewhere the test is skipped with the reason, unless
// FOOTPRINT_TEST_REQUIRE_MOUNT=1 (set by .ci/run) turns the skip into a failure.
#include <gtest/gtest.h>
#include <sys/mount.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "../core/temp_dir.hpp"
#include "run_footprint.hpp"

namespace footprint::test {
namespace {

namespace fs = std::filesystem;

// A tmpfs of `size` mounted on `where` for the life of the object.
class TmpfsMount {
 public:
  TmpfsMount(fs::path where, const std::string& size) : where_(std::move(where)) {
    fs::create_directory(where_);
    const std::string options = "size=" + size + ",mode=0755";
    if (::mount("tmpfs", where_.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) == 0) {
      mounted_ = true;
    } else {
      error_ = std::strerror(errno);
    }
  }
  ~TmpfsMount() {
    if (mounted_) ::umount2(where_.c_str(), MNT_DETACH);
  }
  TmpfsMount(const TmpfsMount&) = delete;
  TmpfsMount& operator=(const TmpfsMount&) = delete;
  bool mounted() const { return mounted_; }
  const std::string& error() const { return error_; }

 private:
  fs::path where_;
  bool mounted_ = false;
  std::string error_;
};

// Writes to `path` until the file system has no byte left.
void fill_up(const fs::path& path) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  const std::string block(4096, 'x');
  while (std::fwrite(block.data(), 1, block.size(), f) == block.size()) {
  }
  std::fclose(f);
  std::FILE* g = std::fopen(path.c_str(), "ab");  // the last partial block
  while (std::fputc('x', g) != EOF && std::fflush(g) == 0) {
  }
  std::fclose(g);
}

TEST(FullDisk, SaveFailsClearlyAndTheJournalIsIntact) {
  TempDir dir;
  TmpfsMount disk(dir / "disk", "1m");
  if (!disk.mounted()) {
    const char* required = std::getenv("FOOTPRINT_TEST_REQUIRE_MOUNT");
    if (required != nullptr && std::string(required) == "1") {
      FAIL() << "cannot mount a tmpfs (" << disk.error() << ") but FOOTPRINT_TEST_REQUIRE_MOUNT=1";
    }
    GTEST_SKIP() << "cannot mount a tmpfs to fill up (" << disk.error()
                 << "); run as root to test a full disk";
  }
  const fs::path journal = dir / "disk" / "journal.geojson";
  fs::copy_file(std::string(FOOTPRINT_SOURCE_DIR) + "/samples/2024.geojson", journal);
  const std::vector<std::string> add = {"add", "Full", "--at", "1,2", "--date", "2024-05-01"};
  // One save first, so the lock file and the backup exist as after any normal use.
  ASSERT_EQ(run_footprint(add, journal, dir.path()).exit_code, 0);
  const std::string before = read_file(journal);
  const std::string backup = read_file(journal.string() + ".bak");

  fill_up(dir / "disk" / "filler");
  const RunResult r = run_footprint(add, journal, dir.path());
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_EQ(r.err, "footprint: error: cannot save " + journal.string() +
                       " (writing): No space left on device; the journal was not changed\n");
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(read_file(journal), before);
  EXPECT_EQ(read_file(journal.string() + ".bak"), backup);
  std::vector<std::string> names;
  for (const auto& f : fs::directory_iterator(dir / "disk"))
    names.push_back(f.path().filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"filler", "journal.geojson", "journal.geojson.bak"}));
  // Reading still works on a full disk, and once there is room again so does saving.
  EXPECT_EQ(run_footprint({"validate"}, journal, dir.path()).exit_code, 0);
  fs::remove(dir / "disk" / "filler");
  EXPECT_EQ(run_footprint(add, journal, dir.path()).out, "2024-05-01-full-2\n");
}

}  // namespace
}  // namespace footprint::test
