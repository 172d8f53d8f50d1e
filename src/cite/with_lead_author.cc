#include "cite/with_lead_author.h"

#include <string>

#include "text/sentence.h"
#include "text/utf8.h"

namespace mwp {
namespace {

// The words of `prose` before `end`, back to the start of their sentence.
std::vector<std::string_view> sentence_words_before(std::string_view prose, size_t end) {
  const std::string_view sentence = sentence_around(prose, end, end);
  return words_of(sentence.substr(0, end - static_cast<size_t>(sentence.data() - prose.data())));
}

bool capitalised(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

}  // namespace

std::optional<size_t> work_with_lead_author(std::string_view prose, const CitationMention& mention,
                                            const std::vector<Reference>& references,
                                            const GroupAbbreviations& abbreviations) {
  if (mention.parenthetical || mention.names.empty() || mention.begin > prose.size()) {
    return std::nullopt;
  }
  const std::vector<std::string_view> words = sentence_words_before(prose, mention.begin);
  if (words.size() < 2 || words.back() != "with") return std::nullopt;
  size_t looked = 0;
  for (size_t i = words.size() - 1; i-- > 0 && looked < kMaxLeadWords; ++looked) {
    if (!capitalised(words[i])) continue;
    CitationMention led = mention;
    led.names.insert(led.names.begin(), CitedName{std::string(words[i]), std::string(words[i]), "",
                                                  false, mention.begin});
    const CitationMatch found = match_citation(led, references, abbreviations);
    if (found.outcome == MatchOutcome::matched) return found.references[0];
  }
  return std::nullopt;
}

}  // namespace mwp
