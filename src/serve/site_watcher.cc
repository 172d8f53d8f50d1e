#include "serve/site_watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace mwp::serve {
namespace {

constexpr uint32_t kFolderEvents = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                                   IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF |
                                   IN_MOVE_SELF | IN_ONLYDIR;

std::filesystem::path normal(const std::filesystem::path& path) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::weakly_canonical(path, error);
  return error ? path.lexically_normal() : absolute;
}

}  // namespace

bool is_editor_scratch_file(std::string_view name) {
  const auto all_of = [](std::string_view s, auto predicate) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [&](char c) {
      return predicate(static_cast<unsigned char>(c)) != 0;
    });
  };
  // vim's probes ("4913", then 4913 + 123 * n) and sed -i's "sedXXXXXX".
  const bool number = all_of(name, ::isdigit);
  const bool sed_temporary =
      name.size() == 9 && name.starts_with("sed") && all_of(name.substr(3), ::isalnum);
  // vim's swap files: ".swp", then ".swo", ".swn", ... down to ".swa", and ".swx".
  const bool vim_swap = name.size() > 4 && name.substr(name.size() - 4, 3) == ".sw" &&
                        name.back() >= 'a' && name.back() <= 'x';
  return name.empty() || number || sed_temporary || vim_swap || name.starts_with(".#") ||
         (name.size() > 1 && name.starts_with('#') && name.ends_with('#')) ||
         name.starts_with(".goutputstream-") || name.ends_with("~") ||
         name.ends_with("___jb_tmp___") || name.ends_with("___jb_old___") ||
         name.ends_with(".kate-swp") || name.ends_with(".tmp") || name == ".DS_Store";
}

SiteWatcher::SiteWatcher(std::filesystem::path root, std::vector<std::filesystem::path> ignored)
    : root_(normal(root)) {
  for (const auto& path : ignored) ignored_.push_back(normal(path));
}

SiteWatcher::~SiteWatcher() {
  if (inotify_fd_ >= 0) ::close(inotify_fd_);
  if (stop_fd_ >= 0) ::close(stop_fd_);
}

bool SiteWatcher::start(std::string& error) {
  inotify_fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  stop_fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (inotify_fd_ < 0 || stop_fd_ < 0) {
    error = std::string("inotify: ") + std::strerror(errno);
    return false;
  }
  watch_tree(root_);
  if (folders_.empty()) {
    error = "cannot watch " + root_.string() + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

bool SiteWatcher::is_ignored(const std::filesystem::path& folder) const {
  for (const auto& ignored : ignored_) {
    if (folder.parent_path() != ignored.parent_path()) continue;
    std::string name = folder.filename().string();
    std::string base = ignored.filename().string();
    if (name == base || name.rfind(base + ".", 0) == 0) return true;
  }
  return false;
}

void SiteWatcher::watch_tree(const std::filesystem::path& folder) {
  if (is_ignored(folder)) return;
  int descriptor = inotify_add_watch(inotify_fd_, folder.c_str(), kFolderEvents);
  if (descriptor < 0) return;
  folders_[descriptor] = folder;
  std::error_code error;
  for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end;
       it.increment(error)) {
    if (it->is_directory(error) && !it->is_symlink(error)) watch_tree(it->path());
  }
}

bool SiteWatcher::drain(std::vector<std::string>& changed) {
  alignas(inotify_event) std::array<char, 64 * 1024> buffer{};
  for (;;) {
    ssize_t length = ::read(inotify_fd_, buffer.data(), buffer.size());
    if (length < 0) return errno == EAGAIN || errno == EINTR;
    if (length == 0) return false;
    for (ssize_t at = 0; at < length;) {
      inotify_event event{};
      std::memcpy(&event, buffer.data() + at, sizeof(event));
      std::string name(event.len > 0 ? buffer.data() + at + sizeof(inotify_event) : "");
      at += static_cast<ssize_t>(sizeof(inotify_event) + event.len);
      auto folder = folders_.find(event.wd);
      if (folder == folders_.end()) continue;
      std::filesystem::path path = name.empty() ? folder->second : folder->second / name;
      if ((event.mask & IN_IGNORED) != 0) {
        folders_.erase(folder);
        continue;
      }
      if ((event.mask & IN_ISDIR) != 0 && (event.mask & (IN_CREATE | IN_MOVED_TO)) != 0) {
        watch_tree(path);
      }
      if (is_ignored(path) || (!name.empty() && is_editor_scratch_file(name))) continue;
      std::string relative = path.lexically_relative(root_).generic_string();
      if (std::find(changed.begin(), changed.end(), relative) == changed.end()) {
        changed.push_back(relative);
      }
    }
  }
}

std::vector<std::string> SiteWatcher::wait_for_changes(std::chrono::milliseconds quiet) {
  std::vector<std::string> changed;
  std::array<pollfd, 2> fds{{{inotify_fd_, POLLIN, 0}, {stop_fd_, POLLIN, 0}}};
  for (;;) {
    int timeout = changed.empty() ? -1 : static_cast<int>(quiet.count());
    int ready = ::poll(fds.data(), fds.size(), timeout);
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0 || (fds[1].revents & POLLIN) != 0) return {};
    if (ready == 0) return changed;  // quiet period passed
    if (!drain(changed)) return {};
  }
}

void SiteWatcher::stop() {
  if (stop_fd_ < 0) return;
  uint64_t one = 1;
  ssize_t written = ::write(stop_fd_, &one, sizeof(one));
  (void)written;
}

}  // namespace mwp::serve
