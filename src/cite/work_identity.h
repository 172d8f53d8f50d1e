// Recognising the same work written twice: in two articles, or pasted in one
// and exported from Zotero in the bibliography.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>

#include "model/reference.h"

namespace mwp {

// True when `a` and `b` are the same work: equal DOIs (case-insensitive) when
// both have one, else equal author family names, year and title compared
// case-, accent- and punctuation-insensitively.
bool same_work(const Reference& a, const Reference& b);

// Answers "which is the first of these works that same_work() holds for?"
// over a growing list of works in expected constant time per call, so
// matching many references against many works is not quadratic.
class WorkIndex {
 public:
  // Adds `work` as the next index: 0, 1, 2, ...
  void add(const Reference& work);

  // The smallest index i with same_work(work i, reference), or nullopt.
  std::optional<size_t> find(const Reference& reference) const;

 private:
  std::unordered_map<std::string, size_t> by_doi_;           // lower-case DOI -> first index
  std::unordered_map<std::string, size_t> by_identity_;      // identity -> first index
  std::unordered_map<std::string, size_t> no_doi_identity_;  // same, works without a DOI
  size_t size_ = 0;
};

// The author-year-title identity same_work() compares when a DOI is missing:
// "gross|john|2003|individualdifferencesintwoemotion..." (folded).
std::string author_year_title_identity(const Reference& reference);

// A citation-key stem for a work: first author's family name (or organisation,
// or first title word) slugified without hyphens, then year and year suffix:
// "gross2003", "nolenhoeksema2001a", "americanpsychologicalassociation2019",
// "nd" for no date.
std::string work_key_stem(const Reference& reference);

// Sort key for listings: folded first author family (organisation, or title
// when there are no authors), year, folded title.
std::string work_sort_key(const Reference& reference);

}  // namespace mwp
