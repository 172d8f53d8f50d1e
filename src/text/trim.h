// Trimming: the one implementation of taking characters off both ends.
#pragma once

#include <string_view>

namespace mwp {

// Spaces and tabs, as HTTP headers and Markdown lines pad their words.
inline constexpr std::string_view kBlanks = " \t";
// Spaces, tabs and line ends.
inline constexpr std::string_view kWhitespace = " \t\r\n";

// `text` without the characters of `chars` at its start and end. The result
// views `text`; it is empty when `text` holds nothing else.
constexpr std::string_view trim(std::string_view text, std::string_view chars = " ") {
  const size_t first = text.find_first_not_of(chars);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(chars) - first + 1);
}

}  // namespace mwp
