#include "cite/prose_tokens.h"

#include "text/code_point.h"

namespace mwp {
namespace {

constexpr std::string_view kDash = "\xE2\x80\x93";

bool is_apostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019;
}

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0;
}

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool letter_at(std::string_view text, size_t at) {
  return is_letter(decode_code_point(text, at).value);
}

// Reads a word starting at `at` (a letter) into `token`; returns its end.
size_t read_word(std::string_view text, size_t at, ProseToken& token) {
  token.kind = TokenKind::word;
  token.capitalised = is_upper_letter(decode_code_point(text, at).value);
  size_t i = at;
  size_t word_end = at;
  while (i < text.size()) {
    if (is_ascii_letter(text[i])) {
      word_end = ++i;
      continue;
    }
    const DecodedCodePoint cp = decode_code_point(text, i);
    if (is_letter(cp.value)) {
      i += cp.length;
      word_end = i;
      continue;
    }
    const bool joiner = cp.value == '-' || is_apostrophe(cp.value);
    if (!joiner || i + cp.length >= text.size()) break;
    const DecodedCodePoint next = decode_code_point(text, i + cp.length);
    if (!is_letter(next.value)) break;
    if (is_apostrophe(cp.value) && next.value == 's') {
      const size_t after = i + cp.length + 1;
      if (after >= text.size() || !letter_at(text, after)) {
        token.possessive = true;
        token.text = text.substr(at, word_end - at);
        return after;
      }
    }
    i += cp.length;
  }
  token.text = text.substr(at, word_end - at);
  // "Addis' framing": an apostrophe after a final s.
  if (word_end < text.size() && !token.text.empty() && token.text.back() == 's') {
    const DecodedCodePoint cp = decode_code_point(text, word_end);
    if (is_apostrophe(cp.value)) {
      const size_t after = word_end + cp.length;
      if (after >= text.size() || !letter_at(text, after)) {
        token.possessive = true;
        return after;
      }
    }
  }
  return word_end;
}

}  // namespace

std::vector<ProseToken> tokenize_prose(std::string_view text) {
  std::vector<ProseToken> tokens;
  tokens.reserve(text.size() / 5 + 1);
  size_t i = 0;
  while (i < text.size()) {
    const DecodedCodePoint cp = decode_code_point(text, i);
    if (is_space(cp.value) || cp.value == '*' || cp.value == '_') {
      i += cp.length;
      continue;
    }
    if (cp.value == ']' && i + 1 < text.size() && text[i + 1] == '(') {
      const size_t close = text.find(')', i);
      tokens.push_back({TokenKind::punct, i, i + 1, text.substr(i, 1), false, false});
      i = close == std::string_view::npos ? text.size() : close + 1;
      continue;
    }
    ProseToken token;
    token.begin = i;
    if (is_letter(cp.value)) {
      i = read_word(text, i, token);
    } else if (cp.value >= '0' && cp.value <= '9') {
      token.kind = TokenKind::number;
      while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
      if (i < text.size() && text[i] >= 'a' && text[i] <= 'z' &&
          (i + 1 >= text.size() || !letter_at(text, i + 1))) {
        ++i;
      }
      token.text = text.substr(token.begin, i - token.begin);
    } else {
      token.kind = TokenKind::punct;
      i += cp.length;
      const bool dash = cp.value == 0x2013 || cp.value == 0x2014;
      token.text = dash ? kDash : text.substr(token.begin, cp.length);
    }
    token.end = i;
    tokens.push_back(token);
  }
  return tokens;
}

}  // namespace mwp
