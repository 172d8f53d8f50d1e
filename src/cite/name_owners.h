// The researcher a narrative citation's year belongs to when the words right
// before its parenthesis name something else: a place, an institution, a
// co-author after "with", or the work itself ("Hyde's gender similarities
// hypothesis (2005)").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "cite/name_group.h"
#include "cite/prose_tokens.h"

namespace mwp {

// "Janet Hyde's gender similarities hypothesis (2005)": the name group of a
// possessive up to six words back from tokens[end], or of "and colleagues'"
// (`et_al` is then set); a title in emphasis counts as one word ("Jock
// Phillips's *A Man's Country?* (1987)"). Nullopt when another kind of token
// comes first.
std::optional<NameGroup> possessive_group_before(const std::vector<ProseToken>& tokens,
                                                 std::string_view text, size_t end, bool& et_al);

// The owner of a place or institution whose name starts at
// tokens[place_first], after "at", "in", "from" or "for":
//   "Denson's group in Sydney (2011)"                       a possessive up to six words back
//   "Tanya Navaneelan's overview for Statistics Canada (2012)"
//   "Sander Begeer and colleagues at VU University Amsterdam (2013)"   (`et_al` is set)
//   "Laura Hull and her colleagues at UCL (2017)"
//   "Katharina Dworzynski and Francesca Happé at King's College London"
//                                   after "at", names with given names, or two names
// The place's words (capitalised, acronyms, "of", "the") reach back
// at most six tokens to the preposition. Nullopt when no owner stands there:
// "the report from the WHO (2019)" is the WHO's.
std::optional<NameGroup> owner_before_place(const std::vector<ProseToken>& tokens,
                                            std::string_view text, size_t place_first, bool& et_al);

// "Vivek Murthy, in *Together* (2020)", "Turkle in *Alone Together* (2011)":
// the name group before "in" (and a comma) and a title in emphasis that ends
// at tokens[end]. Nullopt when the words before the year are not such a title
// or no name stands before it.
std::optional<NameGroup> author_before_title(const std::vector<ProseToken>& tokens,
                                             std::string_view text, size_t end);

// "Gottman's book with Joan DeClaire (1997)": `group`, the names after
// "with", joined to a possessive name up to six words before it; `group`
// alone when there is none.
NameGroup with_coauthors(const std::vector<ProseToken>& tokens, std::string_view text,
                         const NameGroup& group);

}  // namespace mwp
