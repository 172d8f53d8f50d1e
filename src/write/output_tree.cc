#include "write/output_tree.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace mwp {
namespace fs = std::filesystem;

namespace {

bool safe_relative(std::string_view path) {
  if (path.empty() || path.front() == '/') return false;
  for (size_t start = 0; start <= path.size();) {
    const size_t slash = std::min(path.find('/', start), path.size());
    if (path.substr(start, slash - start) == "..") return false;
    start = slash + 1;
  }
  return true;
}

// Creates `dir` and its missing parents. One mkdir when only `dir` is missing.
bool make_directories(const fs::path& dir, std::error_code& ec) {
  if (::mkdir(dir.c_str(), 0777) == 0 || errno == EEXIST) return true;
  if (errno != ENOENT) {
    ec.assign(errno, std::generic_category());
    return false;
  }
  fs::create_directories(dir, ec);
  return !ec;
}

// Writes all of `data` to a new file at `path` (mode 0666 less the umask).
bool write_file(const fs::path& path, std::string_view data) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return false;
  while (!data.empty()) {
    const ssize_t written = ::write(fd, data.data(), data.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      const int saved = errno;
      ::close(fd);
      errno = saved;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(written));
  }
  return ::close(fd) == 0;
}

}  // namespace

OutputTree::OutputTree(fs::path target) : target_(std::move(target)) {
  if (target_.has_filename() == false) target_ = target_.parent_path();
  staging_ = target_;
  staging_ += ".staging-" + std::to_string(::getpid());
}

OutputTree::~OutputTree() {
  if (open_ && !committed_) {
    std::error_code ec;
    fs::remove_all(staging_, ec);
  }
}

bool OutputTree::open(Diagnostics& diagnostics) {
  std::error_code ec;
  fs::remove_all(staging_, ec);
  fs::create_directories(staging_, ec);
  if (ec) {
    diagnostics.error(staging_.string(), 0, 0, "output-error",
                      "cannot create staging folder: " + ec.message());
    return false;
  }
  open_ = true;
  return true;
}

bool OutputTree::fail(const std::string& message) {
  std::lock_guard lock(mutex_);
  if (first_error_.empty()) first_error_ = message;
  return false;
}

bool OutputTree::write(std::string_view relative_path, std::string_view data) {
  if (!open_) return fail("output tree written before open()");
  if (!safe_relative(relative_path)) {
    return fail("refusing to write outside the output: " + std::string(relative_path));
  }
  const fs::path path = staging_ / fs::path(relative_path);
  std::error_code ec;
  if (!make_directories(path.parent_path(), ec)) return fail(path.string() + ": " + ec.message());
  if (!write_file(path, data)) {
    return fail(path.string() + ": write failed: " + std::strerror(errno));
  }
  std::lock_guard lock(mutex_);
  ++files_written_;
  bytes_written_ += data.size();
  return true;
}

bool OutputTree::copy_tree(const fs::path& source_dir, std::string_view relative_dir) {
  if (!open_) return fail("output tree written before open()");
  if (!relative_dir.empty() && !safe_relative(relative_dir)) {
    return fail("refusing to copy outside the output: " + std::string(relative_dir));
  }
  const fs::path destination = staging_ / fs::path(relative_dir);
  std::error_code ec;
  fs::create_directories(destination, ec);
  if (!ec) {
    fs::copy(source_dir, destination,
             fs::copy_options::recursive | fs::copy_options::overwrite_existing, ec);
  }
  if (ec) return fail(source_dir.string() + ": copy failed: " + ec.message());
  return true;
}

bool OutputTree::commit(Diagnostics& diagnostics) {
  {
    std::lock_guard lock(mutex_);
    if (!first_error_.empty()) {
      diagnostics.error(target_.string(), 0, 0, "output-error", first_error_);
      return false;
    }
  }
  std::error_code ec;
  const bool exists = fs::exists(target_, ec);
  if (exists) {
    if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE) != 0) {
      diagnostics.error(target_.string(), 0, 0, "output-error",
                        std::string("cannot swap in the new output: ") + std::strerror(errno));
      return false;
    }
    committed_ = true;
    fs::remove_all(staging_, ec);  // now holds the previous tree
    return true;
  }
  if (::rename(staging_.c_str(), target_.c_str()) != 0) {
    diagnostics.error(target_.string(), 0, 0, "output-error",
                      std::string("cannot move the output in place: ") + std::strerror(errno));
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace mwp
