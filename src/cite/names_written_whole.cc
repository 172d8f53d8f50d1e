#include "cite/names_written_whole.h"

#include <unordered_map>

#include "text/code_point.h"

namespace mwp {
namespace {

// Whether a word goes on at text[at]: a possessive's "’s" ends the name.
bool runs_on(std::string_view text, size_t at) {
  return at < text.size() && is_word_byte(text[at]) && text.compare(at, 3, "\xE2\x80\x99") != 0;
}

}  // namespace

void find_names_written_whole(
    std::string_view text, const std::vector<std::string_view>& names,
    const std::function<bool(size_t name, size_t begin, size_t end)>& take) {
  std::unordered_multimap<std::string_view, size_t> by_first_word;
  for (size_t i = 0; i < names.size(); ++i) {
    by_first_word.emplace(names[i].substr(0, names[i].find(' ')), i);
  }
  if (by_first_word.empty()) return;
  for (size_t at = 0; at < text.size();) {
    if (!is_word_byte(text[at]) || (at > 0 && is_word_byte(text[at - 1]))) {
      ++at;
      continue;
    }
    size_t word_end = at;
    while (word_end < text.size() && is_word_byte(text[word_end])) ++word_end;
    const auto [first, last] = by_first_word.equal_range(text.substr(at, word_end - at));
    size_t next = word_end;
    for (auto it = first; it != last; ++it) {
      const std::string_view name = names[it->second];
      const size_t end = at + name.size();
      if (text.compare(at, name.size(), name) != 0 || runs_on(text, end) ||
          !take(it->second, at, end)) {
        continue;
      }
      next = end;
      break;
    }
    at = next;
  }
}

}  // namespace mwp
