// A group author named whole in a possessive before a year, as writers name
// a body's reports: "the American Psychological Association's 2017
// guidelines", "the World Health Organization's 2022 report".
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "cite/citation_mention.h"
#include "model/reference.h"

namespace mwp {

// The places in `text` where the name of a group that is the first author
// of a work of `references` is written whole, as the list writes it, with
// "'s" (or "’s") and then a year: each a mention with the group's name,
// `named_year` set and no year of its own, as "Buss's 1992 study" is, and
// strong; a name that opens with "The" is looked for without it, as "the
// Trevor Project's 2022 survey" writes it. Outside the ranges of `taken` (sorted by begin, not
// overlapping) and not inside a longer word. Names of fewer than three words (which
// name_citations.h finds) are not looked for, nor those of more than
// kMaxGroups groups. Linear in the size of `text` for a given list.
std::vector<CitationMention> find_group_possessives(std::string_view text,
                                                    const std::vector<Reference>& references,
                                                    const std::vector<CitationMention>& taken);

inline constexpr size_t kMaxGroups = 64;

}  // namespace mwp
