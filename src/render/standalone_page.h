// Standalone Markdown pages (research methodology, editorial team, about).
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "diag/diagnostic.h"
#include "render/render_context.h"

namespace mwp {

// page_context() plus content {title, html, modified, modified_iso}.
nlohmann::json standalone_page_context(const RenderContext& context, size_t page);
std::optional<std::string> render_standalone_page(const RenderContext& context, size_t page,
                                                  Diagnostics& diagnostics);

}  // namespace mwp
