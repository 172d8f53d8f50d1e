// Pandoc's citation keys in prose: "[@gross2003]", "[@a; @b, p. 3]",
// "@gross2003 says", "-@gross2003".
#pragma once

#include <string_view>
#include <vector>

#include "cite/citation_mention.h"

namespace mwp {

// The key citations in `text`, in text order: each mention has `key` set,
// no names, and is strong; "[@key]" is parenthetical and spans its
// brackets. An "@" inside a word (an e-mail address) starts none.
std::vector<CitationMention> find_key_citations(std::string_view text);

}  // namespace mwp
