// The one string rewrite the gold set's variants are built from
// (reference_variants.h, article_variants.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mwp::evidence {

inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

inline bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// `text` with each `from` for which `keep(text, at, depth)` holds written as
// `to`, where `depth` counts the parentheses open at `at`; nullopt when none
// is.
template <typename Keep>
std::optional<std::string> replaced(std::string_view text, std::string_view from,
                                    std::string_view to, Keep keep) {
  std::string out;
  bool changed = false;
  int depth = 0;
  for (size_t at = 0; at < text.size();) {
    if (text.compare(at, from.size(), from) == 0 && keep(text, at, depth)) {
      out.append(to);
      at += from.size();
      changed = true;
      continue;
    }
    if (text[at] == '(') ++depth;
    if (text[at] == ')' && depth > 0) --depth;
    out += text[at++];
  }
  if (!changed) return std::nullopt;
  return out;
}

// `text` with every `from` written as `to`.
inline std::optional<std::string> replaced(std::string_view text, std::string_view from,
                                           std::string_view to) {
  return replaced(text, from, to, [](std::string_view, size_t, int) { return true; });
}

}  // namespace mwp::evidence
