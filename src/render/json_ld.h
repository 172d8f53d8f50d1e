// Schema.org structured data for article pages, as JSON-LD.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

#include "render/render_context.h"

namespace mwp {

// The MedicalWebPage describing article `article`: lastReviewed, reviewedBy
// (Organization with the editorial page's URL), breadcrumb (BreadcrumbList),
// about (keywords, else the category), and mainEntity: an Article with
// headline, description, dates, author and publisher (the site as an
// Organization) and citation[] (one ScholarlyArticle, Book, Chapter, Report
// or WebPage per reference, DOI as sameAs https://doi.org/...).
nlohmann::json medical_web_page_json_ld(const RenderContext& context, size_t article);

// The FAQPage of the article's questions, answers as plain text. Null when
// the article has no FAQ.
nlohmann::json faq_page_json_ld(const RenderContext& context, size_t article);

// `data` as a complete <script type="application/ld+json"> element, safe to
// embed: no string inside can close the element.
std::string json_ld_script(const nlohmann::json& data);

}  // namespace mwp
