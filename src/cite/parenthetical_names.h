// The names and titles that open an item of a parenthetical citation, as in
// "(Gross & John, 2003)", "(e.g., American Psychological Association [APA],
// 2020)" and ("Women's Sleep Has Been More Affected," 2020), read over the
// tokens of one block of prose (cite/prose_tokens.h).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "cite/citation_mention.h"
#include "cite/prose_tokens.h"

namespace mwp {

// Reads the names of one parenthetical item at tokens[i] into
// mention.names, with "et al." (mention.et_al) and a defined abbreviation
// ("[APA]", mention.abbreviation). A name is initials that tell two authors
// apart ("M. Stroebe"), particles ("de Waal", "Van Dongen"), then
// capitalised words and the small words of group names ("Centers for
// Disease Control and Prevention", "NHS England", "The Live Love Laugh
// Foundation", "LeanIn.Org"), or an acronym. Names are joined by
// ",", "&" and "and"; "Cacioppo, Hughes, et al." keeps as many names as
// tell two works apart. Returns true and leaves `i` on the token after the
// names when they end; false when tokens[i] opens no name.
bool read_parenthetical_names(std::string_view text, const std::vector<ProseToken>& tokens,
                              size_t& i, CitationMention& mention);

// A title in quotation marks standing for a work with no author, at
// tokens[i]: ("Women's Sleep Has Been More Affected," 2020), or in italics
// and its comma before a year: (*King James Bible*, 1769/2017). On success sets
// mention.title (without its closing comma) and `year_at` to the token
// after the title and its comma. Looks at most 300 bytes ahead.
bool read_quoted_title(std::string_view text, const std::vector<ProseToken>& tokens, size_t i,
                       CitationMention& mention, size_t& year_at);

// The token after the words that may open an item before its names:
// "e.g.,", "see", "see also", "cf.", "for a review, see" (at most eight
// tokens of lower-case words and ".", "," or ":"), after a capitalised word
// and lower-case ones ending in "of" ("My paraphrase of"), or a capitalised
// word and any ending in "from" ("Adapted from").
size_t skip_citation_prefix(const std::vector<ProseToken>& tokens, size_t i);

// The cited name of an acronym standing for a group: "APA", "WHO".
CitedName acronym_name(const ProseToken& token);

}  // namespace mwp
