// What a line of a plain-text export looks like: a heading, a question, a
// list entry, a reference. The parser decides what a line is from these and
// from the site's article template.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "importer/plain_text_lines.h"

namespace mwp {

// How paragraphs are separated in an export.
enum class TextLayout {
  automatic,  // detect: spaced when most headings are followed by a blank line
  spaced,     // blank lines between paragraphs; lines without one between them join
  compact,    // one paragraph per line
};

// A paragraph: one or more lines joined with single spaces.
struct TextBlock {
  std::string text;
  int line = 0;  // of its first line
};

// Groups `lines` into paragraphs: in the compact layout each line is one; in
// the spaced layout a line that follows another without a blank line joins it.
std::vector<TextBlock> group_paragraphs(std::span<const TextLine> lines, TextLayout layout);

// Short (at most 120 code points) and not ending like a sentence (. , ; : !
// or …, closing quotes and brackets aside): how a kicker or heading looks.
bool looks_like_heading(std::string_view text);

// Ends with '?' (closing quotes and brackets aside).
bool ends_with_question_mark(std::string_view text);

// Length in bytes of a list marker and the space after it at the start of
// `text` (numbers of up to three digits): "1. ", "12) ", "[3] ", "(4) ", "- ", "* ", "• ", "– ", "—
// ", "· ". 0 when there is none.
size_t list_marker_length(std::string_view text);

// Has an APA-style year in parentheses: "(2003)", "(2003a)", "(2003, May 4)"
// or "(n.d.)".
bool looks_like_reference(std::string_view text);

}  // namespace mwp
