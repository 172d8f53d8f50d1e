// The text hit snippets are cut from (an article's or page's description and
// body), kept per shard in one append-only file beside its Xapian tables.
// As a Xapian value, 15 KB of text per document went through the B-tree and
// compaction: about a tenth of the index build at 10,000 articles. The
// document's kSnippetTextSlot value holds only where its text is.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace mwp {

// The file's name inside a shard folder.
inline constexpr const char* kSnippetFile = "snippets";

// Appends texts to `shard_dir`/snippets. A new file gets a random
// generation, which every location names, so a location never reads another
// build's file. Texts are visible to readers as soon as append() returns.
class SnippetWriter {
 public:
  // Opens the file, creating it when missing. Throws
  // std::filesystem::filesystem_error.
  explicit SnippetWriter(const std::filesystem::path& shard_dir);
  ~SnippetWriter();
  SnippetWriter(const SnippetWriter&) = delete;
  SnippetWriter& operator=(const SnippetWriter&) = delete;

  // Appends `text` and returns its location ("<generation> <offset> <size>").
  // Throws std::filesystem::filesystem_error.
  std::string append(std::string_view text);

 private:
  std::filesystem::path path_;
  int fd_ = -1;
  uint64_t size_ = 0;
  std::string generation_;
};

// The text at `location` in `shard_dir`/snippets; "" when the location is
// empty or malformed, or the file is missing, shorter or of another
// generation.
std::string read_snippet(const std::filesystem::path& shard_dir, std::string_view location);

}  // namespace mwp
