// Atomic output: a site is written into a staging folder beside the target
// and swapped in only when the whole build succeeded.
#pragma once

#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace mwp {

// Usage:
//   OutputTree out(target);
//   if (!out.open(diags)) return;
//   out.write("index.html", html);        // from any thread
//   if (ok) out.commit(diags);            // else the destructor discards
//
// Promises: until commit() succeeds, `target` is untouched; after it, target
// holds exactly what was written. A build that fails or throws leaves the
// previous target exactly as it was and removes the staging folder.
class OutputTree {
 public:
  explicit OutputTree(std::filesystem::path target);
  ~OutputTree();
  OutputTree(const OutputTree&) = delete;
  OutputTree& operator=(const OutputTree&) = delete;

  // Creates the staging folder `<target>.staging-<pid>` beside the target.
  bool open(Diagnostics& diagnostics);

  // Writes `data` to `relative_path` under the staging folder, creating
  // parent folders. Thread-safe. `relative_path` must not be absolute nor
  // contain "..". Returns false and records the OS error on failure.
  bool write(std::string_view relative_path, std::string_view data);

  // Copies the tree `source_dir` to `relative_dir` under the staging folder.
  bool copy_tree(const std::filesystem::path& source_dir, std::string_view relative_dir);

  // Swaps the staging folder in place of the target (renameat2 RENAME_EXCHANGE
  // when the target exists), then deletes the old tree. Reports any write
  // failure recorded since open() and refuses to commit then.
  bool commit(Diagnostics& diagnostics);

  const std::filesystem::path& staging() const { return staging_; }
  size_t files_written() const { return files_written_; }
  uint64_t bytes_written() const { return bytes_written_; }

 private:
  bool fail(const std::string& message);

  std::filesystem::path target_;
  std::filesystem::path staging_;
  bool open_ = false;
  bool committed_ = false;
  std::mutex mutex_;  // guards first_error_ and the counters
  std::string first_error_;
  size_t files_written_ = 0;
  uint64_t bytes_written_ = 0;
};

}  // namespace mwp
