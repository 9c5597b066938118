#include "cli/editor.hpp"

#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"

// NOLINTNEXTLINE(readability-redundant-declaration): POSIX has programs declare it themselves
extern char** environ;

namespace footprint::cli {

void run_editor(const std::filesystem::path& file) {
  const char* visual = std::getenv("VISUAL");
  const char* editor = std::getenv("EDITOR");
  const std::string command = visual && *visual ? visual : editor && *editor ? editor : "vi";
  std::vector<std::string> args;
  std::istringstream words(command);
  for (std::string w; words >> w;) args.push_back(w);
  if (args.empty()) throw UsageError("EDITOR is empty; set it to your editor, e.g. EDITOR=nano");
  args.push_back(file.string());
  std::vector<char*> argv;
  argv.reserve(args.size() + 1);
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  pid_t pid = 0;
  if (const int err = ::posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ);
      err != 0) {
    throw UsageError("cannot start the editor \"" + args.front() + "\": " + std::strerror(err));
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR)
      throw UsageError(std::string("waiting for the editor: ") + std::strerror(errno));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    throw UsageError("the editor \"" + args.front() + "\" failed; nothing was changed");
  }
}

}  // namespace footprint::cli
