// Watches a site folder and everything below it (folders created later too)
// with inotify, and reports quiet-period batches of changes.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

namespace mwp::serve {

class SiteWatcher {
 public:
  // `ignored` folders (e.g. the output tree when it lives inside the site)
  // and everything below them are not watched; neither are folders whose
  // name starts with "<ignored name>." (staging trees, the search index).
  SiteWatcher(std::filesystem::path root, std::vector<std::filesystem::path> ignored);
  ~SiteWatcher();
  SiteWatcher(const SiteWatcher&) = delete;
  SiteWatcher& operator=(const SiteWatcher&) = delete;

  // Sets up the watches. Returns false with `error` set when inotify fails.
  bool start(std::string& error);

  // Blocks until something under the root changed and then `quiet` passed
  // with no further change, or until stop(). Returns the changed paths
  // (relative to the root, deduplicated, in order of first change); empty
  // after stop(). Editor scratch files (".#x", "x~", ".x.swp", "4913") do
  // not count as changes.
  std::vector<std::string> wait_for_changes(std::chrono::milliseconds quiet);

  // Wakes wait_for_changes() for good. Thread-safe.
  void stop();

 private:
  void watch_tree(const std::filesystem::path& folder);
  bool is_ignored(const std::filesystem::path& folder) const;
  // Reads pending events into `changed`; returns false when stopped or broken.
  bool drain(std::vector<std::string>& changed);

  std::filesystem::path root_;
  std::vector<std::filesystem::path> ignored_;
  int inotify_fd_ = -1;
  int stop_fd_ = -1;                                        // eventfd written by stop()
  std::unordered_map<int, std::filesystem::path> folders_;  // watch descriptor -> folder
};

// True for names editors write while saving, which should not trigger a build.
bool is_editor_scratch_file(std::string_view name);

}  // namespace mwp::serve
