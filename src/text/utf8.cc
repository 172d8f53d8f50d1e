#include "text/utf8.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "text/code_point.h"

namespace mwp {
namespace {

std::string map_with(std::string_view text, int options) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                          static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                                          static_cast<utf8proc_option_t>(options));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  if (n < 0) return std::string(text);
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
}

bool is_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

std::optional<size_t> find_invalid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  size_t i = 0;
  while (i < text.size()) {
    // Eight ASCII bytes at a time: the common case in Markdown prose.
    while (i + 8 <= text.size()) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    if (i >= text.size()) break;
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t len =
        utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (len < 0) return i;
    i += static_cast<size_t>(len);
  }
  return std::nullopt;
}

std::string to_nfc(std::string_view text) {
  return map_with(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::string fold_for_matching(std::string_view text) {
  if (is_ascii(text)) {
    // ASCII has no marks to strip and folds only A-Z.
    std::string out(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  // "Women’s" matches "Women's": the apostrophe's form is the writer's keyboard's.
  return map_with(with_straight_apostrophes(text),
                  UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
}

size_t count_code_points(std::string_view text) {
  size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string with_straight_apostrophes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t at = 0; at < text.size(); ++at) {
    if (text.compare(at, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      at += 2;
    } else {
      out += text[at];
    }
  }
  return out;
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  size_t begin = std::string_view::npos;
  for (size_t at = 0; at <= text.size();) {
    const DecodedCodePoint cp =
        at < text.size() ? decode_code_point(text, at) : DecodedCodePoint{U' ', 1};
    const bool part = is_letter(cp.value) || is_mark(cp.value) ||
                      (cp.value < 0x80 && is_ascii_digit(static_cast<char>(cp.value)));
    if (part && begin == std::string_view::npos) begin = at;
    if (!part && begin != std::string_view::npos) {
      words.push_back(text.substr(begin, at - begin));
      begin = std::string_view::npos;
    }
    at += cp.length;
  }
  return words;
}

std::string fold_to_letters_and_digits(std::string_view text) {
  const std::string folded = fold_for_matching(text);
  std::string out;
  for (size_t at = 0; at < folded.size();) {
    const DecodedCodePoint cp = decode_code_point(folded, at);
    if (is_letter(cp.value) || (cp.value < 0x80 && is_ascii_digit(static_cast<char>(cp.value)))) {
      out.append(folded, at, cp.length);
    }
    at += cp.length;
  }
  return out;
}

}  // namespace mwp
