#include "importer/markdown_escape.h"

#include "text/code_point.h"

namespace mwp {
namespace {

// True when text[at] == '&' begins "&name;", "&#123;" or "&#x1F;".
bool starts_entity(std::string_view text, size_t at) {
  size_t i = at + 1;
  if (i < text.size() && text[i] == '#') {
    ++i;
    if (i < text.size() && (text[i] == 'x' || text[i] == 'X')) ++i;
  }
  const size_t name = i;
  while (i < text.size() && is_ascii_alnum(text[i])) ++i;
  return i > name && i < text.size() && text[i] == ';';
}

// Length of the web address starting at `at`, or 0.
size_t url_length(std::string_view text, size_t at) {
  if (at > 0 && text[at - 1] != ' ' && text[at - 1] != '(') return 0;
  const std::string_view rest = text.substr(at);
  if (!rest.starts_with("http://") && !rest.starts_with("https://") && !rest.starts_with("www.")) {
    return 0;
  }
  size_t end = rest.find(' ');
  if (end == std::string_view::npos) end = rest.size();
  for (size_t i = 0; i < end; ++i) {
    const char c = rest[i];
    if (c == '<' || c == '>' || c == '`' || c == '\\' || c == '[' || c == ']') return 0;
  }
  return end;
}

// Length of an ordered-list marker's digits at the start ("12" of "12. x"), or 0.
size_t ordered_marker_digits(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && i < 10 && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == 0 || i >= text.size() || (text[i] != '.' && text[i] != ')')) return 0;
  return i;
}

std::string escape(std::string_view text, bool heading) {
  std::string out;
  out.reserve(text.size() + 8);
  size_t i = 0;
  if (!text.empty()) {
    const char first = text.front();
    if (first == '#' || first == '>' || first == '-' || first == '+' || first == '=') {
      out += '\\';
    } else if (const size_t digits = ordered_marker_digits(text); digits > 0) {
      out.append(text.substr(0, digits));
      out += '\\';
      i = digits;
    }
  }
  while (i < text.size()) {
    if (const size_t url = url_length(text, i); url > 0) {
      out.append(text.substr(i, url));
      i += url;
      continue;
    }
    const char c = text[i];
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '~':
        out += '\\';
        break;
      case '&':
        if (starts_entity(text, i)) out += '\\';
        break;
      case '#':
        if (heading) out += '\\';
        break;
      default:
        break;
    }
    out += c;
    ++i;
  }
  return out;
}

}  // namespace

std::string escape_markdown(std::string_view text) {
  return escape(text, false);
}

std::string escape_markdown_heading(std::string_view text) {
  return escape(text, true);
}

}  // namespace mwp
