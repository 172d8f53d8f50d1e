// Finding names written whole in prose, each at a word's start, in one walk
// of the text: the titles of laws, the names of groups.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace mwp {

// Walks `text` once and, at each word's start where one of `names` is
// written (compared byte for byte, and not run on into a longer word; a
// possessive's "'s" or "’s" may follow),
// calls `take(name, begin, end)` with the index of that name in `names`.
// When `take` returns true the walk goes on after the name; otherwise the
// next name written there is tried. Names are looked up by their first word,
// so the walk is linear in the size of `text` for a given list.
void find_names_written_whole(
    std::string_view text, const std::vector<std::string_view>& names,
    const std::function<bool(size_t name, size_t begin, size_t end)>& take);

}  // namespace mwp
