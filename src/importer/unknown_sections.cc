#include "importer/unknown_sections.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "content/section_matcher.h"
#include "importer/plain_text_lines.h"
#include "text/edit_distance.h"

namespace mwp {
namespace {

// The template's kicker or heading `text` is a short edit away from, or "".
std::string nearest_template_heading(std::string_view text, const ArticleTemplate& t) {
  const std::string key = normalise_heading(straighten_quotes(text));
  std::vector<std::string> names{t.faq_heading, t.sources_heading};
  for (const auto& s : t.sections) {
    names.push_back(s.kicker);
    names.push_back(s.heading);
  }
  for (const auto& name : names) {
    const std::string want = normalise_heading(name);
    const size_t distance = edit_distance(key, want);
    if (distance > 0 && distance <= std::max<size_t>(1, want.size() / 5)) return name;
  }
  return {};
}

}  // namespace

bool report_unknown_sections(const std::vector<TextBlock>& blocks,
                             const ArticleTemplate& article_template, const std::string& path,
                             Diagnostics& diagnostics) {
  bool reported = false;
  for (size_t k = 0; k < blocks.size(); ++k) {
    if (!looks_like_heading(blocks[k].text)) continue;
    const std::string nearest = nearest_template_heading(blocks[k].text, article_template);
    if (k + 2 < blocks.size() && looks_like_heading(blocks[k + 1].text)) {
      diagnostics.add({Severity::error, path, blocks[k].line, 1, "unknown-section",
                       fmt::format("'{}' / '{}' reads like a section kicker and heading, but the "
                                   "article template has no such section",
                                   blocks[k].text, blocks[k + 1].text),
                       nearest.empty() ? "" : fmt::format("did you mean '{}'?", nearest)});
      reported = true;
      ++k;
    } else if (!nearest.empty()) {
      diagnostics.add({Severity::error, path, blocks[k].line, 1, "unknown-section",
                       fmt::format("'{}' is not a heading of the article template", blocks[k].text),
                       fmt::format("did you mean '{}'?", nearest)});
      reported = true;
    }
  }
  return reported;
}

}  // namespace mwp
