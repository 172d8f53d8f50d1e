#include "serve/static_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <climits>
#include <cstdlib>
#include <mutex>

#include "serve/conditional.h"
#include "serve/content_encoding.h"
#include "serve/reload_script.h"
#include "serve/response_policy.h"

namespace mwp::serve {
namespace {

constexpr size_t kMinCompressible = 256;

bool same_file(const FileEntry& entry, const struct stat& info) {
  return entry.device == info.st_dev && entry.inode == info.st_ino && entry.size == info.st_size &&
         entry.modified.tv_sec == info.st_mtim.tv_sec &&
         entry.modified.tv_nsec == info.st_mtim.tv_nsec;
}

bool is_regular_file(const std::string& path, struct stat& info) {
  return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

// The real path of an open descriptor, as the kernel resolved it.
std::optional<std::string> real_path_of(int fd) {
  std::string link = "/proc/self/fd/" + std::to_string(fd);
  std::array<char, PATH_MAX> buffer{};
  ssize_t length = ::readlink(link.c_str(), buffer.data(), buffer.size() - 1);
  if (length <= 0) return std::nullopt;
  return std::string(buffer.data(), static_cast<size_t>(length));
}

std::optional<std::string> real_path(const std::filesystem::path& path) {
  std::array<char, PATH_MAX> buffer{};
  if (::realpath(path.c_str(), buffer.data()) == nullptr) return std::nullopt;
  return std::string(buffer.data());
}

bool read_all(int fd, size_t size, std::string& out) {
  out.resize(size);
  size_t done = 0;
  while (done < size) {
    ssize_t n = ::read(fd, out.data() + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

StaticFiles::StaticFiles(StaticFilesOptions options) : options_(std::move(options)) {}

Lookup StaticFiles::lookup(const RequestTarget& target) {
  Lookup result;
  if (!target.ok()) return result;
  if (target.trailing_slash) {
    result.file = file(target.relative.empty() ? "index.html" : target.relative + "/index.html");
  } else {
    std::string path = (options_.root / target.relative).string();
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
      struct stat index {};
      if (is_regular_file(path + "/index.html", index) &&
          file(target.relative + "/index.html") != nullptr) {
        result.status = LookupStatus::redirect;
        result.location = folder_redirect_location(target.raw_path, target.query);
      }
      return result;
    }
    result.file = file(target.relative);
  }
  if (result.file != nullptr) result.status = LookupStatus::file;
  return result;
}

std::shared_ptr<const FileEntry> StaticFiles::not_found_page() {
  return file("404.html");
}

void StaticFiles::invalidate() {
  std::unique_lock lock(mutex_);
  cache_.clear();
  cached_bytes_ = 0;
}

std::shared_ptr<const FileEntry> StaticFiles::file(const std::string& relative) {
  std::string path = (options_.root / relative).string();
  struct stat info {};
  if (!is_regular_file(path, info)) return nullptr;
  {
    std::shared_lock lock(mutex_);
    auto found = cache_.find(relative);
    if (found != cache_.end() && same_file(*found->second, info)) return found->second;
  }
  std::shared_ptr<const FileEntry> entry = load(relative);
  if (entry == nullptr) return nullptr;
  size_t bytes = entry->body.size() + (entry->gzip_body ? entry->gzip_body->size() : 0);
  if (bytes > options_.cache_bytes / 4) return entry;
  std::unique_lock lock(mutex_);
  if (cached_bytes_ + bytes > options_.cache_bytes) {
    cache_.clear();
    cached_bytes_ = 0;
  }
  auto [slot, inserted] = cache_.try_emplace(relative, entry);
  if (!inserted) {
    const FileEntry& old = *slot->second;
    cached_bytes_ -= old.body.size() + (old.gzip_body ? old.gzip_body->size() : 0);
    slot->second = entry;
  }
  cached_bytes_ += bytes;
  return entry;
}

std::shared_ptr<const FileEntry> StaticFiles::load(const std::string& relative) {
  std::optional<std::string> root = real_path(options_.root);
  if (!root) return nullptr;
  std::string path = (options_.root / relative).string();
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return nullptr;
  auto entry = std::make_shared<FileEntry>();
  struct stat opened {};
  std::optional<std::string> real = real_path_of(fd);
  bool inside = real && real->size() > root->size() + 1 &&
                real->compare(0, root->size(), *root) == 0 && (*real)[root->size()] == '/';
  bool ok = inside && ::fstat(fd, &opened) == 0 && S_ISREG(opened.st_mode) &&
            read_all(fd, static_cast<size_t>(opened.st_size), entry->body);
  ::close(fd);
  if (!ok) return nullptr;
  entry->relative = relative;
  entry->content_type = media_type_for(relative);
  entry->device = opened.st_dev;
  entry->inode = opened.st_ino;
  entry->size = opened.st_size;
  entry->modified = opened.st_mtim;
  entry->last_modified = opened.st_mtim.tv_sec;
  bool html = entry->content_type.rfind("text/html", 0) == 0;
  if (html && options_.inject_reload_script) entry->body = inject_reload_script(entry->body);
  entry->etag = content_etag(entry->body);
  if (is_compressible(entry->content_type) && entry->body.size() >= kMinCompressible) {
    std::optional<std::string> gzip = gzip_compress(entry->body);
    if (gzip && gzip->size() < entry->body.size()) entry->gzip_body = std::move(gzip);
  }
  return entry;
}

}  // namespace mwp::serve
