// The /search/ page: the static shell written at build time, and the bundle
// the server renders /search/?q= from when JavaScript is off.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "diag/diagnostic.h"
#include "render/render_context.h"

namespace mwp {

// The theme's optional "search" template with page_context() plus
// search {query: "", results: [], has_results: false}. Nullopt without a
// diagnostic when the theme has no search template.
std::optional<std::string> render_search_page(const RenderContext& context,
                                              Diagnostics& diagnostics);

// Everything needed to render /search/ again without the site or its theme
// folder, as JSON text:
//   {"format": 1, "context": page_context() of /search/,
//    "templates": {"search": source}, "partials": {name: source}}
// The server merges {"search": search_template_context(...)} into "context"
// and renders "search" with the partials. Nullopt when the theme has no
// search template.
std::optional<std::string> search_page_bundle(const RenderContext& context);

}  // namespace mwp
