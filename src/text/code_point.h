// Decoding UTF-8 one code point at a time and the letter classes prose
// tokenizing needs. ASCII is answered inline; everything else by utf8proc.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace mwp {

struct DecodedCodePoint {
  char32_t value = 0;
  size_t length = 1;  // bytes
};

// The code point starting at text[at] (requires at < text.size()). An
// invalid or truncated sequence decodes as U+FFFD with length 1.
DecodedCodePoint decode_non_ascii(std::string_view text, size_t at);

inline DecodedCodePoint decode_code_point(std::string_view text, size_t at) {
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80) return {byte, 1};
  return decode_non_ascii(text, at);
}

// Unicode general category L (Lu, Ll, Lt, Lm, Lo).
bool is_letter_non_ascii(char32_t cp);

// Unicode general category Lu or Lt.
bool is_upper_letter_non_ascii(char32_t cp);

// Unicode general category M (Mn, Mc, Me): combining marks.
bool is_mark(char32_t cp);

// Unicode general categories So, Sk, Co, Cn, Cc and Cf: pictographs, emoji,
// private-use, unassigned, control and format characters, which no field of
// a bibliographic reference holds.
bool is_symbol_or_control(char32_t cp);

inline bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

// An ASCII letter or digit.
inline bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_ascii_digit(c);
}

// A byte of a word: an ASCII letter or digit, or any byte of a code point
// beyond ASCII (letters in other scripts), for finding word edges in UTF-8.
inline bool is_word_byte(char c) {
  return is_ascii_alnum(c) || static_cast<unsigned char>(c) >= 0x80;
}

// A non-empty run of ASCII digits: "2003", "0766".
inline bool is_ascii_digits(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    if (!is_ascii_digit(c)) return false;
  }
  return true;
}

// A non-empty run of ASCII capital letters: "WHO", "DSM".
inline bool is_ascii_capitals(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// `text` with its ASCII capitals in lower case; other bytes as they are.
inline std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

inline bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return is_letter_non_ascii(cp);
}

inline bool is_upper_letter(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return is_upper_letter_non_ascii(cp);
}

}  // namespace mwp
