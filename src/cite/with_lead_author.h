// Co-authors named after "with", the work's first author earlier in the
// sentence: "Bushman had already shown, with Roy Baumeister and Angela
// Stack (1999), that ...".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "cite/citation_matcher.h"
#include "cite/citation_mention.h"
#include "model/reference.h"

namespace mwp {

// The work of `references` that `mention`, a narrative citation in `prose`
// right after the word "with", cites once a capitalised word before "with"
// in the same sentence is put first among its names: the nearest such word
// for which match_citation() finds exactly one work. Nullopt when `mention`
// does not follow "with", or no word makes a match. Looks at no more than
// kMaxLeadWords words, so it is linear in the length of the sentence and of
// the list.
std::optional<size_t> work_with_lead_author(std::string_view prose, const CitationMention& mention,
                                            const std::vector<Reference>& references,
                                            const GroupAbbreviations& abbreviations);

inline constexpr size_t kMaxLeadWords = 12;

}  // namespace mwp
