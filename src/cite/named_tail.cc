#include "cite/named_tail.h"

#include <string>
#include <string_view>

#include "text/edit_distance.h"
#include "text/utf8.h"

namespace mwp {
namespace {

// Whether `surname` is the name of an author of `references`, or that name
// misspelt ("Byslma" for "Bylsma"; "Goa" is not "Cox").
bool spells_an_author(std::string_view surname, const std::vector<Reference>& references) {
  const std::string folded = fold_for_matching(surname);
  const size_t allowed = folded.size() <= 5 ? 1 : 2;
  for (const Reference& reference : references) {
    for (const PersonName& author : reference.authors) {
      const std::string name =
          fold_for_matching(author.literal.empty() ? author.family : author.literal);
      if (name.size() > folded.size() + allowed || folded.size() > name.size() + allowed) {
        continue;
      }
      if (edit_distance(folded, name) <= allowed) return true;
    }
  }
  return false;
}

}  // namespace

CitationMention named_tail(const CitationMention& mention, const std::vector<Reference>& references,
                           const GroupAbbreviations& abbreviations) {
  const size_t fewest = mention.et_al ? 2 : 3;  // "Survey, Ronald Kessler and colleagues"
  if (mention.names.size() < fewest || !mention.key.empty() || mention.parenthetical) {
    return mention;
  }
  const CitationMatch whole = match_citation(mention, references, abbreviations);
  if (whole.outcome != MatchOutcome::unmatched) return mention;
  const bool close = !whole.references.empty();
  for (size_t drop = 1; drop < mention.names.size(); ++drop) {
    if (close && spells_an_author(mention.names[drop - 1].surname, references)) return mention;
    CitationMention tail = mention;
    tail.names.erase(tail.names.begin(), tail.names.begin() + static_cast<long>(drop));
    tail.begin = tail.names.front().begin;
    const MatchOutcome outcome = match_citation(tail, references, abbreviations).outcome;
    if (outcome == MatchOutcome::matched || (!close && outcome != MatchOutcome::unmatched)) {
      return tail;
    }
  }
  return mention;
}

}  // namespace mwp
