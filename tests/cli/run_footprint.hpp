// Runs the real footprint binary in tests and captures what a user would see.
#pragma once

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>
#include <signal.h>  // NOLINT(modernize-deprecated-headers): POSIX kill(), not in <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

// NOLINTNEXTLINE(readability-redundant-declaration): POSIX has programs declare it themselves
extern char** environ;

namespace footprint::test {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Starts footprint with `args` and extra environment variables; does not wait.
inline pid_t start_footprint(const std::vector<std::string>& args,
                             const std::map<std::string, std::string>& env,
                             const std::string& out_file, const std::string& err_file) {
  std::vector<std::string> argv_s{FOOTPRINT_BINARY};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  argv.reserve(argv_s.size() + 1);
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_s;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string kv = *e;
    const std::string key = kv.substr(0, kv.find('='));
    if (!env.contains(key) && key != "FOOTPRINT_JOURNAL" && key != "EDITOR" && key != "VISUAL")
      env_s.push_back(kv);
  }
  for (const auto& [k, v] : env) env_s.push_back(k + "=" + v);
  std::vector<char*> envp;
  envp.reserve(env_s.size() + 1);
  for (auto& e : env_s) envp.push_back(e.data());
  envp.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  pid_t pid = -1;
  posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

inline int wait_exit_code(pid_t pid) {
  int status = 0;
  if (::waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/// What a run wrote to the files standing for its standard output and error.
inline void read_output(const std::string& out, const std::string& err, RunResult& r) {
  auto slurp = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  };
  r.out = slurp(out);
  r.err = slurp(err);
}

/// Runs footprint to its end on `journal`; standard output and error pass through files in
/// `scratch` (a folder other than the journal's, so they are not taken for leftovers).
inline RunResult run_footprint(const std::vector<std::string>& args,
                               const std::filesystem::path& journal,
                               const std::filesystem::path& scratch,
                               std::map<std::string, std::string> env = {}) {
  env.emplace("FOOTPRINT_JOURNAL", journal.string());
  const std::string out = (scratch / "stdout").string(), err = (scratch / "stderr").string();
  RunResult r;
  r.exit_code = wait_exit_code(start_footprint(args, env, out, err));
  read_output(out, err, r);
  return r;
}

/// As run_footprint, but a run still going after `seconds` is killed and reported with exit code
/// -1 (hung).
inline RunResult run_footprint_within(double seconds, const std::vector<std::string>& args,
                                      const std::filesystem::path& journal,
                                      const std::filesystem::path& scratch,
                                      std::map<std::string, std::string> env = {}) {
  env.emplace("FOOTPRINT_JOURNAL", journal.string());
  const std::string out = (scratch / "stdout").string(), err = (scratch / "stderr").string();
  const pid_t pid = start_footprint(args, env, out, err);
  RunResult r;
  int status = 0;
  for (int waited_ms = 0;; waited_ms += 5) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) {
      r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      break;
    }
    if (done < 0) break;
    if (waited_ms >= seconds * 1000) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      break;  // exit_code stays -1
    }
    ::usleep(5000);
  }
  read_output(out, err, r);
  return r;
}

}  // namespace footprint::test
