// URL slugs.
#pragma once

#include <string>
#include <string_view>

namespace mwp {

// Returns a URL slug for `text`: ASCII lower-case letters and digits, words
// joined by single hyphens, diacritics stripped, other characters dropped
// ("Men & Women" -> "men-women", "Émotions" -> "emotions"). Requires valid
// UTF-8. May return an empty string when `text` has no letters or digits.
std::string slugify(std::string_view text);

}  // namespace mwp
