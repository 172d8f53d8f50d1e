// Rewrites of the gold articles' prose that keep every citation's meaning,
// as writers vary them: "et al" without its period, "and" for "&" in
// parentheses, Harvard's year with no comma, curly apostrophes, a no-break
// space before the year. The lines stay where they are, so the gold's
// annotations hold: mwp must link each citation as the gold says, or say
// why.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gold_set.h"

namespace mwp::evidence {

struct ArticleVariant {
  const char* name;
  // One line of prose rewritten, or nullopt when the rewrite does not apply.
  std::optional<std::string> (*rewrite)(std::string_view line);
};

// Every rewrite, in report order.
const std::vector<ArticleVariant>& article_variants();

// The gold articles whose prose `variant` changes, each with its rewritten
// text: the lines of its sections and FAQ, not its front matter, headings
// or research sources.
std::vector<GoldArticle> rewritten(const std::vector<GoldArticle>& gold,
                                   const ArticleVariant& variant);

}  // namespace mwp::evidence
