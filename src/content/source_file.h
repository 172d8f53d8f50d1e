// Reading source files: size limit, UTF-8 validation, BOM and CRLF handling.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

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

// The text of one source file, checked and normalised as read_source_file()
// promises: mapped from the file (its pages stay the page cache's, so a
// large site's text costs no heap) or held in memory.
class SourceText {
 public:
  // Holds `text` as is; requires it normalised already.
  static std::shared_ptr<const SourceText> of(std::string text);

  std::string_view text() const { return text_; }

  SourceText(const SourceText&) = delete;
  SourceText& operator=(const SourceText&) = delete;
  ~SourceText();

 private:
  SourceText() = default;
  friend std::shared_ptr<const SourceText> map_source_file(const std::filesystem::path&,
                                                           const std::string&, Diagnostics&);
  void* mapping_ = nullptr;
  size_t mapping_size_ = 0;
  std::string owned_;
  std::string_view text_;
};

// read_source_file() by mapping `path` privately: normalising "\r\n" copies
// only the pages it changes. Same checks and diagnostics; nullptr on error.
// Requires that the file not shrink while the text is alive. A read past its
// new end would raise SIGBUS: the first call installs a handler that reports
// this as source-truncated and exits with status 1 (no output is swapped in).
std::shared_ptr<const SourceText> map_source_file(const std::filesystem::path& path,
                                                  const std::string& display_path,
                                                  Diagnostics& diagnostics);

// The same checks for text already in memory (for importers and tests).
std::optional<std::string> normalise_source_text(std::string text, const std::string& display_path,
                                                 Diagnostics& diagnostics);

}  // namespace mwp
