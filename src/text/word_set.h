// Membership of a word in a short, fixed list of words: the one
// implementation of "is this one of these words" and "does this name hold one
// of these words", for the word lists that tell a reference's parts apart.
#pragma once

#include <initializer_list>
#include <string_view>

namespace mwp {

// Whether `text` is, whole and to the letter, one of `words`.
bool is_one_of(std::string_view text, std::initializer_list<std::string_view> words);

// Whether one of `words` stands in `text` as a whole word (or words): not
// run into an ASCII letter or digit on either side, except that a word
// ending in '.' ("Dept.") may run into what follows. Linear in the size of
// `text` times the number of `words`.
bool contains_any_word(std::string_view text, std::initializer_list<std::string_view> words);

// Whether `longer` ends with `shorter` as whole words, a space before them,
// and holds more: "government inquiry into mental health addiction" ends
// with "mental health addiction".
bool ends_with_words(std::string_view longer, std::string_view shorter);

}  // namespace mwp
