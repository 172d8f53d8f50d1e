// Parsing an article's Markdown source into the model.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "model/site.h"

namespace mwp {

// Parses one article. Requires `text` normalised by read_source_file().
//
// Reads the front matter (title, description, date, reviewed, lastmod,
// reviewed_by, draft, slug, aliases, keywords, headings) and splits the body
// at its level-2 headings into the template's sections, the FAQ (one
// question per level-3 heading) and the sources list (one entry per list
// item or plain line). Section bodies keep their exact source lines so that
// offsets map back to line:col.
//
// Reports: yaml-syntax, field-type, missing-field, bad-date, invalid-slug,
// unknown-field (warning), unknown-section (a heading the template does not
// know, or an override for an unknown section id), duplicate-section,
// unexpected-heading (a level-1 heading), text-outside-section and
// faq-text-outside-question. Structural completeness (missing, empty or
// out-of-order sections) is checked later by checks/. Returns nullopt only
// when the front matter cannot be read at all. `url` and `category` are left
// for the site loader to fill.
std::optional<Article> parse_article(std::string_view text, const std::string& display_path,
                                     const SiteConfig& config, Diagnostics& diagnostics);

// A slug is lower-case ASCII letters, digits and single hyphens.
bool is_valid_slug(std::string_view slug);

}  // namespace mwp
