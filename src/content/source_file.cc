#include "content/source_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

#include "text/line_index.h"
#include "text/utf8.h"

namespace mwp {
namespace fs = std::filesystem;

namespace {

// After this many files in a row already in the page cache, SourcePrefetch
// stops: the rest are most likely cached too, and on 2 cores its thread
// would only take time from the parsers.
constexpr size_t kCachedRunToStop = 64;

// True when the first page of `fd` is in the page cache; false when it is
// not, or when the kernel cannot tell.
bool first_page_cached(int fd) {
  char byte = 0;
  iovec io{&byte, 1};
  return ::preadv2(fd, &io, 1, 0, RWF_NOWAIT) >= 0;
}

// Checks text[0, size) and normalises it in place; the result views `text`.
std::optional<std::string_view> normalise_in_place(char* text, size_t size,
                                                   const std::string& display_path,
                                                   Diagnostics& diagnostics) {
  if (size > kMaxSourceBytes) {
    diagnostics.error(
        display_path, 0, 0, "file-too-large",
        fmt::format("file is {} bytes; the limit is {} bytes", size, kMaxSourceBytes));
    return std::nullopt;
  }
  std::string_view view(text, size);
  if (const auto nul = view.find('\0'); nul != std::string_view::npos) {
    const auto at = LineIndex(view).position(nul);
    diagnostics.error(display_path, at.line, 0, "binary-file",
                      "file contains NUL bytes; it is not a text file");
    return std::nullopt;
  }
  if (view.starts_with("\xEF\xBB\xBF")) {
    text += 3;
    view.remove_prefix(3);
  }
  if (const auto bad = find_invalid_utf8(view)) {
    const auto at = LineIndex(view).position(*bad);
    diagnostics.error(
        display_path, at.line, at.column, "invalid-utf8",
        fmt::format("invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(view[*bad])));
    return std::nullopt;
  }
  if (const size_t first_cr = view.find('\r'); first_cr != std::string_view::npos) {
    // "\r\n" and lone "\r" become "\n"; the text only shrinks.
    size_t out = first_cr;
    for (size_t i = first_cr; i < view.size(); ++i) {
      if (view[i] == '\r') {
        text[out++] = '\n';
        if (i + 1 < view.size() && view[i + 1] == '\n') ++i;
      } else {
        text[out++] = view[i];
      }
    }
    view = std::string_view(text, out);
  }
  return view;
}

}  // namespace

SourcePrefetch::SourcePrefetch(std::vector<fs::path> files) : files_(std::move(files)) {
  try {
    thread_ = std::thread([this] {
      size_t cached_in_a_row = 0;
      for (const fs::path& file : files_) {
        if (cached_in_a_row == kCachedRunToStop) break;
        const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) continue;
        if (first_page_cached(fd)) {
          ++cached_in_a_row;
        } else {
          cached_in_a_row = 0;
          ::posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED);
        }
        ::close(fd);
      }
    });
  } catch (const std::system_error&) {
    // No thread to spare: the files are read without the hint.
  }
}

SourcePrefetch::~SourcePrefetch() {
  if (thread_.joinable()) thread_.join();
}

std::optional<std::string> normalise_source_text(std::string text, const std::string& display_path,
                                                 Diagnostics& diagnostics) {
  const auto view = normalise_in_place(text.data(), text.size(), display_path, diagnostics);
  if (!view) return std::nullopt;
  if (view->data() == text.data() && view->size() == text.size()) return text;
  return std::string(*view);
}

std::optional<std::string_view> read_source_file(const fs::path& path,
                                                 const std::string& display_path,
                                                 Diagnostics& diagnostics, std::string& buffer) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) {
    diagnostics.error(display_path, 0, 0, "file-unreadable", ec.message());
    return std::nullopt;
  }
  if (size > kMaxSourceBytes) {
    diagnostics.error(
        display_path, 0, 0, "file-too-large",
        fmt::format("file is {} bytes; the limit is {} bytes", size, kMaxSourceBytes));
    return std::nullopt;
  }
  if (buffer.size() < size) buffer.resize(size);
  // POSIX reads: an ifstream would allocate (and free) a buffer per file.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  size_t done = 0;
  if (fd >= 0) {
    while (done < size) {
      const ssize_t n = ::read(fd, buffer.data() + done, size - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    ::close(fd);
  }
  if (done < size || fd < 0) {
    diagnostics.error(display_path, 0, 0, "file-unreadable", "cannot read the file");
    return std::nullopt;
  }
  return normalise_in_place(buffer.data(), size, display_path, diagnostics);
}

std::optional<std::string> read_source_file(const fs::path& path, const std::string& display_path,
                                            Diagnostics& diagnostics) {
  std::string buffer;
  const auto text = read_source_file(path, display_path, diagnostics, buffer);
  if (!text) return std::nullopt;
  if (text->data() == buffer.data() && text->size() == buffer.size()) return buffer;
  return std::string(*text);
}

}  // namespace mwp
