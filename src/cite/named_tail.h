// A narrative citation's name list that reads one name too many: "The
// Lancet, Cacioppo and Cacioppo (2018)", "In Goa, Patel, Rodrigues and
// DeSouza (2002)", where a word before the authors reads as a name.
#pragma once

#include <vector>

#include "cite/citation_matcher.h"
#include "cite/citation_mention.h"
#include "model/reference.h"

namespace mwp {

// `mention`, or the shortest tail of its names that names a work of
// `references` when the whole list names none. A narrative mention of three
// or more names (two with "et al.") is cut; a parenthetical or key citation
// is not. A list close to a work's ("Byslma, Vingerhoets and Rottenberg") is
// that work's, misspelt, and is not cut unless a tail names a work exactly
// and no name cut off spells an author's name: one edit in five letters or
// fewer, two in more. Linear in the names and the list's authors.
CitationMention named_tail(const CitationMention& mention, const std::vector<Reference>& references,
                           const GroupAbbreviations& abbreviations);

}  // namespace mwp
