#include "cite/citation_mention.h"

#include <algorithm>
#include <iterator>

namespace mwp {

bool overlaps(const std::vector<CitationMention>& taken, size_t begin, size_t end) {
  auto after = std::lower_bound(taken.begin(), taken.end(), end,
                                [](const CitationMention& m, size_t at) { return m.begin < at; });
  return after != taken.begin() && begin < std::prev(after)->end;
}

}  // namespace mwp
