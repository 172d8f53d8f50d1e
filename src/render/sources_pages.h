// The bibliography pages: /sources/<key>/ for each cited work and /sources/
// listing them all by first author.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "diag/diagnostic.h"
#include "render/render_context.h"

namespace mwp {

// page_context() plus work {key, html (APA entry), in_text ("Gross & John,
// 2003"), doi_url, has_doi, articles[] (summaries of the visible articles
// citing it), article_count, cited_label ("Cited in 2 articles")}.
nlohmann::json source_page_context(const RenderContext& context, size_t work);
std::optional<std::string> render_source_page(const RenderContext& context, size_t work,
                                              Diagnostics& diagnostics);

// page_context() plus groups[] {letter, id, works[] {html, url, article_count,
// cited_label}}
// grouped by the first letter of the first author (works() order), letters[].
nlohmann::json sources_index_context(const RenderContext& context);
std::optional<std::string> render_sources_index(const RenderContext& context,
                                                Diagnostics& diagnostics);

// The site path of a work's page: "/sources/gross2003/".
std::string work_url(const CitedWork& work);

}  // namespace mwp
