#include "content/section_matcher.h"

#include "text/utf8.h"

namespace mwp {

std::string normalise_heading(std::string_view heading) {
  const std::string folded = fold_for_matching(heading);
  std::string out;
  bool space = false;
  for (char c : folded) {
    const auto u = static_cast<unsigned char>(c);
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80;
    if (word) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += c;
    } else if (c != '\'' && c != '.') {
      space = true;
    }
  }
  return out;
}

SectionMatcher::SectionMatcher(const ArticleTemplate& t,
                               const std::map<std::string, std::string>& overrides) {
  for (size_t i = 0; i < t.sections.size(); ++i) {
    const auto& section = t.sections[i];
    by_text_.emplace(normalise_heading(section.kicker),
                     HeadingMatch{HeadingKind::section, i, true});
    by_text_.emplace(normalise_heading(section.heading),
                     HeadingMatch{HeadingKind::section, i, false});
    if (const auto it = overrides.find(section.id); it != overrides.end()) {
      by_text_.emplace(normalise_heading(it->second), HeadingMatch{HeadingKind::section, i, false});
    }
  }
  by_text_.emplace(normalise_heading(t.faq_heading), HeadingMatch{HeadingKind::faq, 0, false});
  by_text_.emplace(normalise_heading(t.sources_heading),
                   HeadingMatch{HeadingKind::sources, 0, false});
}

std::optional<HeadingMatch> SectionMatcher::match(std::string_view heading) const {
  const auto it = by_text_.find(normalise_heading(heading));
  if (it == by_text_.end()) return std::nullopt;
  return it->second;
}

}  // namespace mwp
