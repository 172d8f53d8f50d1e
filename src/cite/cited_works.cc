#include "cite/cited_works.h"

#include <algorithm>
#include <map>

#include "cite/work_identity.h"

namespace mwp {

std::vector<CitedWork> collect_cited_works(const Site& site) {
  std::vector<CitedWork> works;
  std::map<std::string, size_t> by_key;
  for (size_t a = 0; a < site.articles.size(); ++a) {
    for (const Reference& reference : site.articles[a].references) {
      std::string key = reference.id.empty() ? work_key_stem(reference) : reference.id;
      auto [it, inserted] = by_key.emplace(key, works.size());
      if (inserted) {
        CitedWork work{reference, key, {}};
        work.reference.source_line = 0;
        works.push_back(std::move(work));
      }
      std::vector<size_t>& articles = works[it->second].articles;
      if (articles.empty() || articles.back() != a) articles.push_back(a);
    }
  }
  std::stable_sort(works.begin(), works.end(), [](const CitedWork& x, const CitedWork& y) {
    const std::string kx = work_sort_key(x.reference);
    const std::string ky = work_sort_key(y.reference);
    return kx != ky ? kx < ky : x.key < y.key;
  });
  return works;
}

}  // namespace mwp
