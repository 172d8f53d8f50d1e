// The files of a built site, looked up by request target and kept in memory
// with their validators and gzip variant. Safe to call from many threads.
#pragma once

#include <sys/types.h>

#include <ctime>
#include <filesystem>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "serve/url_path.h"

namespace mwp::serve {

struct FileEntry {
  std::string relative;  // below the root: "a/b/index.html"
  std::string content_type;
  std::string etag;  // of `body`
  std::time_t last_modified = 0;
  std::string body;
  std::optional<std::string> gzip_body;  // only when compressible and smaller
  // The identity of the file when it was read; a change means reload.
  dev_t device = 0;
  ino_t inode = 0;
  timespec modified{};
  off_t size = 0;
};

enum class LookupStatus { file, redirect, not_found };

struct Lookup {
  LookupStatus status = LookupStatus::not_found;
  std::shared_ptr<const FileEntry> file;  // when status == file
  std::string location;                   // when status == redirect
};

struct StaticFilesOptions {
  std::filesystem::path root;
  bool inject_reload_script = false;       // live preview: add the reload script to HTML
  size_t cache_bytes = size_t{256} << 20;  // memory for cached bodies
};

class StaticFiles {
 public:
  explicit StaticFiles(StaticFilesOptions options);

  // Resolves an already parsed, valid target: "/a/b/" -> a/b/index.html;
  // "/a/b" naming a folder with an index -> redirect to "/a/b/"; a regular
  // file -> itself. Anything else, including a file whose real path (after
  // symlinks) lies outside the root, is not_found. Never lists folders.
  Lookup lookup(const RequestTarget& target);

  // The site's own 404.html at the root, or null when it has none.
  std::shared_ptr<const FileEntry> not_found_page();

  // Forgets every cached file (after a rebuild swapped the tree).
  void invalidate();

 private:
  std::shared_ptr<const FileEntry> file(const std::string& relative);
  std::shared_ptr<const FileEntry> load(const std::string& relative);

  StaticFilesOptions options_;
  std::shared_mutex mutex_;  // guards cache_ and cached_bytes_
  std::unordered_map<std::string, std::shared_ptr<const FileEntry>> cache_;
  size_t cached_bytes_ = 0;
};

}  // namespace mwp::serve
