// The sentence around a place in plain prose, for reading what a
// citation's sentence says.
#pragma once

#include <cstddef>
#include <string_view>

namespace mwp {

// The sentence of `prose` that holds [begin, end): from just after the
// ". ", "? " or "! " before `begin` (or the start) to the one at or after
// `end` (or the end), without that mark. Abbreviations ("et al. ") end a
// sentence too, so the sentence may be shorter than the writer's. Requires
// begin <= end <= prose.size(). Linear in the length of the sentence.
std::string_view sentence_around(std::string_view prose, size_t begin, size_t end);

}  // namespace mwp
