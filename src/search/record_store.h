// What each index document shows (a hit's title, URL, category and
// description, an FAQ entry's answer) and the text its snippets are cut from,
// kept per shard in one append-only file beside its Xapian tables. In Xapian,
// the text would go through the B-tree at every commit and through
// compaction, and the display data through zlib with every document (the
// index build's share of each is in docs/performance.md's benchmark). The
// document's kRecordSlot value holds only where its record is.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace mwp {

// The file's name inside a shard folder.
inline constexpr const char* kRecordFile = "records";

// Appends records to `shard_dir`/records. A new file gets a random
// generation, which every location names, so a location never reads another
// build's file. Records are visible to readers once flush() returns; commit
// the Xapian documents that name them after that.
class RecordWriter {
 public:
  // Opens the file, creating it when missing. Throws
  // std::filesystem::filesystem_error.
  explicit RecordWriter(const std::filesystem::path& shard_dir);
  // Writes what is still buffered, ignoring errors: call flush() to see them.
  ~RecordWriter();
  RecordWriter(const RecordWriter&) = delete;
  RecordWriter& operator=(const RecordWriter&) = delete;

  // Appends `text` and returns its location ("<generation> <offset> <size>").
  // Throws std::filesystem::filesystem_error.
  std::string append(std::string_view text);

  // Writes what append() buffered. Throws std::filesystem::filesystem_error.
  void flush();

 private:
  std::filesystem::path path_;
  int fd_ = -1;
  uint64_t size_ = 0;  // including what is buffered
  std::string buffer_;
  std::string generation_;
};

// The text at `location` in `shard_dir`/records; "" when the location is
// empty or malformed, or the file is missing, shorter or of another
// generation.
std::string read_record(const std::filesystem::path& shard_dir, std::string_view location);

}  // namespace mwp
