#include "core/journal_file.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

#include "core/error.hpp"

namespace footprint::core {
namespace fs = std::filesystem;
namespace {

std::optional<SaveStep> g_fail_at;

constexpr const char* kStepNames[] = {"creating a temporary file", "writing",
                                      "flushing to disk",          "keeping a backup",
                                      "replacing the journal",     "flushing the folder"};

// Largest journal read; far beyond any travel journal, small enough to refuse a wrong file early.
constexpr std::uintmax_t kMaxJournalBytes = 1ull << 30;

[[noreturn]] void io_fail(const fs::path& path, const std::string& what, int err) {
  throw IoError("cannot " + what + " " + path.string() + ": " + std::strerror(err));
}

// Runs one step of a save (an operation returning false with errno set on failure), or fails it
// before it starts when a test asked for that.
template <typename Operation>
void step(SaveStep s, const fs::path& path, Operation&& operation) {
  int err = EIO;
  if (g_fail_at != s) {
    if (operation()) return;
    err = errno;
  }
  throw IoError("cannot save " + path.string() + " (" + kStepNames[static_cast<int>(s)] +
                "): " + std::strerror(err) + "; the journal was not changed");
}

// A file descriptor closed when it goes out of scope.
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

mode_t new_file_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

bool write_all(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

bool sync_folder(const fs::path& folder) {
  Fd dir{::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
  return dir.fd >= 0 && ::fsync(dir.fd) == 0;
}

// Keeps the current journal as "<journal>.bak": a hard link when the file system allows it
// (no copy), else a copy; both through a temporary name so a crash never leaves half a backup.
bool keep_backup(const fs::path& target, const fs::path& backup) {
  const fs::path tmp = backup.string() + ".tmp";
  ::unlink(tmp.c_str());
  if (::link(target.c_str(), tmp.c_str()) != 0) {
    std::error_code ec;
    fs::copy_file(target, tmp, fs::copy_options::overwrite_existing, ec);
    if (ec) {
      errno = ec.value();
      return false;
    }
  }
  return ::rename(tmp.c_str(), backup.c_str()) == 0;
}

fs::path folder_of(const fs::path& file) {
  return file.has_parent_path() ? file.parent_path() : fs::path(".");
}

}  // namespace

void testing::fail_saves_at(std::optional<SaveStep> s) {
  g_fail_at = s;
}

JournalLock::JournalLock(const fs::path& journal) {
  const fs::path lock_path = journal.string() + ".lock";
  fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, new_file_mode());
  if (fd_ < 0) io_fail(lock_path, "create the lock file", errno);
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno != EINTR) {
      const int err = errno;
      ::close(fd_);
      io_fail(lock_path, "lock", err);
    }
  }
}

JournalLock::~JournalLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

JournalFile::JournalFile(fs::path path) : path_(std::move(path)), target_(path_) {
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(path_, ec))) {
    target_ = fs::weakly_canonical(path_, ec);
    if (ec) target_ = path_;
  }
}

fs::path JournalFile::backup_path() const {
  return target_.string() + ".bak";
}

bool JournalFile::exists() const {
  std::error_code ec;
  return fs::exists(target_, ec);
}

Journal JournalFile::load() const {
  std::error_code ec;
  const auto status = fs::status(target_, ec);
  if (!fs::exists(status)) {
    throw IoError("no journal at " + path_.string() +
                  " (footprint init creates one; footprint add creates it too)");
  }
  if (fs::is_directory(status)) {
    throw IoError(path_.string() + " is a folder, not a journal file");
  }
  Fd fd{::open(target_.c_str(), O_RDONLY | O_CLOEXEC)};
  if (fd.fd < 0) io_fail(path_, "read", errno);
  struct stat st {};
  if (::fstat(fd.fd, &st) != 0) io_fail(path_, "read", errno);
  if (static_cast<std::uintmax_t>(st.st_size) > kMaxJournalBytes) {
    throw IoError(path_.string() + " is " + std::to_string(st.st_size >> 20) +
                  " MiB; journals are limited to 1024 MiB");
  }
  std::string text;
  text.resize(static_cast<std::size_t>(st.st_size));
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::read(fd.fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) io_fail(path_, "read", errno);
    if (n == 0) break;  // the file shrank while we read it
    done += static_cast<std::size_t>(n);
  }
  text.resize(done);
  return Journal::parse(std::move(text), path_.string());
}

void JournalFile::save(const Journal& journal) const {
  if (!journal.modified()) return;
  const std::string bytes = journal.serialize();
  const fs::path folder = folder_of(target_);
  std::string tmp_name = (folder / ("." + target_.filename().string() + ".tmp-XXXXXX")).string();

  Fd fd;
  step(SaveStep::create_temp, path_, [&] { return (fd.fd = ::mkstemp(tmp_name.data())) >= 0; });
  const fs::path tmp = tmp_name;
  try {
    struct stat st {};
    const mode_t mode = ::stat(target_.c_str(), &st) == 0 ? (st.st_mode & 07777) : new_file_mode();
    ::fchmod(fd.fd, mode);  // mkstemp makes 0600; keep the journal's own permissions
    step(SaveStep::write, path_, [&] { return write_all(fd.fd, bytes); });
    step(SaveStep::sync, path_, [&] {
      const bool synced = ::fsync(fd.fd) == 0;
      const bool closed = ::close(std::exchange(fd.fd, -1)) == 0;
      return synced && closed;
    });
    if (exists())
      step(SaveStep::backup, path_, [&] { return keep_backup(target_, backup_path()); });
    step(SaveStep::rename, path_, [&] { return ::rename(tmp.c_str(), target_.c_str()) == 0; });
  } catch (...) {
    ::unlink(tmp.c_str());
    throw;
  }
  // The new journal is in place; failing to flush the folder only weakens durability on a crash,
  // but it is still reported.
  try {
    step(SaveStep::sync_folder, path_, [&] { return sync_folder(folder); });
  } catch (const IoError& e) {
    throw IoError(std::string(e.what()).substr(0, std::string(e.what()).rfind(';')) +
                  "; the journal was saved but may not survive a power failure");
  }
}

bool update_journal(const JournalFile& file, bool create,
                    const std::function<void(Journal&)>& change) {
  const fs::path folder = folder_of(file.target());
  if (create && !fs::exists(folder)) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) io_fail(folder, "create the folder", ec.value());
  }
  JournalLock lock(file.target());
  const bool created = create && !file.exists();
  Journal journal = created ? Journal::create() : file.load();
  change(journal);
  file.save(journal);
  return created;
}

}  // namespace footprint::core
