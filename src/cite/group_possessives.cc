#include "cite/group_possessives.h"

#include <string>
#include <unordered_map>

#include "text/code_point.h"

namespace mwp {
namespace {

// The name of the group that wrote `reference` first, when it has three
// words or more; empty otherwise.
std::string_view group_of(const Reference& reference) {
  if (reference.authors.empty()) return {};
  const std::string_view name = reference.authors[0].literal;
  const size_t first = name.find(' ');
  if (first == std::string_view::npos || name.find(' ', first + 1) == std::string_view::npos) {
    return {};
  }
  return name;
}

// The year after "'s " or "’s " at text[at], or 0.
int possessive_year(std::string_view text, size_t at) {
  for (const std::string_view mark :
       {std::string_view("'s "), std::string_view("\xE2\x80\x99s ")}) {
    if (text.compare(at, mark.size(), mark) != 0) continue;
    const size_t year = at + mark.size();
    if (year + 4 > text.size() || !is_ascii_digits(text.substr(year, 4)) ||
        (year + 4 < text.size() && is_word_byte(text[year + 4]))) {
      return 0;
    }
    const int value = std::stoi(std::string(text.substr(year, 4)));
    return value >= 1800 && value <= 2099 ? value : 0;
  }
  return 0;
}

}  // namespace

std::vector<CitationMention> find_group_possessives(std::string_view text,
                                                    const std::vector<Reference>& references,
                                                    const std::vector<CitationMention>& taken) {
  std::vector<CitationMention> found;
  // Each group's name by its first word, so that the text is walked once.
  std::unordered_multimap<std::string_view, std::string_view> by_first_word;
  for (const Reference& reference : references) {
    if (by_first_word.size() >= kMaxGroups) break;
    if (const std::string_view group = group_of(reference); !group.empty()) {
      by_first_word.emplace(group.substr(0, group.find(' ')), group);
    }
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
      const std::string_view group = it->second;
      const size_t end = at + group.size();
      if (text.compare(at, group.size(), group) != 0) continue;
      const int year = possessive_year(text, end);
      if (year == 0 || overlaps(taken, at, end)) continue;
      CitationMention mention;
      mention.begin = at;
      mention.end = end;
      mention.names.push_back(CitedName{std::string(group), std::string(group), "", false, at});
      mention.named_year = year;
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
