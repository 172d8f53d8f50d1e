// UTF-8 validation and normalisation (utf8proc).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mwp {

// Returns the byte offset of the first invalid UTF-8 sequence in `text`, or
// nullopt when the whole of `text` is valid UTF-8.
std::optional<size_t> find_invalid_utf8(std::string_view text);

// Returns `text` in Unicode normalisation form C. Requires valid UTF-8.
std::string to_nfc(std::string_view text);

// Returns `text` case-folded with diacritics stripped ("Éva" -> "eva") and
// curly apostrophes straightened ("Women’s" -> "women's").
// Requires valid UTF-8. For comparing names and building slugs.
std::string fold_for_matching(std::string_view text);

// fold_for_matching(text) with everything but letters and digits removed
// ("Women’s sleep, 2020" -> "womenssleep2020"): for comparing titles
// whatever their punctuation, quotation marks and spacing. Requires valid
// UTF-8.
std::string fold_to_letters_and_digits(std::string_view text);

// `text` with each typographic apostrophe (U+2019) written as a straight
// one: "Master’s thesis" -> "Master's thesis".
std::string with_straight_apostrophes(std::string_view text);

// The words of `text`: its runs of letters, combining marks and digits, in
// order, as views into `text` ("Women’s sleep, 2020" -> "Women", "s",
// "sleep", "2020"). Requires valid UTF-8.
std::vector<std::string_view> words_of(std::string_view text);

// Number of code points in `text[0, byte_offset)`. Requires valid UTF-8.
size_t count_code_points(std::string_view text);

}  // namespace mwp
