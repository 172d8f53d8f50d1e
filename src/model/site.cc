#include "model/site.h"

#include <algorithm>

namespace mwp {

std::vector<size_t> Site::category_chain(size_t category) const {
  std::vector<size_t> chain;
  for (std::optional<size_t> at = category; at; at = categories[*at].parent) chain.push_back(*at);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

}  // namespace mwp
