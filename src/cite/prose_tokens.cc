#include "cite/prose_tokens.h"

#include <utf8proc.h>

namespace mwp {
namespace {

struct CodePoint {
  utf8proc_int32_t value = 0;
  size_t length = 1;
};

CodePoint decode(std::string_view text, size_t at) {
  CodePoint cp;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at);
  const utf8proc_ssize_t n =
      utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(text.size() - at), &cp.value);
  if (n <= 0) {
    cp.value = 0xFFFD;
    cp.length = 1;
  } else {
    cp.length = static_cast<size_t>(n);
  }
  return cp;
}

bool is_letter(utf8proc_int32_t cp) {
  const utf8proc_category_t category = utf8proc_category(cp);
  return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
}

bool is_upper(utf8proc_int32_t cp) {
  const utf8proc_category_t category = utf8proc_category(cp);
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

bool is_apostrophe(utf8proc_int32_t cp) {
  return cp == '\'' || cp == 0x2019;
}

bool is_space(utf8proc_int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0;
}

// Reads a word starting at `at` (a letter) into `token`; returns its end.
size_t read_word(std::string_view text, size_t at, ProseToken& token) {
  token.kind = TokenKind::word;
  token.capitalised = is_upper(decode(text, at).value);
  size_t i = at;
  size_t word_end = at;
  while (i < text.size()) {
    const CodePoint cp = decode(text, i);
    if (is_letter(cp.value)) {
      i += cp.length;
      word_end = i;
      continue;
    }
    const bool joiner = cp.value == '-' || is_apostrophe(cp.value);
    if (!joiner || i + cp.length >= text.size()) break;
    const CodePoint next = decode(text, i + cp.length);
    if (!is_letter(next.value)) break;
    if (is_apostrophe(cp.value) && next.value == 's') {
      const size_t after = i + cp.length + 1;
      if (after >= text.size() || !is_letter(decode(text, after).value)) {
        token.possessive = true;
        token.text = std::string(text.substr(at, word_end - at));
        return after;
      }
    }
    i += cp.length;
  }
  token.text = std::string(text.substr(at, word_end - at));
  // "Addis' framing": an apostrophe after a final s.
  if (word_end < text.size() && !token.text.empty() && token.text.back() == 's') {
    const CodePoint cp = decode(text, word_end);
    if (is_apostrophe(cp.value)) {
      const size_t after = word_end + cp.length;
      if (after >= text.size() || !is_letter(decode(text, after).value)) {
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
  size_t i = 0;
  while (i < text.size()) {
    const CodePoint cp = decode(text, i);
    if (is_space(cp.value) || cp.value == '*' || cp.value == '_') {
      i += cp.length;
      continue;
    }
    if (cp.value == ']' && i + 1 < text.size() && text[i + 1] == '(') {
      const size_t close = text.find(')', i);
      tokens.push_back({TokenKind::punct, i, i + 1, "]", false, false});
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
          (i + 1 >= text.size() || !is_letter(decode(text, i + 1).value))) {
        ++i;
      }
      token.text = std::string(text.substr(token.begin, i - token.begin));
    } else {
      token.kind = TokenKind::punct;
      i += cp.length;
      const bool dash = cp.value == 0x2013 || cp.value == 0x2014;
      token.text =
          dash ? std::string("\xE2\x80\x93") : std::string(text.substr(token.begin, cp.length));
    }
    token.end = i;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

}  // namespace mwp
