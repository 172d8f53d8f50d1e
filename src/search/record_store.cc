#include "search/record_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <random>
#include <system_error>

namespace mwp {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kMagic = "mwp-records ";
constexpr size_t kGenerationLength = 16;  // hex digits
constexpr size_t kHeaderLength = kMagic.size() + kGenerationLength + 1;
constexpr size_t kBufferBytes = size_t{1} << 20;

[[noreturn]] void fail(const fs::path& path, const char* what) {
  throw fs::filesystem_error(what, path, std::error_code(errno, std::generic_category()));
}

std::string new_generation() {
  std::random_device device;
  const uint64_t value = (uint64_t{device()} << 32) ^ device();
  std::string hex(kGenerationLength, '0');
  for (size_t i = 0; i < kGenerationLength; ++i) {
    hex[kGenerationLength - 1 - i] = "0123456789abcdef"[(value >> (4 * i)) & 0xF];
  }
  return hex;
}

void write_all(int fd, std::string_view data, const fs::path& path) {
  while (!data.empty()) {
    const ssize_t written = ::write(fd, data.data(), data.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) fail(path, "cannot write search records");
    data.remove_prefix(static_cast<size_t>(written));
  }
}

bool read_at(int fd, char* out, size_t size, uint64_t offset) {
  while (size > 0) {
    const ssize_t n = ::pread(fd, out, size, static_cast<off_t>(offset));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    out += n;
    size -= static_cast<size_t>(n);
    offset += static_cast<uint64_t>(n);
  }
  return true;
}

// The generation in the header of the file open as `fd`, or "".
std::string read_generation(int fd) {
  std::string header(kHeaderLength, '\0');
  if (!read_at(fd, header.data(), header.size(), 0) || !header.starts_with(kMagic) ||
      header.back() != '\n') {
    return "";
  }
  return header.substr(kMagic.size(), kGenerationLength);
}

bool parse_number(std::string_view text, uint64_t& value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

RecordWriter::RecordWriter(const fs::path& shard_dir) : path_(shard_dir / kRecordFile) {
  fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0666);
  if (fd_ < 0) fail(path_, "cannot open record file");
  struct stat info {};
  if (::fstat(fd_, &info) != 0) fail(path_, "cannot stat record file");
  size_ = static_cast<uint64_t>(info.st_size);
  if (size_ >= kHeaderLength) generation_ = read_generation(fd_);
  if (generation_.empty()) {  // new, or not one of ours: start afresh
    if (::ftruncate(fd_, 0) != 0) fail(path_, "cannot reset record file");
    generation_ = new_generation();
    write_all(fd_, std::string(kMagic) + generation_ + "\n", path_);
    size_ = kHeaderLength;
  }
}

RecordWriter::~RecordWriter() {
  try {
    flush();
  } catch (const fs::filesystem_error&) {  // flush() is where errors are seen
  }
  if (fd_ >= 0) ::close(fd_);
}

void RecordWriter::flush() {
  write_all(fd_, buffer_, path_);
  buffer_.clear();
}

std::string RecordWriter::append(std::string_view text) {
  buffer_ += text;
  if (buffer_.size() >= kBufferBytes) flush();
  const uint64_t offset = size_;
  size_ += text.size();
  return generation_ + " " + std::to_string(offset) + " " + std::to_string(text.size());
}

std::string read_record(const fs::path& shard_dir, std::string_view location) {
  const size_t first = location.find(' ');
  const size_t second = first == std::string_view::npos ? first : location.find(' ', first + 1);
  uint64_t offset = 0;
  uint64_t size = 0;
  if (second == std::string_view::npos || first != kGenerationLength ||
      !parse_number(location.substr(first + 1, second - first - 1), offset) ||
      !parse_number(location.substr(second + 1), size) || offset < kHeaderLength ||
      size > (uint64_t{1} << 30)) {
    return "";
  }
  const fs::path path = shard_dir / kRecordFile;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "";
  std::string text;
  if (read_generation(fd) == location.substr(0, first)) {
    text.resize(size);
    if (!read_at(fd, text.data(), text.size(), offset)) text.clear();
  }
  ::close(fd);
  return text;
}

}  // namespace mwp
