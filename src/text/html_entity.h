// Decoding of the character references CommonMark recognises in Markdown.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mwp {

// Decodes one reference such as "&amp;", "&#233;" or "&#x2014;" (with its
// '&' and ';') to UTF-8. Numeric references to 0, surrogates or values past
// U+10FFFF give U+FFFD. Returns nullopt for names it does not know.
std::optional<std::string> decode_html_entity(std::string_view entity);

// Appends the UTF-8 encoding of `code_point` (U+FFFD when it is not a
// Unicode scalar value).
void append_utf8(std::string& out, unsigned long code_point);

}  // namespace mwp
