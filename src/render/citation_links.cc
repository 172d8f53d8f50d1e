#include "render/citation_links.h"

#include <algorithm>

namespace mwp {

ArticleCitationLinks number_citations(const Article& article) {
  ArticleCitationLinks links;
  links.sections.resize(article.sections.size());
  links.faq_answers.resize(article.faq.size());
  links.occurrences.assign(article.references.size(), 0);

  std::vector<const Citation*> ordered;
  for (const Citation& citation : article.citations) {
    const size_t parts =
        citation.part == TextPart::section ? article.sections.size() : article.faq.size();
    if (citation.index < parts && citation.reference < article.references.size()) {
      ordered.push_back(&citation);
    }
  }
  std::stable_sort(ordered.begin(), ordered.end(), [](const Citation* a, const Citation* b) {
    if (a->part != b->part) return a->part == TextPart::section;
    if (a->index != b->index) return a->index < b->index;
    return a->begin < b->begin;
  });
  for (const Citation* citation : ordered) {
    const size_t occurrence = ++links.occurrences[citation->reference];
    auto& list = citation->part == TextPart::section ? links.sections[citation->index]
                                                     : links.faq_answers[citation->index];
    list.push_back({citation->begin, citation->end, citation->reference + 1, occurrence});
  }
  return links;
}

}  // namespace mwp
