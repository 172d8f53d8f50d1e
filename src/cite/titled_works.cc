#include "cite/titled_works.h"

#include <algorithm>
#include <string>

#include "text/utf8.h"

namespace mwp {
namespace {

// The title's words before a subtitle: "The dangerous passion" of "The
// dangerous passion: Why jealousy is as necessary as love and sex".
std::string_view main_title(std::string_view title) {
  return title.substr(0, title.find(':'));
}

}  // namespace

std::optional<TitledWork> work_titled_before(std::string_view prose, const CitationMention& mention,
                                             const std::vector<Reference>& references) {
  if (!mention.has_year || mention.parenthetical || mention.strong || mention.end > prose.size()) {
    return std::nullopt;
  }
  const size_t paren = prose.substr(0, mention.end).rfind('(');
  if (paren == std::string_view::npos || paren < mention.begin) return std::nullopt;
  // The words before the parenthesis, within the longest title's reach.
  const std::string_view before = prose.substr(0, paren);
  const std::vector<std::string_view> words =
      words_of(before.substr(before.size() - std::min(before.size(), size_t{300})));
  std::optional<TitledWork> found;
  for (size_t i = 0; i < references.size(); ++i) {
    const Reference& reference = references[i];
    if (reference.year != mention.year || reference.year_suffix != mention.year_suffix) continue;
    const std::string_view title = main_title(reference.title);
    const size_t count = words_of(title).size();
    if (count < 2 || count > words.size()) continue;
    const std::string_view first = words[words.size() - count];
    const std::string_view written =
        before.substr(static_cast<size_t>(first.data() - before.data()));
    if (fold_to_letters_and_digits(written) != fold_to_letters_and_digits(title)) continue;
    if (found) return std::nullopt;  // two works of that title and year
    found = TitledWork{i, static_cast<size_t>(first.data() - prose.data())};
  }
  return found;
}

}  // namespace mwp
