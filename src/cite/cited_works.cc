#include "cite/cited_works.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "cite/work_identity.h"

namespace mwp {

std::vector<CitedWork> collect_cited_works(const Site& site) {
  std::vector<CitedWork> works;
  std::unordered_map<std::string, size_t> by_key;
  std::string stem;
  for (size_t a = 0; a < site.articles.size(); ++a) {
    for (const Reference& reference : site.articles[a].references) {
      if (reference.id.empty()) stem = work_key_stem(reference);
      const std::string& key = reference.id.empty() ? stem : reference.id;
      auto it = by_key.find(key);
      if (it == by_key.end()) {
        it = by_key.emplace(key, works.size()).first;
        CitedWork work{reference, key, {}};
        work.reference.source_line = 0;
        works.push_back(std::move(work));
      }
      std::vector<size_t>& articles = works[it->second].articles;
      if (articles.empty() || articles.back() != a) articles.push_back(a);
    }
  }
  std::vector<std::pair<std::string, size_t>> order;  // sort key, index into works
  order.reserve(works.size());
  for (size_t w = 0; w < works.size(); ++w)
    order.emplace_back(work_sort_key(works[w].reference), w);
  std::stable_sort(order.begin(), order.end(), [&](const auto& x, const auto& y) {
    return x.first != y.first ? x.first < y.first : works[x.second].key < works[y.second].key;
  });
  std::vector<CitedWork> sorted;
  sorted.reserve(works.size());
  for (const auto& entry : order) sorted.push_back(std::move(works[entry.second]));
  return sorted;
}

}  // namespace mwp
