#include "cite/prose_tokens.h"

#include <algorithm>
#include <array>

#include "text/byte_scan.h"
#include "text/code_point.h"

namespace mwp {
namespace {

constexpr std::string_view kDash = "\xE2\x80\x93";

// What an ASCII byte starts in the token stream; non-ASCII bytes are decoded.
enum class ByteClass : unsigned char { skip, lower, upper, digit, other, non_ascii };

constexpr std::array<ByteClass, 256> kByteClass = [] {
  std::array<ByteClass, 256> table{};
  for (size_t c = 0; c < 256; ++c) {
    ByteClass kind = ByteClass::other;
    if (c >= 0x80) {
      kind = ByteClass::non_ascii;
    } else if (c >= 'a' && c <= 'z') {
      kind = ByteClass::lower;
    } else if (c >= 'A' && c <= 'Z') {
      kind = ByteClass::upper;
    } else if (c >= '0' && c <= '9') {
      kind = ByteClass::digit;
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '*' || c == '_') {
      kind = ByteClass::skip;
    }
    table[c] = kind;
  }
  return table;
}();

ByteClass class_of(char c) {
  return kByteClass[static_cast<unsigned char>(c)];
}

bool is_ascii_letter(char c) {
  const ByteClass kind = class_of(c);
  return kind == ByteClass::lower || kind == ByteClass::upper;
}

bool is_apostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019;
}

bool letter_at(std::string_view text, size_t at) {
  return is_letter(decode_code_point(text, at).value);
}

// After a letter that ends a word run at `i`: the joiner ("-", "'", "’", and
// a username's "_", which Markdown never reads as emphasis inside a word)
// there, when a letter follows it; sets `possessive_end` instead when it is
// a possessive "'s" ending the word. Returns the joiner's length or 0.
size_t joiner_length(std::string_view text, size_t i, size_t& possessive_end) {
  const DecodedCodePoint cp = decode_code_point(text, i);
  const bool joiner = cp.value == '-' || cp.value == '_' || is_apostrophe(cp.value);
  if (!joiner || i + cp.length >= text.size()) return 0;
  const DecodedCodePoint next = decode_code_point(text, i + cp.length);
  if (!is_letter(next.value)) return 0;
  if (is_apostrophe(cp.value) && next.value == 's') {
    const size_t after = i + cp.length + 1;
    if (after >= text.size() || !letter_at(text, after)) {
      possessive_end = after;
      return 0;
    }
  }
  return cp.length;
}

// Reads a word starting at `at` (a letter) into `token`; returns its end.
size_t read_word(std::string_view text, size_t at, bool capitalised, ProseToken& token) {
  token.kind = TokenKind::word;
  token.capitalised = capitalised;
  size_t i = at;
  size_t word_end = at;
  while (true) {
    while (i < text.size()) {  // a run of letters
      // ASCII letters 16 at a time: (c | 0x20) is 'a'..'z' exactly for them.
      i = skip16(text.data(), text.size(), i, [](Bytes16 v) { return ((v | 0x20) - 'a') >= 26; });
      if (i >= text.size()) break;
      if (is_ascii_letter(text[i])) {
        ++i;
        continue;
      }
      if (class_of(text[i]) != ByteClass::non_ascii) break;
      const DecodedCodePoint cp = decode_code_point(text, i);
      if (!is_letter(cp.value)) break;
      i += cp.length;
    }
    word_end = i;
    // "Psych2Go", "H2O": digits between letters belong to the word.
    size_t digits = i;
    while (digits < text.size() && is_ascii_digit(text[digits])) ++digits;
    if (digits > i && digits < text.size() && is_ascii_letter(text[digits])) {
      i = digits;
      continue;
    }
    // Only "-", "'", "_" and non-ASCII characters can join or end a word specially.
    if (i >= text.size() || (text[i] != '-' && text[i] != '\'' && text[i] != '_' &&
                             class_of(text[i]) != ByteClass::non_ascii)) {
      break;
    }
    size_t possessive_end = 0;
    const size_t joiner = joiner_length(text, i, possessive_end);
    if (possessive_end > 0) {
      token.possessive = true;
      token.text = text.substr(at, word_end - at);
      return possessive_end;
    }
    if (joiner == 0) break;
    i += joiner;
  }
  token.text = text.substr(at, word_end - at);
  // "Addis' framing": an apostrophe after a final s.
  if (word_end < text.size() && token.text.back() == 's' &&
      (text[word_end] == '\'' || class_of(text[word_end]) == ByteClass::non_ascii)) {
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

// Reads "2003" or "2003a" (a letter not followed by another letter).
size_t read_number(std::string_view text, size_t at, ProseToken& token) {
  token.kind = TokenKind::number;
  size_t i = at;
  while (i < text.size() && class_of(text[i]) == ByteClass::digit) ++i;
  if (i < text.size() && class_of(text[i]) == ByteClass::lower &&
      (i + 1 >= text.size() || !letter_at(text, i + 1))) {
    ++i;
  }
  token.text = text.substr(at, i - at);
  return i;
}

}  // namespace

std::vector<ProseToken> tokenize_prose(std::string_view text) {
  std::vector<ProseToken> tokens;
  tokenize_prose(text, tokens);
  return tokens;
}

void tokenize_prose(std::string_view text, std::vector<ProseToken>& tokens) {
  tokens.clear();
  tokens.reserve(text.size() / 5 + 1);
  size_t i = 0;
  while (i < text.size()) {
    const ByteClass kind = class_of(text[i]);
    if (kind == ByteClass::skip) {
      ++i;
      continue;
    }
    const DecodedCodePoint cp =
        kind == ByteClass::non_ascii ? decode_code_point(text, i) : DecodedCodePoint{0, 1};
    if (cp.value == 0xA0) {  // no-break space
      i += cp.length;
      continue;
    }
    ProseToken& token = tokens.emplace_back();
    token.begin = static_cast<uint32_t>(i);
    if (kind == ByteClass::lower || kind == ByteClass::upper) {
      i = read_word(text, i, kind == ByteClass::upper, token);
    } else if (kind == ByteClass::digit) {
      i = read_number(text, i, token);
    } else if (kind == ByteClass::non_ascii && is_letter(cp.value)) {
      i = read_word(text, i, is_upper_letter(cp.value), token);
    } else if (kind == ByteClass::other) {
      token.kind = TokenKind::punct;
      token.text = text.substr(i, 1);
      if (text[i] == ']' && i + 1 < text.size() && text[i + 1] == '(') {
        // A link destination: skipped through the first ')'.
        const size_t close = text.find(')', i);
        token.end = static_cast<uint32_t>(i + 1);
        i = close == std::string_view::npos ? text.size() : close + 1;
        continue;
      }
      ++i;
    } else {
      token.kind = TokenKind::punct;
      const bool dash = cp.value == 0x2013 || cp.value == 0x2014;
      token.text = dash ? kDash : text.substr(i, cp.length);
      i += cp.length;
    }
    token.end = static_cast<uint32_t>(i);
  }
}

void mark_emphasized(const std::vector<TextEmphasis>& emphases, size_t block_begin,
                     size_t block_end, std::vector<ProseToken>& tokens) {
  // The block's spans follow the first that opens in it: linear over a text's blocks.
  auto first =
      std::lower_bound(emphases.begin(), emphases.end(), block_begin,
                       [](const TextEmphasis& e, size_t offset) { return e.begin < offset; });
  for (auto it = first; it != emphases.end() && it->begin < block_end; ++it) {
    const TextEmphasis& emphasis = *it;
    const size_t begin = std::max(emphasis.begin, block_begin) - block_begin;
    const size_t end = std::min(emphasis.end, block_end) - block_begin;
    auto token =
        std::lower_bound(tokens.begin(), tokens.end(), begin,
                         [](const ProseToken& t, size_t offset) { return t.begin < offset; });
    for (; token != tokens.end() && token->end <= end; ++token) token->emphasized = true;
  }
}

}  // namespace mwp
