// Plain text of Markdown, for indexing and snippets.
#pragma once

#include <string>
#include <string_view>

namespace mwp {

// Returns markdown_to_text() of `markdown` (text/markdown_text.h) with raw
// HTML taken as markup (its tags leave no text) and Pandoc citation keys
// ("[@key]") dropped. Never fails; invalid UTF-8 passes through.
std::string markdown_to_plain_text(std::string_view markdown);

}  // namespace mwp
