#include "text/slug.h"

#include "text/utf8.h"

namespace mwp {

std::string slugify(std::string_view text) {
  const std::string folded = fold_for_matching(text);
  std::string slug;
  bool pending_hyphen = false;
  for (size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      if (pending_hyphen && !slug.empty()) slug += '-';
      pending_hyphen = false;
      slug += c;
    } else if (c == '\'' || folded.compare(i, 3, "\u2019") == 0) {
      // Apostrophes join words ("men's" -> "mens"); everything else separates.
      if (c != '\'') i += 2;
    } else {
      pending_hyphen = true;
    }
  }
  return slug;
}

}  // namespace mwp
