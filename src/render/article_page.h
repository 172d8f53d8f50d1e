// The article page: breadcrumb, title, review line, table of contents, the
// template's sections (kicker above heading), FAQ, numbered sources with
// back-links, related articles, and JSON-LD.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "diag/diagnostic.h"
#include "model/article_text.h"
#include "render/render_context.h"

namespace mwp {

// The template context of article `article` (page_context() plus
//   article {title, description, url, published, published_iso, reviewed,
//            reviewed_iso, modified, modified_iso, reviewed_by, keywords}
//   toc[] {id, title}
//   sections[] {id, heading_id, kicker, heading, html}
//   faq {id, heading, items[] {id, question, html}}, has_faq
//   sources {id, heading, note_html, before_html, after_html (the writer's
//   notes above and below the list), items[] {number, id, html, work_url,
//            has_work_url, backlinks[] {href, label, text}}}, has_sources
//   related[] {title, url, description}, has_related).
// Requires: `text` is the article's (model/article_text.h).
nlohmann::json article_page_context(const RenderContext& context, size_t article,
                                    const ArticleText& text);

// Renders the page with the theme's "article" template. Requires `article`
// < site.articles.size(). Nullopt (with a diagnostic) when the article's text
// cannot be read again (read_article_text()) or the template fails.
std::optional<std::string> render_article_page(const RenderContext& context, size_t article,
                                               Diagnostics& diagnostics);

}  // namespace mwp
