// Plain text of Markdown, for indexing and snippets.
#pragma once

#include <string>
#include <string_view>

namespace mwp {

// Returns the readable text of `markdown` (CommonMark + tables): inline markup
// removed, link and image text kept, raw HTML and Pandoc citation keys
// ("[@key]") dropped, entities decoded, blocks separated by "\n" and soft line
// breaks turned into spaces. Never fails; invalid UTF-8 passes through.
std::string markdown_to_plain_text(std::string_view markdown);

}  // namespace mwp
