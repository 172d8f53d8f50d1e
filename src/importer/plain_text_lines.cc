#include "importer/plain_text_lines.h"

#include <fmt/format.h>

#include "content/source_file.h"
#include "text/line_index.h"
#include "text/utf8.h"

namespace mwp {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_control(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u < 0x20 && c != '\n' && c != '\t' && c != '\f' && c != '\v') || u == 0x7F;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

// Reports control characters: binary-file when they are common, else the first one.
bool check_controls(const std::string& text, const std::string& path, Diagnostics& d) {
  size_t count = 0;
  size_t first = std::string::npos;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!is_control(text[i])) continue;
    if (first == std::string::npos) first = i;
    ++count;
  }
  if (count == 0) return true;
  const LineIndex index(text);
  const auto at = index.position(first);
  if (count * 100 > text.size() || count > 16) {
    d.error(path, 0, 0, "binary-file",
            fmt::format("{} control characters; this is not a plain-text article", count));
  } else {
    d.error(path, at.line, at.column, "control-character",
            fmt::format("control character U+{:04X} in the text",
                        static_cast<unsigned char>(text[first])));
  }
  return false;
}

}  // namespace

std::optional<std::string> decode_import_text(std::string bytes, const std::string& path,
                                              Diagnostics& d) {
  auto text = normalise_source_text(std::move(bytes), path, d);
  if (!text) return std::nullopt;
  for (size_t at = text->find(kByteOrderMark); at != std::string::npos;
       at = text->find(kByteOrderMark, at)) {
    text->erase(at, kByteOrderMark.size());
  }
  if (!check_controls(*text, path, d)) return std::nullopt;
  if (text->find_first_not_of(" \t\n\f\v") == std::string::npos) {
    d.error(path, 0, 0, "empty-file", "the file has no text");
    return std::nullopt;
  }
  return text;
}

std::vector<TextLine> split_text_lines(std::string_view text) {
  std::vector<TextLine> lines;
  bool blank = true;
  int number = 0;
  size_t at = 0;
  while (at <= text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(at, end - at);
    ++number;
    std::string line;
    for (char c : raw) {
      if (is_space(c)) {
        if (!line.empty() && line.back() != ' ') line += ' ';
      } else {
        line += c;
      }
    }
    if (!line.empty() && line.back() == ' ') line.pop_back();
    if (line.empty()) {
      blank = true;
      if (!lines.empty()) lines.back().blank_after = true;
    } else {
      lines.push_back({std::move(line), number, blank, false});
      blank = false;
    }
    if (end == text.size()) break;
    at = end + 1;
  }
  if (!lines.empty()) lines.back().blank_after = true;
  return lines;
}

std::string straighten_quotes(std::string_view text) {
  static const std::pair<std::string_view, std::string_view> kQuotes[] = {
      {"\u2018", "'"},  {"\u2019", "'"},  {"\u201A", "'"},  {"\u201B", "'"},  {"\u2032", "'"},
      {"\u201C", "\""}, {"\u201D", "\""}, {"\u201E", "\""}, {"\u201F", "\""}, {"\u2033", "\""},
      {"\u00AB", "\""}, {"\u00BB", "\""}, {"\u00A0", " "}};
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [from, to] : kQuotes) {
      if (text.substr(i).starts_with(from)) {
        out += to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    const char c = text[i++];
    if (is_space(c) || c == '\n') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.front() == ' ') out.erase(0, 1);
  return out;
}

}  // namespace mwp
