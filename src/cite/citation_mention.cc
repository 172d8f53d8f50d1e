#include "cite/citation_mention.h"

#include <algorithm>
#include <iterator>

namespace mwp {

bool overlaps(const std::vector<CitationMention>& taken, size_t begin, size_t end) {
  auto after = std::lower_bound(taken.begin(), taken.end(), end,
                                [](const CitationMention& m, size_t at) { return m.begin < at; });
  return after != taken.begin() && begin < std::prev(after)->end;
}

std::vector<CitationMention> merged_by_begin(const std::vector<CitationMention>& a,
                                             const std::vector<CitationMention>& b) {
  std::vector<CitationMention> all;
  all.reserve(a.size() + b.size());
  std::merge(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(all),
             [](const CitationMention& x, const CitationMention& y) { return x.begin < y.begin; });
  return all;
}

}  // namespace mwp
