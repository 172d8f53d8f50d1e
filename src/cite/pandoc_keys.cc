#include "cite/pandoc_keys.h"

#include <string>

namespace mwp {

std::vector<CitationMention> find_key_citations(std::string_view text) {
  std::vector<CitationMention> out;
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    const char before = at == 0 ? ' ' : text[at - 1];
    if (!(before == ' ' || before == '[' || before == ';' || before == '-' || before == '\n' ||
          before == '(')) {
      continue;
    }
    size_t end = at + 1;
    auto key_char = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    };
    while (end < text.size()) {
      if (key_char(text[end])) {
        ++end;
      } else if (std::string_view(":.#$%&-+?<>~/").find(text[end]) != std::string_view::npos &&
                 end + 1 < text.size() && key_char(text[end + 1])) {
        end += 2;
      } else {
        break;
      }
    }
    if (end == at + 1) continue;
    CitationMention mention;
    mention.key = std::string(text.substr(at + 1, end - at - 1));
    mention.strong = true;
    mention.begin = before == '-' ? at - 1 : at;
    mention.end = end;
    if (before == '[' && end < text.size() && text[end] == ']') {
      mention.begin = at - 1;
      mention.end = end + 1;
      mention.parenthetical = true;
    }
    out.push_back(std::move(mention));
  }
  return out;
}

}  // namespace mwp
