// Reading a plain-text article export (the layout of /work/shared/seeds and
// docs/import.md) into the model, guided by the site's article template.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "importer/line_shapes.h"
#include "model/site.h"

namespace mwp {

struct PlainTextArticle {
  // display_path, title, reviewed_by (empty: the site's editorial team),
  // reviewed (when the "Last reviewed" line carries a date), sections, faq,
  // sources and sources_note, with line numbers of the text file.
  // Section bodies, answers, questions and source entries are Markdown
  // (escape_markdown()); the title and reviewer are plain text.
  Article article;
  std::string first_paragraph;  // plain text of the first paragraph, for a description
  std::string breadcrumb;       // the breadcrumb line as written; empty when there is none
  int breadcrumb_line = 0;
  std::optional<size_t> category;          // the category the breadcrumb names, when one does
  TextLayout layout = TextLayout::spaced;  // as detected, or as asked
};

// Parses `text` (as decode_import_text() returns it). Kickers, headings, the
// FAQ and sources headings are recognised from config.article_template,
// ignoring case, punctuation and quote style; the breadcrumb from
// `categories` (parents indexing into the same span).
//
// Reports, at the line concerned: missing-title, unexpected-text (text where
// the layout has none), unknown-section (a kicker-and-heading pair, or a
// line close to a template heading, that the template does not know),
// duplicate-section, faq-text-outside-question, and every structural error
// of check_article_structure() (missing-section, section-order,
// empty-section, missing-faq, faq-without-answer, missing-sources).
// Returns nullopt when any error was reported: there is no partial article.
std::optional<PlainTextArticle> parse_plain_text_article(std::string_view text,
                                                         const std::string& display_path,
                                                         const SiteConfig& config,
                                                         std::span<const Category> categories,
                                                         Diagnostics& diagnostics,
                                                         TextLayout layout = TextLayout::automatic);

// Parses the date of a "Last reviewed" line: "2025-06-02", "2 June 2025",
// "June 2, 2025" (month names in English, any case).
std::optional<Date> parse_review_date(std::string_view text);

}  // namespace mwp
