// The 404 page, written to /404.html.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "diag/diagnostic.h"
#include "render/render_context.h"

namespace mwp {

// The "404" template with page_context() (noindex) plus categories[]
// ({name, url} of the top-level categories), has_categories.
std::optional<std::string> render_not_found_page(const RenderContext& context,
                                                 Diagnostics& diagnostics);

}  // namespace mwp
