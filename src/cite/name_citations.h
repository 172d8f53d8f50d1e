// Finding mentions of cited researchers without a date ("Pennebaker's
// research", "Levant's work", "Work by Ronald Levant and colleagues") in one
// block of prose text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cite/citation_mention.h"
#include "cite/prose_tokens.h"
#include "model/reference.h"

namespace mwp {

// The names to look for in `references`: each work's first author's family
// name (and its last word, "Vecchio" of "Del Vecchio"), or editor's when it
// has no author, and a group's first word when it names the group
// ("Productivity" of "Productivity Commission", "Pew" of "Pew Research
// Center").
std::vector<std::string> first_author_surnames(const std::vector<Reference>& references);

// Finds mentions, over tokens == tokenize_prose(text), whose first name in
// the group is one of `surnames` (compared case- and accent-insensitively),
// outside the ranges of `taken` (sorted by begin, not overlapping). A lone
// surname that is not possessive and is followed by another capitalised word
// ("Hall Street") is skipped.
std::vector<CitationMention> find_name_citations(std::string_view text,
                                                 const std::vector<ProseToken>& tokens,
                                                 const std::vector<std::string>& surnames,
                                                 const std::vector<CitationMention>& taken);

}  // namespace mwp
