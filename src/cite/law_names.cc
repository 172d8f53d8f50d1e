#include "cite/law_names.h"

#include <string>
#include <unordered_map>

#include "text/code_point.h"

namespace mwp {
namespace {

// A name of two words or more that a law or case of the list has.
bool is_law_name(const Reference& reference) {
  return (reference.type == ReferenceType::legislation ||
          reference.type == ReferenceType::legal_case) &&
         reference.title.find(' ') != std::string::npos;
}

}  // namespace

std::vector<CitationMention> find_law_names(std::string_view text,
                                            const std::vector<Reference>& references,
                                            const std::vector<CitationMention>& taken) {
  std::vector<CitationMention> found;
  // Each law's title by its first word, so that the text is walked once.
  std::unordered_multimap<std::string_view, const Reference*> by_first_word;
  for (const Reference& reference : references) {
    if (by_first_word.size() >= kMaxLaws) break;
    if (!is_law_name(reference)) continue;
    const std::string_view title = reference.title;
    by_first_word.emplace(title.substr(0, title.find(' ')), &reference);
  }
  if (by_first_word.empty()) return found;
  for (size_t at = 0; at < text.size();) {
    if (!is_word_byte(text[at]) || (at > 0 && is_word_byte(text[at - 1]))) {
      ++at;
      continue;
    }
    size_t word_end = at;
    while (word_end < text.size() && is_word_byte(text[word_end])) ++word_end;
    const auto [first, last] = by_first_word.equal_range(text.substr(at, word_end - at));
    size_t next = word_end;
    for (auto it = first; it != last; ++it) {
      const Reference& law = *it->second;
      const size_t end = at + law.title.size();
      if (text.compare(at, law.title.size(), law.title) != 0 ||
          (end < text.size() && is_word_byte(text[end])) || overlaps(taken, at, end)) {
        continue;
      }
      CitationMention mention;
      mention.begin = at;
      mention.end = end;
      mention.title = law.title;
      mention.has_year = law.year != 0;
      mention.year = law.year;
      mention.strong = true;
      found.push_back(std::move(mention));
      next = end;
      break;
    }
    at = next;
  }
  return found;
}

}  // namespace mwp
