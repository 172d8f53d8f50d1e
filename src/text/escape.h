// Escaping for every context text can land in. Every string that reaches an
// output file goes through exactly one of these.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mwp {

// Appends `text` to `out` with &, <, >, " and ' replaced by entities.
// Safe for HTML text nodes and for quoted attribute values.
void append_html_escaped(std::string& out, std::string_view text);
std::string html_escape(std::string_view text);

// Escapes for XML 1.0 text and attributes (sitemap, Atom): as HTML, and drops
// characters XML forbids (C0 controls other than tab, LF, CR).
std::string xml_escape(std::string_view text);

// Percent-encodes every byte outside RFC 3986 unreserved characters and '/'.
// For building URL paths from slugs; the result is ASCII.
std::string url_encode_path(std::string_view path);

// `text` with each "%XX" (two hex digits) made its byte: "%28" is "(".
// Nullopt when a "%" is not followed by two hex digits.
std::optional<std::string> percent_decode(std::string_view text);

// Serialises `json_text` (already valid JSON) for embedding in an HTML
// <script> element: '<', '>', '&', U+2028 and U+2029 become \uXXXX escapes,
// so no string inside can close the element or open a comment.
std::string json_for_script(std::string_view json_text);

}  // namespace mwp
