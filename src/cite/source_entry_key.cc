#include "cite/source_entry_key.h"

namespace mwp {
namespace {

bool is_space(char c) {  // std::regex's \s in the C locale
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

std::optional<std::string> source_entry_key(std::string_view text) {
  size_t i = 0;
  auto skip_spaces = [&] {
    while (i < text.size() && is_space(text[i])) ++i;
  };
  skip_spaces();
  if (i < text.size() && (text[i] == '-' || text[i] == '*' || text[i] == '+')) {
    ++i;
  } else {
    size_t digits = i;
    while (digits < text.size() && is_digit(text[digits])) ++digits;
    if (digits > i && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
      i = digits + 1;
    }
  }
  skip_spaces();
  if (i < text.size() && text[i] == '[') ++i;
  if (i >= text.size() || text[i] != '@') return std::nullopt;
  const size_t key = ++i;
  if (i >= text.size()) return std::nullopt;
  const char first = text[i];
  if (!is_digit(first) && first != '_' && !(first >= 'a' && first <= 'z') &&
      !(first >= 'A' && first <= 'Z')) {
    return std::nullopt;
  }
  while (i < text.size() && text[i] != ']' && text[i] != ';' && text[i] != ',' &&
         !is_space(text[i])) {
    ++i;
  }
  const size_t key_end = i;
  if (i < text.size() && text[i] == ']') ++i;
  skip_spaces();
  if (i != text.size()) return std::nullopt;
  return std::string(text.substr(key, key_end - key));
}

}  // namespace mwp
