// Recognising article-template headings as authors and exports write them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/site.h"

namespace mwp {

// Lower-cases, strips diacritics and punctuation and collapses white space:
// "Myth vs. Evidence" and "myth vs evidence" normalise alike.
std::string normalise_heading(std::string_view heading);

enum class HeadingKind { section, faq, sources };

struct HeadingMatch {
  HeadingKind kind = HeadingKind::section;
  size_t section = 0;      // index into ArticleTemplate::sections, for kind == section
  bool by_kicker = false;  // written as the kicker rather than the heading
};

// Matches a heading's text against an article template: each section's
// kicker, default heading and (when given) the article's override, then the
// FAQ and sources headings. Case and punctuation tolerant.
class SectionMatcher {
 public:
  explicit SectionMatcher(const ArticleTemplate& article_template,
                          const std::map<std::string, std::string>& heading_overrides = {});

  std::optional<HeadingMatch> match(std::string_view heading) const;

 private:
  std::map<std::string, HeadingMatch, std::less<>> by_text_;
};

}  // namespace mwp
