#include "content/source_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <system_error>

#include "text/line_index.h"
#include "text/utf8.h"

namespace mwp {
namespace fs = std::filesystem;

namespace {

bool report_size(uint64_t size, const std::string& display_path, Diagnostics& diagnostics) {
  if (size <= kMaxSourceBytes) return true;
  diagnostics.error(display_path, 0, 0, "file-too-large",
                    fmt::format("file is {} bytes; the limit is {} bytes", size, kMaxSourceBytes));
  return false;
}

// Checks `view`: size, no NUL bytes, valid UTF-8. Returns it without a BOM.
std::optional<std::string_view> checked_text(std::string_view view, const std::string& display_path,
                                             Diagnostics& diagnostics) {
  if (!report_size(view.size(), display_path, diagnostics)) return std::nullopt;
  if (const auto nul = view.find('\0'); nul != std::string_view::npos) {
    const auto at = LineIndex(view).position(nul);
    diagnostics.error(display_path, at.line, 0, "binary-file",
                      "file contains NUL bytes; it is not a text file");
    return std::nullopt;
  }
  if (view.starts_with("\xEF\xBB\xBF")) view.remove_prefix(3);
  if (const auto bad = find_invalid_utf8(view)) {
    const auto at = LineIndex(view).position(*bad);
    diagnostics.error(
        display_path, at.line, at.column, "invalid-utf8",
        fmt::format("invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(view[*bad])));
    return std::nullopt;
  }
  return view;
}

// Turns "\r\n" and lone "\r" in `view`, which `text` starts, into "\n" in
// place; the text only shrinks. Returns the result.
std::string_view normalise_line_ends(char* text, std::string_view view) {
  const size_t first_cr = view.find('\r');
  if (first_cr == std::string_view::npos) return view;
  size_t out = first_cr;
  for (size_t i = first_cr; i < view.size(); ++i) {
    if (view[i] == '\r') {
      text[out++] = '\n';
      if (i + 1 < view.size() && view[i + 1] == '\n') ++i;
    } else {
      text[out++] = view[i];
    }
  }
  return {text, out};
}

// Checks text[0, size) and normalises it in place; the result views `text`.
std::optional<std::string_view> normalise_in_place(char* text, size_t size,
                                                   const std::string& display_path,
                                                   Diagnostics& diagnostics) {
  const auto view = checked_text({text, size}, display_path, diagnostics);
  if (!view) return std::nullopt;
  return normalise_line_ends(text + (view->data() - text), *view);
}

// SIGBUS with BUS_ADRERR: a mapped page past the end of a file that shrank.
void report_truncated_source(int, siginfo_t* info, void*) {
  if (info->si_code == BUS_ADRERR) {
    static constexpr char kMessage[] =
        "mwp: error: a source file shrank while mwp was reading it; nothing was swapped in; "
        "run the command again [source-truncated]\n";
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, kMessage, sizeof kMessage - 1);
    ::_exit(1);
  }
  ::signal(SIGBUS, SIG_DFL);  // any other bus error: the default action, on return
}

void install_truncation_handler() {
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction action {};
    action.sa_sigaction = report_truncated_source;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGBUS, &action, nullptr);
  });
}

}  // namespace

std::shared_ptr<const SourceText> SourceText::of(std::string text) {
  std::shared_ptr<SourceText> source(new SourceText);
  source->owned_ = std::move(text);
  source->text_ = source->owned_;
  return source;
}

SourceText::~SourceText() {
  if (mapping_ != nullptr) ::munmap(mapping_, mapping_size_);
}

std::shared_ptr<const SourceText> map_source_file(const fs::path& path,
                                                  const std::string& display_path,
                                                  Diagnostics& diagnostics) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat info {};
  if (fd < 0 || ::fstat(fd, &info) != 0) {
    diagnostics.error(display_path, 0, 0, "file-unreadable", std::strerror(errno));
    if (fd >= 0) ::close(fd);
    return nullptr;
  }
  const auto size = static_cast<uint64_t>(info.st_size);
  if (!report_size(size, display_path, diagnostics)) {
    ::close(fd);
    return nullptr;
  }
  if (size == 0) {
    ::close(fd);
    return SourceText::of("");
  }
  install_truncation_handler();
  // Read-only, so that the pages stay the page cache's: a private writable
  // mapping would copy every page as MAP_POPULATE faults it in.
  void* mapping = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  ::close(fd);
  if (mapping == MAP_FAILED) {
    diagnostics.error(display_path, 0, 0, "file-unreadable", std::strerror(errno));
    return nullptr;
  }
  std::shared_ptr<SourceText> source(new SourceText);
  source->mapping_ = mapping;
  source->mapping_size_ = size;
  const auto text =
      checked_text({static_cast<const char*>(mapping), size}, display_path, diagnostics);
  if (!text) return nullptr;
  if (text->find('\r') == std::string_view::npos) {
    source->text_ = *text;
    return source;
  }
  std::string copy(*text);  // "\r\n" line ends: normalised in a copy
  return SourceText::of(std::string(normalise_line_ends(copy.data(), copy)));
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
  if (!report_size(size, display_path, diagnostics)) return std::nullopt;
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
