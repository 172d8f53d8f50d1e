// One page per category and subcategory.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "diag/diagnostic.h"
#include "render/render_context.h"

namespace mwp {

// page_context() plus category {name, description, url, intro_html},
// subcategories[] (category_summary), has_subcategories, articles[] (its
// own articles), has_articles.
nlohmann::json category_page_context(const RenderContext& context, size_t category);
std::optional<std::string> render_category_page(const RenderContext& context, size_t category,
                                                Diagnostics& diagnostics);

}  // namespace mwp
