// Citations written in a form the scanner does not read: a sentence that
// names a listed work's first author and that work's year, with no citation
// found there ("Bushman's team at Iowa State reported in 2002 that ...").
// The editor is told, so that no citation goes unchecked without a word.
#pragma once

#include <cstddef>
#include <vector>

#include "cite/citation_mention.h"
#include "cite/prose_tokens.h"
#include "model/reference.h"

namespace mwp {

struct UnreadCitation {
  size_t begin = 0;      // the author's name in the prose
  size_t end = 0;        // the end of the year
  size_t reference = 0;  // the work of that author and year
};

// Each year in the prose of `tokens` (tokenize_prose()) that no
// mention of `mentions` covers, in a sentence that also names, outside
// every mention, the first author of a work of `references` of that year
// (the family name, or its last word: "Vecchio" of "Del Vecchio"). One per
// year, with the nearest such name. Linear in the tokens and the list.
std::vector<UnreadCitation> find_unread_citations(const std::vector<ProseToken>& tokens,
                                                  const std::vector<CitationMention>& mentions,
                                                  const std::vector<Reference>& references);

}  // namespace mwp
