// Schema.org structured data for article pages, as JSON-LD.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "model/article_text.h"
#include "render/render_context.h"

namespace mwp {

// The MedicalWebPage describing article `article`: lastReviewed, reviewedBy
// (Organization with the editorial page's URL), breadcrumb (BreadcrumbList),
// about (keywords, else the category), and mainEntity: an Article with
// headline, description, dates, author and publisher (the site as an
// Organization) and citation[] (one ScholarlyArticle, Book, Chapter, Report
// or WebPage per reference, DOI as sameAs https://doi.org/...). As compact
// JSON text, keys sorted as nlohmann::json::dump() sorts them, safe inside
// a <script> element (render/json_writer.h).
std::string medical_web_page_json_ld(const RenderContext& context, size_t article);

// The FAQPage of the article's questions, answers as plain text; JSON text
// as above. Nullopt when the article has no FAQ. Requires: `text` is
// the article's (model/article_text.h).
std::optional<std::string> faq_page_json_ld(const RenderContext& context, size_t article,
                                            const ArticleText& text);

// `json_text`, as the functions above return it, as a complete
// <script type="application/ld+json"> element.
std::string json_ld_script(std::string_view json_text);

}  // namespace mwp
