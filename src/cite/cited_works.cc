#include "cite/cited_works.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

#include "cite/work_identity.h"

namespace mwp {

// One copy of each work across the site: the bibliography's entry when it
// has the work, else the first article's; ids filled with unique keys.
void unify_cited_works(Site& site) {
  std::vector<Reference> works = site.bibliography;
  WorkIndex known;
  std::set<std::string> used;
  for (const Reference& reference : works) {
    used.insert(reference.id);
    known.add(reference);
  }
  std::vector<size_t> fresh;  // indices into works needing an id
  // References that share an id are copies of one work (a bibliography entry,
  // or a work an earlier unification named), so one lookup per id answers for
  // all of them.
  std::unordered_map<std::string, size_t> work_of_id;
  for (Article& article : site.articles) {
    for (Reference& reference : article.references) {
      std::optional<size_t> found;
      const auto by_id = reference.id.empty() ? work_of_id.end() : work_of_id.find(reference.id);
      if (by_id != work_of_id.end()) {
        found = by_id->second;
      } else {
        found = known.find(reference);
        if (!found) {
          works.push_back(reference);
          known.add(reference);
          found = works.size() - 1;
          if (reference.id.empty()) fresh.push_back(*found);
        }
        if (!reference.id.empty()) work_of_id.emplace(reference.id, *found);
      }
      if (!reference.id.empty() && works[*found].id == reference.id) continue;  // already equal
      const int line = reference.source_line;
      reference = works[*found];
      reference.source_line = line;
    }
  }
  std::vector<std::string> sort_keys(works.size());
  for (size_t index : fresh) sort_keys[index] = work_sort_key(works[index]);
  std::stable_sort(fresh.begin(), fresh.end(),
                   [&](size_t a, size_t b) { return sort_keys[a] < sort_keys[b]; });
  for (size_t index : fresh) {
    const std::string stem = work_key_stem(works[index]);
    std::string key = stem;
    for (char suffix = 'a'; used.count(key) > 0 && suffix <= 'z'; ++suffix) key = stem + suffix;
    used.insert(key);
    works[index].id = key;
  }
  for (Article& article : site.articles) {
    for (Reference& reference : article.references) {
      if (!reference.id.empty()) continue;
      if (const std::optional<size_t> found = known.find(reference)) {
        reference.id = works[*found].id;
      }
    }
  }
}

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
