// Plain text recovered from a reference pasted as Markdown, remembering where
// each byte came from and whether it was emphasised.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cite/pasted_html.h"

namespace mwp {

class PastedText {
 public:
  // Drops a leading list marker ("- ", "* ", "+ ", "1. ", "1) ", "[1] ", "• ",
  // a task list's "[x] ", Pandoc's "::: {#ref-key .csl-entry} "), a
  // footnote's back-arrow at the end ("↩︎"),
  // symbols pasted before the entry ("📖 ") and a reference manager's field
  // code ("ADDIN EN.REFLIST "), emphasis delimiters (* ** _ __
  // at word edges, and HTML's <i> and <em>), HTML line breaks (as spaces),
  // backslash escapes and the
  // brackets of <autolinks>; decodes
  // character references ("&amp;"), PDF ligatures ("ﬁ" becomes "fi"), soft
  // hyphens, and Unicode hyphens and minus signs (to "-"); reduces
  // [text](url) to url when url is http(s) or doi: and the text is the
  // link itself; any other link keeps its text ("[The benefits of frequent
  // positive affect](https://doi.org/...)", "[*American
  // Psychologist*](https://www.apa.org/...)", "[PDF](...)"), with its url in
  // linked_texts(). Bold ("**Gross, J. J.**") is no emphasis. Runs of whitespace, no-break and thin
  // spaces included, become one space; the result is trimmed. Linear in the input.
  explicit PastedText(std::string_view markdown);

  const std::string& text() const { return text_; }

  // Byte offset in the original Markdown of text()[offset] (of its end for
  // offset == text().size()).
  size_t source_offset(size_t offset) const;

  // True when every non-space byte of text()[begin, end) was emphasised and
  // the range holds some.
  bool emphasised(size_t begin, size_t end) const;

  // True when text()[offset] (a space included) stands inside emphasis.
  bool italic_at(size_t offset) const { return offset < italic_.size() && italic_[offset]; }

  // A link whose text was kept: text()[begin, end) and its destination.
  struct LinkedText {
    size_t begin = 0;
    size_t end = 0;
    std::string url;
  };
  const std::vector<LinkedText>& linked_texts() const { return linked_texts_; }

 private:
  // An HTML link being read: where its text began in text_, and its href.
  struct HtmlLink {
    size_t begin = std::string::npos;
    std::string href;
  };

  // Reads whole[0, used).
  PastedText(std::string_view whole, size_t used);

  void emit(char c, size_t source, bool italic);
  void read_html_tag(const HtmlTag& tag, size_t at, bool& italic, HtmlLink& link);

  std::string text_;
  std::vector<size_t> source_;
  std::vector<bool> italic_;
  std::vector<LinkedText> linked_texts_;
  size_t end_ = 0;
};

}  // namespace mwp
