// Writing an article of the model as the Markdown source authors edit.
#pragma once

#include <string>

#include "model/article_text.h"
#include "model/site.h"

namespace mwp {

// Returns the Markdown source of `article` as docs/authoring.md describes it,
// such that parse_article() reads back the same title, description, dates,
// reviewer, sections, FAQ and sources.
//
// Front matter: title and description (always), date and reviewed (when
// set), lastmod (when it differs from reviewed), reviewed_by (when not the
// site's editorial team), slug, draft, aliases, keywords, headings (each
// section heading that differs from the template's default) and sources_note.
// Body: a level-2 heading per section written as its template kicker, in the
// article's order (every template section, with empty bodies, when the
// article has none), the FAQ heading with a level-3 heading per question,
// then the sources heading and a numbered list. Section bodies, answers,
// questions and source entries are written as they are (Markdown).
std::string write_article_markdown(const ArticleText& text, const SiteConfig& config);

// `text` as a YAML double-quoted scalar.
std::string yaml_quote(std::string_view text);

}  // namespace mwp
