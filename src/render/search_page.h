// The /search/ page shell (the search stage supplies its template and script).
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

}  // namespace mwp
