#include "cite/law_names.h"

#include <string>

#include "cite/names_written_whole.h"

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
  std::vector<const Reference*> laws;
  std::vector<std::string_view> titles;
  for (const Reference& reference : references) {
    if (laws.size() >= kMaxLaws) break;
    if (!is_law_name(reference)) continue;
    laws.push_back(&reference);
    titles.push_back(reference.title);
  }
  find_names_written_whole(text, titles, [&](size_t name, size_t begin, size_t end) {
    if (overlaps(taken, begin, end)) return false;
    CitationMention mention;
    mention.begin = begin;
    mention.end = end;
    mention.title = laws[name]->title;
    mention.has_year = laws[name]->year != 0;
    mention.year = laws[name]->year;
    mention.strong = true;
    found.push_back(std::move(mention));
    return true;
  });
  return found;
}

}  // namespace mwp
