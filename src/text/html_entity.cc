#include "text/html_entity.h"

#include <array>
#include <utility>

namespace mwp {
namespace {

// The named references authors actually type; others are kept as text.
constexpr std::array<std::pair<std::string_view, unsigned long>, 40> kNamed = {{
    {"amp", 0x26},     {"lt", 0x3C},       {"gt", 0x3E},      {"quot", 0x22},    {"apos", 0x27},
    {"nbsp", 0xA0},    {"shy", 0xAD},      {"copy", 0xA9},    {"reg", 0xAE},     {"trade", 0x2122},
    {"deg", 0xB0},     {"plusmn", 0xB1},   {"times", 0xD7},   {"divide", 0xF7},  {"middot", 0xB7},
    {"para", 0xB6},    {"sect", 0xA7},     {"laquo", 0xAB},   {"raquo", 0xBB},   {"ndash", 0x2013},
    {"mdash", 0x2014}, {"lsquo", 0x2018},  {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"bull", 0x2022},  {"hellip", 0x2026}, {"prime", 0x2032}, {"euro", 0x20AC},  {"pound", 0xA3},
    {"yen", 0xA5},     {"cent", 0xA2},     {"larr", 0x2190},  {"rarr", 0x2192},  {"le", 0x2264},
    {"ge", 0x2265},    {"ne", 0x2260},     {"asymp", 0x2248}, {"minus", 0x2212}, {"thinsp", 0x2009},
}};

std::optional<unsigned long> parse_number(std::string_view digits, int base) {
  if (digits.empty() || digits.size() > 8) return std::nullopt;
  unsigned long value = 0;
  for (char c : digits) {
    int digit = -1;
    if (c >= '0' && c <= '9') digit = c - '0';
    if (base == 16 && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    if (base == 16 && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    if (digit < 0) return std::nullopt;
    value = value * static_cast<unsigned long>(base) + static_cast<unsigned long>(digit);
  }
  return value;
}

}  // namespace

void append_utf8(std::string& out, unsigned long cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  auto byte = [&out](unsigned long b) { out += static_cast<char>(static_cast<unsigned char>(b)); };
  if (cp < 0x80) {
    byte(cp);
  } else if (cp < 0x800) {
    byte(0xC0 | (cp >> 6));
    byte(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    byte(0xE0 | (cp >> 12));
    byte(0x80 | ((cp >> 6) & 0x3F));
    byte(0x80 | (cp & 0x3F));
  } else {
    byte(0xF0 | (cp >> 18));
    byte(0x80 | ((cp >> 12) & 0x3F));
    byte(0x80 | ((cp >> 6) & 0x3F));
    byte(0x80 | (cp & 0x3F));
  }
}

std::optional<std::string> decode_html_entity(std::string_view entity) {
  if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';') return std::nullopt;
  const std::string_view body = entity.substr(1, entity.size() - 2);
  std::string out;
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const auto value = parse_number(body.substr(hex ? 2 : 1), hex ? 16 : 10);
    append_utf8(out, value.value_or(0xFFFD));
    return out;
  }
  for (const auto& [name, code_point] : kNamed) {
    if (name == body) {
      append_utf8(out, code_point);
      return out;
    }
  }
  return std::nullopt;
}

}  // namespace mwp
