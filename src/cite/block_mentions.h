// Every citation mention in one block of prose, from each of the finders:
// dated citations and Pandoc keys (citation_scanner.h), names without a
// date (name_citations.h), manuals by their title's abbreviation
// (title_abbreviation.h), laws by name (law_names.h), "the same team's
// follow-up (2019)" (same_authors.h) and groups' possessives
// (group_possessives.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cite/citation_mention.h"
#include "cite/prose_tokens.h"
#include "model/reference.h"

namespace mwp {

// The mentions of `prose` (tokens == tokenize_prose(prose)) that cite works
// of `references`, sorted by begin; a finder's mention that overlaps an
// earlier finder's is left out by that finder. `surnames` is
// first_author_surnames(references), computed once per article.
std::vector<CitationMention> find_block_mentions(std::string_view prose,
                                                 const std::vector<ProseToken>& tokens,
                                                 const std::vector<Reference>& references,
                                                 const std::vector<std::string>& surnames);

}  // namespace mwp
