// The HTML that references pasted from a web page or an export hold: the
// tags mwp reads (italics, line breaks, links) and those it passes over
// (paragraphs, spans, bold), as PastedText reads them.
#pragma once

#include <cstddef>
#include <string_view>

namespace mwp {

enum class HtmlTagKind { italic_open, italic_close, line_break, link_open, link_close, other };

struct HtmlTag {
  size_t length = 0;  // 0 when no tag stands there
  HtmlTagKind kind = HtmlTagKind::other;
  std::string_view href;  // a link_open's destination, as written
};

// The tag at text[i]: "<i>", "</em>", "<br />", "<a href=\"…\">", "</a>",
// "<p>", "<span class=\"journal-title\">", "</span>", "<b>", "<strong>",
// "<sup>", "<div>", "<font …>". A tag of another name, or one that no ">"
// closes within kMaxHtmlTag bytes, is none: its "<" is a character.
HtmlTag html_tag_at(std::string_view text, size_t i);

inline constexpr size_t kMaxHtmlTag = 512;

}  // namespace mwp
