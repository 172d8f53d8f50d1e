// Numbering of an article's citations for linking: reference N (its place
// in the source list) and occurrence K (the K-th citation of N in reading
// order: sections in order, then FAQ answers).
#pragma once

#include <cstddef>
#include <vector>

#include "model/site.h"
#include "render/markdown.h"

namespace mwp {

struct ArticleCitationLinks {
  std::vector<std::vector<CitationLink>> sections;     // one list per Article::sections
  std::vector<std::vector<CitationLink>> faq_answers;  // one list per Article::faq
  std::vector<size_t> occurrences;  // per Article::references: its number of citations
};

// Promises: each list is in text order; citations naming a part or
// reference that does not exist are left out.
ArticleCitationLinks number_citations(const Article& article);

}  // namespace mwp
