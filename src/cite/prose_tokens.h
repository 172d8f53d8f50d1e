// Prose split into words, numbers and punctuation, with byte offsets, for
// finding citations.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/markdown_text.h"

namespace mwp {

enum class TokenKind : unsigned char { word, number, punct };

// 32 bytes: prose is tokenized whole, so token size is memory traffic.
struct ProseToken {
  TokenKind kind = TokenKind::word;
  bool capitalised = false;  // word starting with an upper-case letter
  bool possessive = false;   // "Gross's", "John’s", "Addis'"
  bool emphasized = false;   // set in emphasis in the Markdown ("*NEJM*"); set by the caller
  uint32_t begin = 0;        // byte offsets into the text, [begin, end)
  uint32_t end = 0;
  // A word without its possessive ending; "–" for dashes. Views the text
  // given to tokenize_prose() (or static storage for dashes).
  std::string_view text;
};

// Splits Markdown prose into tokens. Words are letters (any script) with
// inner hyphens, apostrophes and digits ("Nolen-Hoeksema", "O'Brien",
// "Psych2Go"); numbers are
// digit runs with an optional lower-case letter ("2003a"); every other
// non-space character is a one-character punct token. Emphasis markers (*, _)
// and Markdown link destinations "](...)" are skipped. The tokens view `text`,
// which must outlive them. Requires text.size() < 4 GiB (sources are at most
// kMaxSourceBytes).
std::vector<ProseToken> tokenize_prose(std::string_view text);

// The same into `tokens` (cleared first), reusing its capacity.
void tokenize_prose(std::string_view text, std::vector<ProseToken>& tokens);

// Marks the tokens of a block, tokenized from text()[block_begin, block_end)
// of a MarkdownText, that stand inside one of its `emphases` (in the order
// they open, as MarkdownText::emphases() gives them).
void mark_emphasized(const std::vector<TextEmphasis>& emphases, size_t block_begin,
                     size_t block_end, std::vector<ProseToken>& tokens);

}  // namespace mwp
