// Writing plain text as Markdown that reads back as the same text.
#pragma once

#include <string>
#include <string_view>

namespace mwp {

// Returns `text` (one paragraph of plain prose on one line) as CommonMark
// that renders to exactly `text` at the start of a block (a paragraph or a
// list item): backslash-escapes \ ` * _ [ ] < ~, an '&' that would start an
// entity, and a leading # > - + = or "12." / "12)" that would open a block.
// Web addresses (http://, https://, www.) are kept verbatim so that they
// stay links. Requires valid UTF-8.
std::string escape_markdown(std::string_view text);

// As escape_markdown(), for the text of an ATX heading: '#' is escaped
// everywhere so no closing sequence is read.
std::string escape_markdown_heading(std::string_view text);

}  // namespace mwp
