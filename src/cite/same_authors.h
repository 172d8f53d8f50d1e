// Citations that name their authors by pointing back to the work cited before
// them: "The same team's follow-up (2019)", "a later study by the same
// authors (2020)", and a sentence that says it cites that work again.
#pragma once

#include <string_view>
#include <vector>

#include "cite/citation_mention.h"
#include "cite/prose_tokens.h"
#include "model/reference.h"

namespace mwp {

// The mentions of `tokens` (tokenize_prose()) written "the same" and a
// word for a group of researchers ("team", "authors", "group", "researchers",
// "lab", "investigators"), possessive or not, then at most three lower-case
// words and a parenthesis that holds only dates: each date is a mention with
// `same_authors` set and no names. Mentions overlapping `taken` (sorted by
// begin) are left out. Linear in the tokens.
std::vector<CitationMention> find_same_author_citations(const std::vector<ProseToken>& tokens,
                                                        const std::vector<CitationMention>& taken);

// Whether the sentence of `prose` around `mention` points back to the work
// cited before it: "In that same study, Oliffe et al. (2019) describe ...",
// "this study", "the same paper". Such a sentence settles which of two works
// of the same authors and year it cites.
bool refers_to_work_before(std::string_view prose, const CitationMention& mention);

// `anaphor` naming the authors of `previous`, the work cited before it: all
// of them for one or two, the first and "et al." for more; with no names
// when the work has no authors. `same_authors` is cleared.
CitationMention with_authors_of(const CitationMention& anaphor, const Reference& previous);

}  // namespace mwp
