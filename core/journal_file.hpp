// The journal on disk: reading it, locking it against other writers, and saving it atomically
// with a backup of the previous version, so that no failure can leave it half-written.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/journal.hpp"

namespace footprint::core {

/// The steps of a save, in order; tests inject a failure at one of them.
enum class SaveStep { create_temp, write, sync, backup, rename, sync_folder };

/// The points at which FOOTPRINT_TEST_STOP_AT_SAVE_POINT=N stops a save of an existing journal
/// (1-based): one before each step, and one after the last. The crash test reads them from here.
inline constexpr int kSavePoints = static_cast<int>(SaveStep::sync_folder) + 2;
/// The point just before the journal is replaced: a save stopped at or before it changed nothing.
inline constexpr int kSavePointBeforeRename = static_cast<int>(SaveStep::rename) + 1;

namespace testing {
/// Makes the next saves fail at `step` (as if the disk reported EIO); nullopt stops it.
void fail_saves_at(std::optional<SaveStep> step);
/// Makes the next saves append what reaches the disk to `log`, in order: "fsync FILE" for each
/// file or folder flushed, "rename FROM TO" for the journal's replacement; nullptr stops it.
void record_saves(std::vector<std::string>* log);
}  // namespace testing

/// An exclusive lock on a journal for one read-modify-write, held from construction to
/// destruction (flock on "<journal>.lock" beside the file, so it survives the journal's renames).
/// The lock file is removed when the lock is released, so no command leaves one behind.
class JournalLock {
 public:
  explicit JournalLock(const std::filesystem::path& journal);
  ~JournalLock();
  JournalLock(const JournalLock&) = delete;
  JournalLock& operator=(const JournalLock&) = delete;

 private:
  std::string path_;
  int fd_ = -1;
};

/// A change that would leave the journal invalid (what `validate` would refuse): nothing was
/// written. Carries the problems the validator found.
class InvalidChange : public InvalidJournal {
 public:
  using InvalidJournal::InvalidJournal;
};

class JournalFile {
 public:
  /// `path` may be a symbolic link: the file it points to is read and replaced.
  explicit JournalFile(std::filesystem::path path);

  /// The path as the user gave it (for messages).
  const std::filesystem::path& path() const { return path_; }
  /// The file actually read and written (symbolic links followed).
  const std::filesystem::path& target() const { return target_; }
  /// The previous version, kept by every save.
  std::filesystem::path backup_path() const;
  /// True when the journal file (or a folder in its place) exists; throws IoError when that
  /// cannot be told (a circle of symbolic links, a folder that may not be searched).
  bool exists() const;

  /// Throws IoError saying what is there ("is a FIFO (named pipe), not a journal file") when
  /// the journal's path names something other than a regular file: a folder, a FIFO, a device,
  /// a socket. Nothing there is no error.
  void refuse_other_than_file() const;

  /// Reads and validates; throws IoError (missing, a folder, unreadable) or InvalidJournal.
  Journal load() const;
  /// The journal's text, unchecked; throws IoError as load() does (missing, not a regular file,
  /// unreadable, over 1 GiB).
  std::string read_text() const;
  /// Writes the journal if it was modified: temporary file in the same folder, fsync, backup of
  /// the old version, rename over the journal, fsync of the folder. The caller holds the lock.
  /// On failure the journal is as it was and IoError says which step failed. Whatever command
  /// made the change, the result is first checked by the journal's validator: a journal that
  /// `validate` would refuse is never written (InvalidChange).
  void save(const Journal& journal) const;

 private:
  std::filesystem::file_status status() const;

  std::filesystem::path path_;
  std::filesystem::path target_;
};

/// One read-modify-write under the lock: loads the journal (or starts an empty one when it is
/// missing and `create` is true), lets `change` modify it, and saves it if it changed. Nothing
/// is written when `change` throws. Returns true when the journal was created.
bool update_journal(const JournalFile& file, bool create,
                    const std::function<void(Journal&)>& change);

}  // namespace footprint::core
