// A Mustache template compiled to a flat list of ops: text runs and tags in
// template order, a section's ops following it up to its end. Partials are
// inlined once, comments and set-delimiter tags leave nothing, and the
// Mustache specification's standalone-line rule is applied as it compiles,
// so rendering (render/mustache_template.h) only walks the ops.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mwp {

// Partial texts by name, as used in {{> name}}.
using PartialTexts = std::map<std::string, std::string, std::less<>>;

struct MustacheOp {
  enum class Kind : unsigned char { text, escaped, raw, section, inverted };
  Kind kind = Kind::text;
  std::string text;               // text: the output
  bool dot = false;               // tags: the name is "."
  std::vector<std::string> path;  // tags: the name split at every '.'
  size_t end = 0;                 // sections: the index after their last op
};

// Compiles `text`:
//  - {{x}} is an escaped variable, {{{x}}} and {{&x}} raw ones;
//  - {{#x}} and {{^x}} open a section and an inverted one, {{/x}} closes it;
//  - {{> name}} is replaced by partial `name`, compiled in its place
//    (nothing when there is no such partial); a partial starts with the
//    default delimiters, and delimiters it sets stay inside it;
//  - {{! ...}} is a comment, {{=<% %>=}} sets the delimiters;
//  - a standalone line (only whitespace and at least one section, partial,
//    comment or set-delimiter tag, no variable; ended by a newline or by the
//    end of the text) is reduced to its tags, and a standalone partial's
//    lines are indented by the whitespace that preceded it.
// Adjacent text runs are one op. Nullopt with `error` set when a tag is not
// closed, a section is not closed or closes another's, a set-delimiter tag
// is malformed, or partials nest deeper than 32 levels (a partial including
// itself). Linear in the size of the text with its partials.
std::optional<std::vector<MustacheOp>> compile_mustache(std::string_view text,
                                                        const PartialTexts& partials,
                                                        std::string& error);

}  // namespace mwp
