#include "cite/block_mentions.h"

#include <algorithm>
#include <iterator>

#include "cite/citation_scanner.h"
#include "cite/group_possessives.h"
#include "cite/law_names.h"
#include "cite/name_citations.h"
#include "cite/same_authors.h"
#include "cite/title_abbreviation.h"

namespace mwp {

std::vector<CitationMention> find_block_mentions(std::string_view prose,
                                                 const std::vector<ProseToken>& tokens,
                                                 const std::vector<Reference>& references,
                                                 const std::vector<std::string>& surnames) {
  std::vector<CitationMention> mentions = find_dated_citations(prose, tokens);
  std::vector<CitationMention> named = find_name_citations(prose, tokens, surnames, mentions);
  std::vector<CitationMention> manuals = find_title_abbreviations(prose, tokens);
  std::vector<CitationMention> laws = find_law_names(prose, references, mentions);
  std::vector<CitationMention> same = find_same_author_citations(tokens, mentions);
  std::vector<CitationMention> groups =
      find_group_possessives(prose, references, merged_by_begin(mentions, named));
  for (std::vector<CitationMention>* more : {&named, &manuals, &laws, &groups, &same}) {
    mentions.insert(mentions.end(), std::make_move_iterator(more->begin()),
                    std::make_move_iterator(more->end()));
  }
  std::stable_sort(
      mentions.begin(), mentions.end(),
      [](const CitationMention& x, const CitationMention& y) { return x.begin < y.begin; });
  return mentions;
}

}  // namespace mwp
