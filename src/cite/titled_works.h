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

// The one work of `references` whose main title (the words before a colon,
// at least two of them) is written right before the parenthesis that holds
// the year of `mention`, a narrative mention in `prose` that is not strong,
// and whose year is that year. Compared case- and accent-insensitively on
// letters and digits, from a word's start. Nullopt when none, or several,
// are. Linear in the length of the titles and of the mention.
std::optional<TitledWork> work_titled_before(std::string_view prose, const CitationMention& mention,
                                             const std::vector<Reference>& references);

}  // namespace mwp
