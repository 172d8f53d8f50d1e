// Matching a citation as written against an article's references.
#pragma once

#include <cstddef>
#include <vector>

#include "cite/citation_scanner.h"
#include "model/reference.h"

namespace mwp {

enum class MatchOutcome {
  matched,        // references: the one reference
  ambiguous,      // references: every candidate
  year_mismatch,  // references: the works by those authors (other years)
  unmatched,      // references: the nearest work, when one is close enough to suggest
};

struct CitationMatch {
  MatchOutcome outcome = MatchOutcome::unmatched;
  std::vector<size_t> references;  // indices into the reference list
};

// Matches `mention` (not a key citation) against `references`. Names are
// compared case- and accent-insensitively with the authors in order
// (editors when a work has none; an organisation by its full name); a
// particle may be written or left out ("de Waal"/"Waal"). With "et al." the
// work must have more authors than are named; without, works with exactly
// the named authors are preferred to works whose author list merely starts
// with them. A dated mention must also agree on year (and suffix, when
// written). A mention without a year matches on names alone.
CitationMatch match_citation(const CitationMention& mention,
                             const std::vector<Reference>& references);

}  // namespace mwp
