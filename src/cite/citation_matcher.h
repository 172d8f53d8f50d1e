// Matching a citation as written against an article's references.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cite/citation_mention.h"
#include "cite/name_matching.h"
#include "model/reference.h"

namespace mwp {

enum class MatchOutcome {
  matched,          // references: the one reference
  ambiguous,        // references: every candidate
  year_mismatch,    // references: the works by those authors (other dates)
  et_al_misused,    // references: the work, which has one or two authors (APA: et al. from three)
  names_reordered,  // references: the work whose first authors the names are, in another order
  unmatched,        // references: the nearest work, when one is close enough to suggest
};

struct CitationMatch {
  MatchOutcome outcome = MatchOutcome::unmatched;
  std::vector<size_t> references;  // indices into the reference list
};

// Matches `mention` (not a key citation) against `references`. Names are
// compared case- and accent-insensitively with the authors in order
// (editors when a work has none); a particle may be written or left out
// ("de Waal"/"Waal", "Van Dongen"); a group author by its full name, by an
// acronym in `abbreviations`, or by an acronym of its words' initials
// ("WHO"). With "et al." the work must have three or more authors and more
// than are named. Without it, works with exactly the named authors come
// before works whose author list merely starts with them. A dated mention
// must agree on the year, "n.d." or "in press", and on the suffix when one is
// written. Candidates left are narrowed by the initials written ("J. Smith").
CitationMatch match_citation(const CitationMention& mention,
                             const std::vector<Reference>& references,
                             const GroupAbbreviations& abbreviations = {});

// "Buss's 1992 study": the one work of `mention`'s named year by the
// researcher named first, whether the list goes on ("Buss et al.") or not.
// Nullopt when no work, or several, have that year; the mention is then
// matched by name.
std::optional<size_t> match_named_year(const CitationMention& mention,
                                       const std::vector<Reference>& references,
                                       const GroupAbbreviations& abbreviations);

}  // namespace mwp
