#include "checks/article_checks.h"

#include <fmt/format.h>

#include <algorithm>

namespace mwp {
namespace {

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\n") == std::string::npos;
}

size_t template_index(const ArticleTemplate& t, const std::string& id) {
  for (size_t i = 0; i < t.sections.size(); ++i) {
    if (t.sections[i].id == id) return i;
  }
  return t.sections.size();
}

// The line where a missing section belongs: the heading of the first present
// section that the template puts after it, else the FAQ or sources heading.
int expected_line(const Article& a, const ArticleTemplate& t, size_t missing) {
  int line = 0;
  for (const auto& s : a.sections) {
    if (template_index(t, s.id) > missing && (line == 0 || s.heading_line < line)) {
      line = s.heading_line;
    }
  }
  if (line == 0 && !a.faq.empty()) line = a.faq.front().question_line;
  if (line == 0) line = a.sources_line;
  return line;
}

void check_sections(const ArticleText& text, const ArticleTemplate& t, Diagnostics& d) {
  const Article& a = text.article();
  for (size_t i = 0; i < t.sections.size(); ++i) {
    const auto& want = t.sections[i];
    const bool present = std::any_of(a.sections.begin(), a.sections.end(),
                                     [&](const ArticleSection& s) { return s.id == want.id; });
    if (!present && want.required) {
      d.error(a.display_path, expected_line(a, t, i), 0, "missing-section",
              fmt::format("the required section '{}' ({}) is missing", want.kicker, want.heading));
    }
  }
  size_t highest = 0;
  const ArticleSection* highest_section = nullptr;
  for (size_t i = 0; i < a.sections.size(); ++i) {
    const ArticleSection& s = a.sections[i];
    const size_t at = template_index(t, s.id);
    if (highest_section != nullptr && at < highest) {
      d.error(a.display_path, s.heading_line, 1, "section-order",
              fmt::format("'{}' must come before '{}', as in the article template", s.kicker,
                          highest_section->kicker));
    } else {
      highest = at;
      highest_section = &s;
    }
    if (is_blank(text.section(i))) {
      d.error(a.display_path, s.heading_line, 1, "empty-section",
              fmt::format("the section '{}' has no text", s.kicker));
    }
  }
}

void check_faq_and_sources(const ArticleText& text, const ArticleTemplate& t, Diagnostics& d) {
  const Article& a = text.article();
  if (t.faq_required && a.faq.empty()) {
    d.error(a.display_path, a.sources_line, 0, "missing-faq",
            fmt::format("the article has no '{}' questions", t.faq_heading));
  }
  for (size_t i = 0; i < a.faq.size(); ++i) {
    const FaqEntry& q = a.faq[i];
    if (is_blank(q.question)) {
      d.error(a.display_path, q.question_line, 1, "faq-without-answer",
              "an FAQ heading has no question text");
    } else if (is_blank(text.faq_answer(i))) {
      d.error(a.display_path, q.question_line, 1, "faq-without-answer",
              fmt::format("the question '{}' has no answer", q.question));
    }
  }
  if (t.sources_required && a.sources.empty()) {
    d.error(a.display_path, a.sources_line, 0, "missing-sources",
            fmt::format("the article lists no '{}'", t.sources_heading));
  }
}

}  // namespace

void check_article_structure(const ArticleText& text, const ArticleTemplate& article_template,
                             Diagnostics& diagnostics) {
  check_sections(text, article_template, diagnostics);
  check_faq_and_sources(text, article_template, diagnostics);
}

}  // namespace mwp
