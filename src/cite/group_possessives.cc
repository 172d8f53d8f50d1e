#include "cite/group_possessives.h"

#include <string>

#include "cite/names_written_whole.h"
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
  std::vector<std::string_view> groups;
  for (const Reference& reference : references) {
    if (groups.size() >= kMaxGroups) break;
    std::string_view group = group_of(reference);
    // "the Trevor Project's 2022 survey": "The" in a sentence is in lower case.
    if (group.starts_with("The ")) group.remove_prefix(4);
    if (!group.empty()) groups.push_back(group);
  }
  find_names_written_whole(text, groups, [&](size_t name, size_t begin, size_t end) {
    const int year = possessive_year(text, end);
    if (year == 0 || overlaps(taken, begin, end)) return false;
    CitationMention mention;
    mention.begin = begin;
    mention.end = end;
    mention.names.push_back(
        CitedName{std::string(groups[name]), std::string(groups[name]), "", false, begin});
    mention.named_year = year;
    mention.strong = true;
    found.push_back(std::move(mention));
    return true;
  });
  return found;
}

}  // namespace mwp
