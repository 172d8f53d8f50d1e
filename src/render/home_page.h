// The home page: introduction, categories, latest reviewed articles.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "diag/diagnostic.h"
#include "render/render_context.h"

namespace mwp {

// page_context() plus intro_html, categories[] (category_summary of each
// top-level category, with subcategories[]), latest[] (article summaries,
// newest review first), has_latest.
nlohmann::json home_page_context(const RenderContext& context);
std::optional<std::string> render_home_page(const RenderContext& context, Diagnostics& diagnostics);

}  // namespace mwp
