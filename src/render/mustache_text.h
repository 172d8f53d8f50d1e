// The text pass a Mustache template goes through before kainjow/mustache
// parses it: partials inlined once, and the Mustache spec's (and mstch's)
// standalone-line rule applied statically, so the output does not depend on
// kainjow's own, render-time whitespace rule.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace mwp {

// Partial texts by name, as used in {{> name}}.
using PartialTexts = std::map<std::string, std::string, std::less<>>;

// Follows every section tag ({{#x}}, {{^x}}, {{/x}}) in prepared text, so
// that no line holding a section is blank when kainjow decides whether to
// drop it; whoever renders prepared text removes it from the output.
inline constexpr char kSectionMarker = '\x01';

// Returns `text` with:
//  - every {{> name}} replaced by partial `name`, itself prepared (nothing
//    when there is no such partial); a partial starts with the default
//    delimiters and delimiters it sets stay inside it;
//  - every comment removed;
//  - every standalone line (only whitespace and at least one section,
//    partial, comment or set-delimiter tag, no variable; ended by a
//    newline) reduced to its tags; a standalone partial's lines are
//    indented by the whitespace that preceded it;
//  - kSectionMarker after every section tag.
// Nullopt with `error` set when partials nest deeper than 32 levels (a
// partial including itself). Malformed tags are left for the parser.
std::optional<std::string> prepare_mustache_text(std::string_view text,
                                                 const PartialTexts& partials, std::string& error);

}  // namespace mwp
