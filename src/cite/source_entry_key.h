// A research-sources entry that is a citation key, not a pasted reference.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mwp {

// The key of "[@gross2003]" or "@gross2003" standing as a whole sources-list
// entry, with an optional list marker ("- ", "1. ", "1) ") and spaces around:
// what ^\s*(?:[-*+]|\d+[.)])?\s*\[?@([A-Za-z0-9_][^\]\s;,]*)\]?\s*$ matches,
// read in one pass. Nullopt for any other text.
std::optional<std::string> source_entry_key(std::string_view text);

}  // namespace mwp
