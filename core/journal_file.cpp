#include "core/journal_file.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

#include "core/error.hpp"
#include "core/journal_schema.hpp"

namespace footprint::core {
namespace fs = std::filesystem;
namespace {

std::optional<SaveStep> g_fail_at;
std::vector<std::string>* g_save_log = nullptr;

void log_save(const std::string& what) {
  if (g_save_log != nullptr) g_save_log->push_back(what);
}

bool sync_fd(int fd, const fs::path& name) {
  log_save("fsync " + name.string());
  return ::fsync(fd) == 0;
}

constexpr const char* kStepNames[] = {"creating a temporary file", "writing",
                                      "flushing to disk",          "keeping a backup",
                                      "replacing the journal",     "flushing the folder"};

// Largest journal read; far beyond any travel journal, small enough to refuse a wrong file early.
constexpr std::uintmax_t kMaxJournalBytes = 1ull << 30;

[[noreturn]] void io_fail(const fs::path& path, const std::string& what, int err) {
  throw IoError("cannot " + what + " " + path.string() + ": " + std::strerror(err));
}

// The crash test (tests/cli/save_crash_test.cpp) needs a process stopped at a known point of a
// save, to kill it there or a random moment later. With FOOTPRINT_TEST_STOP_AT_SAVE_POINT=N in
// the environment, the process stops itself (SIGSTOP) at the N-th point a save reaches: one before
// each step it runs and one after the last. Unset, this does nothing.
void save_point() {
  static const long stop_at = [] {
    const char* value = std::getenv("FOOTPRINT_TEST_STOP_AT_SAVE_POINT");
    return value == nullptr ? 0L : std::atol(value);
  }();
  static long reached = 0;
  if (stop_at > 0 && ++reached == stop_at) ::raise(SIGSTOP);
}

// Runs one step of a save (an operation returning false with errno set on failure), or fails it
// before it starts when a test asked for that.
template <typename Operation>
void step(SaveStep s, const fs::path& path, Operation&& operation) {
  save_point();
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

bool write_all(int fd, std::string_view bytes) {
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
  return dir.fd >= 0 && sync_fd(dir.fd, folder);
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
  if (::rename(tmp.c_str(), backup.c_str()) != 0) return false;
  // When the backup already is this very file (a save was killed after this step last time),
  // rename() finds two links to one file and, as POSIX says, does nothing: drop the extra link.
  ::unlink(tmp.c_str());
  return true;
}

fs::path folder_of(const fs::path& file) {
  return file.has_parent_path() ? file.parent_path() : fs::path(".");
}

// A save killed before its rename leaves its temporary file behind. Saves run under the lock, so
// while one runs any other file named like its temporary file is such a leftover: remove them,
// so that crashes do not pile up hidden files beside the journal.
void remove_leftover_temps(const fs::path& folder, const std::string& prefix) {
  std::error_code ec;
  for (const auto& f : fs::directory_iterator(folder, ec)) {
    const std::string name = f.path().filename().string();
    if (name.size() == prefix.size() + 6 && name.starts_with(prefix)) fs::remove(f.path(), ec);
  }
}

// A journal without any write permission was made read-only on purpose (chmod a-w): refuse to
// replace it, even as root, whom permissions do not stop and whose rename would succeed.
void refuse_read_only(const JournalFile& file) {
  struct stat st {};
  if (::stat(file.target().c_str(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0222) == 0) {
    throw IoError(file.path().string() +
                  " is read-only (no write permission); nothing was changed. "
                  "chmod u+w makes it writable");
  }
}

}  // namespace

void testing::fail_saves_at(std::optional<SaveStep> s) {
  g_fail_at = s;
}

void testing::record_saves(std::vector<std::string>* log) {
  g_save_log = log;
}

// The lock file exists only while a command holds it: the holder removes it before releasing
// the lock. A process that was waiting on the removed file then holds a lock nobody else can see,
// so after every flock it checks that the file it locked is still the one at the path, and
// starts again if not.
JournalLock::JournalLock(const fs::path& journal) : path_(journal.string() + ".lock") {
  for (;;) {
    fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, new_file_mode());
    if (fd_ < 0) io_fail(path_, "create the lock file", errno);
    while (::flock(fd_, LOCK_EX) != 0) {
      if (errno != EINTR) {
        const int err = errno;
        ::close(fd_);
        io_fail(path_, "lock", err);
      }
    }
    struct stat locked {
    }, named{};
    if (::fstat(fd_, &locked) == 0 && ::stat(path_.c_str(), &named) == 0 &&
        locked.st_dev == named.st_dev && locked.st_ino == named.st_ino) {
      return;
    }
    ::close(fd_);  // removed by the holder we waited for: lock the one at the path now
  }
}

JournalLock::~JournalLock() {
  if (fd_ < 0) return;
  ::unlink(path_.c_str());  // still held: nobody can have locked a newer file at this path
  ::close(fd_);             // closing releases the flock
}

JournalFile::JournalFile(fs::path path) : path_(std::move(path)), target_(path_) {
  // Follow links one by one rather than canonicalizing: a link to a file not yet there must
  // name that file (the first save creates it), not be replaced by it. A circle of links stays
  // unresolved, and status() then reports it.
  std::error_code ec;
  for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(target_, ec)); ++hops) {
    const fs::path link = fs::read_symlink(target_, ec);
    if (ec) break;
    target_ = link.is_absolute() ? link : folder_of(target_) / link;
  }
}

fs::file_status JournalFile::status() const {
  std::error_code ec;
  const fs::file_status s = fs::status(target_, ec);
  // A missing file (or folder on the way) is an answer; a circle of links or a folder that may
  // not be searched is not, and saving over it would hide the problem.
  if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory) {
    io_fail(path_, "read", ec.value());
  }
  return s;
}

fs::path JournalFile::backup_path() const {
  return target_.string() + ".bak";
}

bool JournalFile::exists() const {
  return fs::exists(status());
}

void JournalFile::refuse_other_than_file() const {
  const auto status = this->status();
  const char* what = nullptr;
  switch (status.type()) {
    case fs::file_type::directory:
      what = "a folder";
      break;
    case fs::file_type::fifo:
      what = "a FIFO (named pipe)";
      break;
    case fs::file_type::character:
      what = "a character device";
      break;
    case fs::file_type::block:
      what = "a block device";
      break;
    case fs::file_type::socket:
      what = "a socket";
      break;
    case fs::file_type::regular:
    case fs::file_type::not_found:
    case fs::file_type::none:
      return;
    default:
      what = "something other than a file";
      break;
  }
  throw IoError(path_.string() + " is " + what + ", not a journal file");
}

namespace {
[[noreturn]] void no_journal(const fs::path& path) {
  throw IoError("no journal at " + path.string() +
                " (footprint init creates one; footprint add creates it too)");
}
}  // namespace

Journal JournalFile::load() const {
  return Journal::parse(read_text(), path_.string());
}

std::string JournalFile::read_text() const {
  if (!exists()) no_journal(path_);
  // A FIFO or a device would block the read (with the lock held) or never end: only regular
  // files are journals. O_NONBLOCK keeps the open itself from waiting for a FIFO's writer.
  refuse_other_than_file();
  Fd fd{::open(target_.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
  if (fd.fd < 0) io_fail(path_, "read", errno);
  struct stat st {};
  if (::fstat(fd.fd, &st) != 0) io_fail(path_, "read", errno);
  if (!S_ISREG(st.st_mode)) throw IoError(path_.string() + " is not a regular file any more");
  if (static_cast<std::uintmax_t>(st.st_size) > kMaxJournalBytes) {
    throw IoError(path_.string() + " is larger than 1 GiB (" + std::to_string(st.st_size) +
                  " bytes); journals are limited to 1 GiB");
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
  return text;
}

void JournalFile::save(const Journal& journal) const {
  if (!journal.modified()) return;
  if (const auto problems = journal.problems(); !problems.empty()) {
    std::vector<Diagnostic> diagnostics;
    diagnostics.reserve(problems.size());
    for (const Problem& p : problems)
      diagnostics.push_back({"", 0, 0, p.pointer, p.entry, p.message});
    throw InvalidChange(std::move(diagnostics));
  }
  refuse_read_only(*this);
  const fs::path folder = folder_of(target_);
  const std::string tmp_prefix = "." + target_.filename().string() + ".tmp-";
  remove_leftover_temps(folder, tmp_prefix);
  std::string tmp_name = (folder / (tmp_prefix + "XXXXXX")).string();

  Fd fd;
  step(SaveStep::create_temp, path_, [&] { return (fd.fd = ::mkstemp(tmp_name.data())) >= 0; });
  const fs::path tmp = tmp_name;
  try {
    struct stat st {};
    const mode_t mode = ::stat(target_.c_str(), &st) == 0 ? (st.st_mode & 07777) : new_file_mode();
    ::fchmod(fd.fd, mode);  // mkstemp makes 0600; keep the journal's own permissions
    // Piece by piece: a large journal is not copied into one string first (Journal::write).
    step(SaveStep::write, path_, [&] {
      return journal.write([&](std::string_view piece) { return write_all(fd.fd, piece); });
    });
    step(SaveStep::sync, path_, [&] {
      const bool synced = sync_fd(fd.fd, tmp_name);
      const bool closed = ::close(std::exchange(fd.fd, -1)) == 0;
      return synced && closed;
    });
    if (exists())
      step(SaveStep::backup, path_, [&] { return keep_backup(target_, backup_path()); });
    step(SaveStep::rename, path_, [&] {
      log_save("rename " + tmp.string() + " " + target_.string());
      return ::rename(tmp.c_str(), target_.c_str()) == 0;
    });
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
  save_point();
}

bool update_journal(const JournalFile& file, bool create,
                    const std::function<void(Journal&)>& change) {
  const fs::path folder = folder_of(file.target());
  if (create && !fs::exists(folder)) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) io_fail(folder, "create the folder", ec.value());
  }
  // Before the lock: no lock file beside a device, or in a folder that does not exist.
  file.refuse_other_than_file();
  if (!create && !file.exists()) no_journal(file.path());
  JournalLock lock(file.target());
  refuse_read_only(file);  // before `change`, which may have opened an editor
  const bool created = create && !file.exists();
  Journal journal = created ? Journal::create() : file.load();
  change(journal);
  file.save(journal);
  return created;
}

}  // namespace footprint::core
