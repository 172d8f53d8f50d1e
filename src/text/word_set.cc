#include "text/word_set.h"

#include <algorithm>

#include "text/code_point.h"

namespace mwp {

bool is_one_of(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), text) != words.end();
}

bool contains_any_word(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (word.empty()) continue;
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      const bool starts = at == 0 || !is_ascii_alnum(text[at - 1]);
      const size_t end = at + word.size();
      const bool ends = end >= text.size() || !is_ascii_alnum(text[end]) || word.back() == '.';
      if (starts && ends) return true;
    }
  }
  return false;
}

bool ends_with_words(std::string_view longer, std::string_view shorter) {
  return longer.size() > shorter.size() && longer.ends_with(shorter) &&
         longer[longer.size() - shorter.size() - 1] == ' ';
}

}  // namespace mwp
