#include "cite/latex_text.h"

#include <map>

namespace mwp {
namespace {

// Combining marks for LaTeX accent commands.
const std::map<char, std::string_view> kAccents = {
    {'\'', "\xCC\x81"}, {'`', "\xCC\x80"}, {'^', "\xCC\x82"}, {'"', "\xCC\x88"},
    {'~', "\xCC\x83"},  {'=', "\xCC\x84"}, {'.', "\xCC\x87"}, {'c', "\xCC\xA7"},
    {'v', "\xCC\x8C"},  {'u', "\xCC\x86"}, {'H', "\xCC\x8B"}, {'k', "\xCC\xA8"},
};

const std::map<std::string, std::string_view> kSymbols = {
    {"ss", "\xC3\x9F"}, {"o", "\xC3\xB8"},  {"O", "\xC3\x98"},  {"ae", "\xC3\xA6"},
    {"AE", "\xC3\x86"}, {"aa", "\xC3\xA5"}, {"AA", "\xC3\x85"}, {"l", "\xC5\x82"},
    {"L", "\xC5\x81"},  {"i", "i"},         {"j", "j"},         {"oe", "\xC5\x93"},
};

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Composes a base letter with a combining mark (NFC for the usual cases is
// left to the text stage; here "e" + U+0301 -> "é" via a small table).
std::string compose(const std::string& base, std::string_view mark) {
  static const std::map<std::string, std::string> kComposed = {
      {"a\xCC\x81", "\xC3\xA1"}, {"e\xCC\x81", "\xC3\xA9"}, {"i\xCC\x81", "\xC3\xAD"},
      {"o\xCC\x81", "\xC3\xB3"}, {"u\xCC\x81", "\xC3\xBA"}, {"E\xCC\x81", "\xC3\x89"},
      {"a\xCC\x80", "\xC3\xA0"}, {"e\xCC\x80", "\xC3\xA8"}, {"o\xCC\x80", "\xC3\xB2"},
      {"a\xCC\x82", "\xC3\xA2"}, {"e\xCC\x82", "\xC3\xAA"}, {"o\xCC\x82", "\xC3\xB4"},
      {"a\xCC\x88", "\xC3\xA4"}, {"o\xCC\x88", "\xC3\xB6"}, {"u\xCC\x88", "\xC3\xBC"},
      {"A\xCC\x88", "\xC3\x84"}, {"O\xCC\x88", "\xC3\x96"}, {"U\xCC\x88", "\xC3\x9C"},
      {"e\xCC\x88", "\xC3\xAB"}, {"i\xCC\x88", "\xC3\xAF"}, {"n\xCC\x83", "\xC3\xB1"},
      {"c\xCC\xA7", "\xC3\xA7"}, {"C\xCC\xA7", "\xC3\x87"}, {"a\xCC\x83", "\xC3\xA3"},
      {"o\xCC\x83", "\xC3\xB5"}, {"s\xCC\x8C", "\xC5\xA1"}, {"c\xCC\x8C", "\xC4\x8D"},
      {"z\xCC\x8C", "\xC5\xBE"}, {"S\xCC\x8C", "\xC5\xA0"}, {"r\xCC\x8C", "\xC5\x99"},
  };
  const std::string joined = base + std::string(mark);
  const auto it = kComposed.find(joined);
  return it == kComposed.end() ? joined : it->second;
}

// Reads an accent's argument at text[i]: "{e}", "e" or "{\i}".
std::string accent_argument(std::string_view text, size_t& i) {
  while (i < text.size() && text[i] == ' ') ++i;
  if (i < text.size() && text[i] == '{') {
    const size_t close = text.find('}', i);
    if (close == std::string_view::npos) return {};
    std::string inner(text.substr(i + 1, close - i - 1));
    i = close + 1;
    if (inner == "\\i") return "i";
    return inner;
  }
  if (i < text.size()) return std::string(1, text[i++]);
  return {};
}

}  // namespace

std::string latex_to_unicode(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '{' || c == '}') {
      ++i;
    } else if (c == '~') {
      out += ' ';
      ++i;
    } else if (c == '-' && text.substr(i, 3) == "---") {
      out += "\xE2\x80\x94";
      i += 3;
    } else if (c == '-' && text.substr(i, 2) == "--") {
      out += "\xE2\x80\x93";
      i += 2;
    } else if (c == '\\' && i + 1 < text.size()) {
      const char next = text[i + 1];
      if (kAccents.count(next) > 0 && (!is_ascii_letter(next) || i + 2 >= text.size() ||
                                       !is_ascii_letter(text[i + 2]) || text[i + 2] == '{')) {
        i += 2;
        out += compose(accent_argument(text, i), kAccents.at(next));
      } else if (is_ascii_letter(next)) {
        size_t end = i + 1;
        while (end < text.size() && is_ascii_letter(text[end])) ++end;
        const std::string command(text.substr(i + 1, end - i - 1));
        i = end;
        if (const auto it = kSymbols.find(command); it != kSymbols.end()) out += it->second;
        while (i < text.size() && text[i] == ' ' && kSymbols.count(command) > 0) ++i;
        // \textit{x}, \emph{x} ...: the braces' content stays.
      } else {
        out += next;  // \& \% \$ \_ \{ \}
        i += 2;
      }
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

}  // namespace mwp
