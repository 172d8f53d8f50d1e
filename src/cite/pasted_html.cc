#include "cite/pasted_html.h"

#include "text/code_point.h"
#include "text/word_set.h"

namespace mwp {
namespace {

// The destination of `<a href="…">` in `attributes`, or empty.
std::string_view href_of(std::string_view attributes) {
  const size_t at = attributes.find("href=");
  if (at == std::string_view::npos || at + 6 > attributes.size()) return {};
  const char quote = attributes[at + 5];
  if (quote != '"' && quote != '\'') return {};
  const size_t end = attributes.find(quote, at + 6);
  return end == std::string_view::npos ? std::string_view()
                                       : attributes.substr(at + 6, end - at - 6);
}

}  // namespace

HtmlTag html_tag_at(std::string_view text, size_t i) {
  if (i >= text.size() || text[i] != '<') return {};
  const bool closing = i + 1 < text.size() && text[i + 1] == '/';
  size_t name_end = i + (closing ? 2 : 1);
  while (name_end < text.size() && is_ascii_alnum(text[name_end])) ++name_end;
  const std::string_view name =
      text.substr(i + (closing ? 2 : 1), name_end - i - (closing ? 2 : 1));
  const size_t close = text.substr(i, kMaxHtmlTag).find('>');
  if (name.empty() || close == std::string_view::npos || name_end > i + close) return {};
  const std::string_view attributes = text.substr(name_end, i + close - name_end);
  if (!attributes.empty() && attributes.front() != ' ' && attributes != "/" && attributes != " /") {
    return {};
  }
  HtmlTag tag{close + 1, HtmlTagKind::other, {}};
  if (name == "i" || name == "em") {
    tag.kind = closing ? HtmlTagKind::italic_close : HtmlTagKind::italic_open;
  } else if (name == "br") {
    tag.kind = HtmlTagKind::line_break;
  } else if (name == "a") {
    tag.kind = closing ? HtmlTagKind::link_close : HtmlTagKind::link_open;
    tag.href = href_of(attributes);
  } else if (!is_one_of(name, {"p", "span", "div", "b", "strong", "sup", "sub", "font", "u", "cite",
                               "small"})) {
    return {};
  }
  return tag;
}

}  // namespace mwp
