// Reading source files: size limit, UTF-8 validation, BOM and CRLF handling.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "diag/diagnostic.h"

namespace mwp {

inline constexpr size_t kMaxSourceBytes = 10 * 1024 * 1024;

// Reads `path` as text. Promises on success: valid UTF-8, no BOM, "\n" line
// ends. Reports file-unreadable, file-too-large (over kMaxSourceBytes),
// binary-file (NUL bytes) or invalid-utf8 (with line:col) against
// `display_path` and returns nullopt.
std::optional<std::string> read_source_file(const std::filesystem::path& path,
                                            const std::string& display_path,
                                            Diagnostics& diagnostics);

// The same, reading into `buffer`, which is grown but never shrunk so that a
// caller reading many files allocates once; the text returned views it.
std::optional<std::string_view> read_source_file(const std::filesystem::path& path,
                                                 const std::string& display_path,
                                                 Diagnostics& diagnostics, std::string& buffer);

// Asks the kernel to start reading `files` into the page cache, in order,
// from a thread of its own, so that a cold cache's disk reads overlap the
// parsing of the files read before them. Stops once 64 files in a row were
// already cached (a warm cache needs no hint). Only a hint: errors are
// ignored (the reader reports them). The destructor waits for the thread.
class SourcePrefetch {
 public:
  explicit SourcePrefetch(std::vector<std::filesystem::path> files);
  ~SourcePrefetch();
  SourcePrefetch(const SourcePrefetch&) = delete;
  SourcePrefetch& operator=(const SourcePrefetch&) = delete;

 private:
  std::vector<std::filesystem::path> files_;
  std::thread thread_;
};

// The same checks for text already in memory (for importers and tests).
std::optional<std::string> normalise_source_text(std::string text, const std::string& display_path,
                                                 Diagnostics& diagnostics);

}  // namespace mwp
