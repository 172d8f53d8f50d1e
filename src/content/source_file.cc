#include "content/source_file.h"

#include <fmt/format.h>

#include <fstream>
#include <system_error>

#include "text/line_index.h"
#include "text/utf8.h"

namespace mwp {
namespace fs = std::filesystem;

std::optional<std::string> normalise_source_text(std::string text, const std::string& display_path,
                                                 Diagnostics& diagnostics) {
  if (text.size() > kMaxSourceBytes) {
    diagnostics.error(
        display_path, 0, 0, "file-too-large",
        fmt::format("file is {} bytes; the limit is {} bytes", text.size(), kMaxSourceBytes));
    return std::nullopt;
  }
  if (const auto nul = text.find('\0'); nul != std::string::npos) {
    const auto at = LineIndex(text).position(nul);
    diagnostics.error(display_path, at.line, 0, "binary-file",
                      "file contains NUL bytes; it is not a text file");
    return std::nullopt;
  }
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  if (const auto bad = find_invalid_utf8(text)) {
    const LineIndex index(text);
    auto at = index.position(*bad);
    diagnostics.error(
        display_path, at.line, at.column, "invalid-utf8",
        fmt::format("invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(text[*bad])));
    return std::nullopt;
  }
  if (text.find('\r') != std::string::npos) {
    std::string lf;
    lf.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\r') {
        lf += '\n';
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      } else {
        lf += text[i];
      }
    }
    text = std::move(lf);
  }
  return text;
}

std::optional<std::string> read_source_file(const fs::path& path, const std::string& display_path,
                                            Diagnostics& diagnostics) {
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
  std::ifstream in(path, std::ios::binary);
  std::string text(size, '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  if (!in) {
    diagnostics.error(display_path, 0, 0, "file-unreadable", "cannot read the file");
    return std::nullopt;
  }
  return normalise_source_text(std::move(text), display_path, diagnostics);
}

}  // namespace mwp
