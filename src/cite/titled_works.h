// Works named in prose by their title before their year, as writers name
// books: "Buss made the case in *The Dangerous Passion* (2000)".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "cite/citation_mention.h"
#include "model/reference.h"

namespace mwp {

struct TitledWork {
  size_t reference = 0;  // index into the references
  size_t begin = 0;      // where the title starts in the prose
};

// The one work of `references` of the year of `mention`, a citation in
// `prose`, that the citation names by its main title (the words before a
// colon, at least two of them): written right before the parenthesis that
// holds the year ("*The Dangerous Passion* (2000)"), or before a
// parenthetical citation of its author ("*Why Marriages Succeed or Fail*
// (Gottman, 1994)"), or first in the parentheses ("(*Daring Greatly*,
// Brown, 2012)"). Compared case- and accent-insensitively on letters and
// digits, from a word's start. Nullopt when none, or several, are. Linear
// in the length of the titles and of the mention.
std::optional<TitledWork> work_titled_before(std::string_view prose, const CitationMention& mention,
                                             const std::vector<Reference>& references);

}  // namespace mwp
