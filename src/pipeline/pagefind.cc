#include "pipeline/pagefind.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace mwp {
namespace fs = std::filesystem;
namespace {

constexpr size_t kOutputTailBytes = 2000;

bool is_executable(const fs::path& path) {
  std::error_code error;
  return fs::is_regular_file(path, error) && ::access(path.c_str(), X_OK) == 0;
}

std::optional<fs::path> find_upwards(fs::path dir) {
  std::error_code error;
  dir = fs::absolute(dir, error);
  while (!dir.empty()) {
    const fs::path candidate = dir / "node_modules" / ".bin" / "pagefind";
    if (is_executable(candidate)) return candidate;
    if (dir == dir.root_path()) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

std::optional<fs::path> find_on_path() {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return std::nullopt;
  std::stringstream dirs(path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (!dir.empty() && is_executable(fs::path(dir) / "pagefind"))
      return fs::path(dir) / "pagefind";
  }
  return std::nullopt;
}

std::string tail_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  std::string all = text.str();
  if (all.size() > kOutputTailBytes) all = all.substr(all.size() - kOutputTailBytes);
  while (!all.empty() && (all.back() == '\n' || all.back() == ' ')) all.pop_back();
  return all;
}

// Runs `argv` with stdout and stderr going to `log`. Returns the exit status,
// or -1 when it could not be started.
int run_logged(const std::vector<std::string>& argv, const fs::path& log) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int started = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (started != 0) return -1;
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

std::optional<fs::path> find_pagefind(const fs::path& start) {
  if (const char* configured = std::getenv("MWP_PAGEFIND"); configured && *configured) {
    if (is_executable(configured)) return fs::path(configured);
    return std::nullopt;
  }
  if (auto found = find_upwards(start)) return found;
  std::error_code error;
  if (auto found = find_upwards(fs::current_path(error))) return found;
  return find_on_path();
}

bool run_pagefind(const fs::path& out_dir, Diagnostics& diagnostics) {
  const std::optional<fs::path> pagefind = find_pagefind(out_dir);
  if (!pagefind) {
    diagnostics.error(out_dir.string(), 0, 0, "pagefind-missing",
                      "pagefind not found: run npm ci, or set MWP_PAGEFIND to its path");
    return false;
  }
  std::error_code error;
  std::string log_name = (fs::temp_directory_path(error) / "mwp-pagefind-XXXXXX").string();
  const int log_fd = ::mkstemp(log_name.data());
  if (log_fd >= 0) ::close(log_fd);
  const fs::path log = log_name;
  const int status = run_logged({pagefind->string(), "--site", out_dir.string(), "--silent"}, log);
  const std::string output = tail_of(log);
  fs::remove(log, error);
  if (status == 0) return true;
  diagnostics.error(out_dir.string(), 0, 0, "pagefind-failed",
                    status < 0 ? "cannot start " + pagefind->string()
                               : "pagefind exited with status " + std::to_string(status) +
                                     (output.empty() ? "" : ":\n" + output));
  return false;
}

}  // namespace mwp
