#include "model/site.h"

#include <algorithm>

namespace mwp {

MarkdownBlock MarkdownBlock::copy_of(std::string_view markdown, int line) {
  auto text = std::make_shared<const std::string>(markdown);
  const std::string_view view = *text;
  return {view, line, std::move(text)};
}

std::vector<size_t> Site::category_chain(size_t category) const {
  std::vector<size_t> chain;
  for (std::optional<size_t> at = category; at; at = categories[*at].parent) chain.push_back(*at);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

}  // namespace mwp
