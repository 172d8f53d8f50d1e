#include "content/markdown_outline.h"

#include "text/trim.h"

namespace mwp {
namespace {

size_t leading_spaces(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

// The fence opener of `line` ("```" or "~~~~" ...), or empty.
std::string_view fence_of(std::string_view line) {
  const size_t indent = leading_spaces(line);
  if (indent > 3 || indent >= line.size()) return {};
  const char c = line[indent];
  if (c != '`' && c != '~') return {};
  size_t n = indent;
  while (n < line.size() && line[n] == c) ++n;
  return n - indent >= 3 ? line.substr(indent, n - indent) : std::string_view{};
}

bool parse_atx(std::string_view line, int& level, std::string& text) {
  const size_t indent = leading_spaces(line);
  if (indent > 3) return false;
  size_t n = indent;
  while (n < line.size() && line[n] == '#') ++n;
  const size_t hashes = n - indent;
  if (hashes == 0 || hashes > 6) return false;
  if (n < line.size() && line[n] != ' ' && line[n] != '\t') return false;
  std::string_view rest = trim(line.substr(n), kBlanks);
  // Optional closing sequence: " ##" at the end.
  size_t close = rest.size();
  while (close > 0 && rest[close - 1] == '#') --close;
  if (close == 0) {
    rest = {};
  } else if (close < rest.size() && (rest[close - 1] == ' ' || rest[close - 1] == '\t')) {
    rest = trim(rest.substr(0, close), kBlanks);
  }
  level = static_cast<int>(hashes);
  text = std::string(rest);
  return true;
}

}  // namespace

std::vector<OutlineHeading> outline_headings(std::string_view body, int first_line) {
  std::vector<OutlineHeading> headings;
  std::string_view open_fence;
  size_t at = 0;
  int line_no = first_line;
  while (at < body.size()) {
    size_t end = body.find('\n', at);
    const size_t next = end == std::string_view::npos ? body.size() : end + 1;
    if (end == std::string_view::npos) end = body.size();
    const std::string_view line = body.substr(at, end - at);
    const std::string_view fence = fence_of(line);
    if (!open_fence.empty()) {
      if (!fence.empty() && fence[0] == open_fence[0] && fence.size() >= open_fence.size() &&
          trim(line.substr(leading_spaces(line) + fence.size()), kBlanks).empty()) {
        open_fence = {};
      }
    } else if (!fence.empty()) {
      open_fence = fence;
    } else {
      OutlineHeading h;
      if (parse_atx(line, h.level, h.text)) {
        h.line = line_no;
        h.begin = at;
        h.end = next;
        headings.push_back(std::move(h));
      }
    }
    at = next;
    ++line_no;
  }
  return headings;
}

}  // namespace mwp
