#include "cite/group_names.h"

#include <algorithm>

namespace mwp {

GroupNameEnds::GroupNameEnds(const std::vector<Reference>& references) {
  for (const Reference& reference : references) {
    for (const PersonName& author : reference.authors) {
      const size_t space = author.literal.rfind(' ');
      if (space == std::string::npos) continue;
      by_last_word_.emplace(author.literal.substr(space + 1), author.literal);
    }
  }
}

CitationMention GroupNameEnds::widened(const CitationMention& mention,
                                       std::string_view prose) const {
  if (mention.names.size() != 1 || mention.parenthetical || mention.names[0].begin > prose.size()) {
    return mention;
  }
  const CitedName& name = mention.names[0];
  const std::string_view before = prose.substr(0, name.begin);
  const auto [first, last] = by_last_word_.equal_range(name.surname);
  for (auto it = first; it != last; ++it) {
    const std::string_view rest =
        std::string_view(it->second).substr(0, it->second.size() - name.surname.size());
    if (!before.ends_with(rest)) continue;
    CitationMention whole = mention;
    whole.names[0].surname = it->second;
    whole.names[0].written = it->second;
    whole.names[0].begin = name.begin - rest.size();
    whole.begin = std::min(whole.begin, whole.names[0].begin);
    return whole;
  }
  return mention;
}

}  // namespace mwp
