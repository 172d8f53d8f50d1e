// String distance for "did you mean" suggestions.
#pragma once

#include <cstddef>
#include <string_view>

namespace mwp {

// Levenshtein distance between two byte strings (insertions, deletions and
// substitutions each cost 1). O(a.size() * b.size()) time, O(b.size()) space.
size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace mwp
