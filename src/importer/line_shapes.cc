#include "importer/line_shapes.h"

#include <array>

#include "text/utf8.h"

namespace mwp {
namespace {

// `text` without closing quotes, brackets and spaces at its end.
std::string_view strip_closers(std::string_view text) {
  static constexpr std::array<std::string_view, 9> kClosers = {
      "\"", "'", ")", "]", " ", "\u2019", "\u201D", "\u00BB", "*"};
  bool changed = true;
  while (changed && !text.empty()) {
    changed = false;
    for (auto closer : kClosers) {
      if (text.ends_with(closer)) {
        text.remove_suffix(closer.size());
        changed = true;
      }
    }
  }
  return text;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

std::vector<TextBlock> group_paragraphs(std::span<const TextLine> lines, TextLayout layout) {
  std::vector<TextBlock> blocks;
  for (const auto& line : lines) {
    if (blocks.empty() || layout == TextLayout::compact || line.blank_before) {
      blocks.push_back({line.text, line.number});
    } else {
      blocks.back().text += ' ';
      blocks.back().text += line.text;
    }
  }
  return blocks;
}

bool looks_like_heading(std::string_view text) {
  if (text.empty() || count_code_points(text) > 120) return false;
  const std::string_view core = strip_closers(text);
  if (core.empty()) return false;
  for (std::string_view end : {".", ",", ";", ":", "!", "\u2026"}) {
    if (core.ends_with(end)) return false;
  }
  return true;
}

bool ends_with_question_mark(std::string_view text) {
  const std::string_view core = strip_closers(text);
  return core.ends_with('?') || core.ends_with("\uFF1F");
}

size_t list_marker_length(std::string_view text) {
  size_t i = 0;
  if (!text.empty() && (text[0] == '[' || text[0] == '(')) {
    const char close = text[0] == '[' ? ']' : ')';
    i = 1;
    while (i < text.size() && i < 4 && is_digit(text[i])) ++i;
    if (i == 1 || i >= text.size() || text[i] != close) return 0;
    ++i;
  } else if (!text.empty() && is_digit(text[0])) {
    while (i < text.size() && i < 3 && is_digit(text[i])) ++i;
    if (i >= text.size() || (text[i] != '.' && text[i] != ')')) return 0;
    ++i;
  } else {
    static constexpr std::array<std::string_view, 9> kBullets = {
        "-", "*", "+", "\u2022", "\u2023", "\u25E6", "\u2013", "\u2014", "\u00B7"};
    for (auto bullet : kBullets) {
      if (text.starts_with(bullet)) {
        i = bullet.size();
        break;
      }
    }
    if (i == 0) return 0;
  }
  if (i >= text.size() || text[i] != ' ') return 0;
  return i + 1;
}

bool looks_like_reference(std::string_view text) {
  for (size_t at = text.find('('); at != std::string_view::npos; at = text.find('(', at + 1)) {
    const std::string_view rest = text.substr(at + 1);
    if (rest.starts_with("n.d.") || rest.starts_with("n. d.")) return true;
    if (rest.size() < 5 || !is_digit(rest[0]) || !is_digit(rest[1]) || !is_digit(rest[2]) ||
        !is_digit(rest[3])) {
      continue;
    }
    size_t i = 4;
    if (rest[i] >= 'a' && rest[i] <= 'z') ++i;
    if (i < rest.size() && (rest[i] == ')' || rest[i] == ',')) return true;
  }
  return false;
}

}  // namespace mwp
