// The small HTML page written at an old URL (an alias) to send readers and
// crawlers to the page's current address.
#pragma once

#include <string>
#include <string_view>

#include "render/render_context.h"

namespace mwp {

// A complete HTML5 document with <link rel="canonical"> and
// <meta http-equiv="refresh" content="0; url=..."> to the absolute URL of
// `target_path`, noindex, and a visible link titled `title`. Escaped.
std::string render_redirect_page(const RenderContext& context, std::string_view target_path,
                                 std::string_view title);

}  // namespace mwp
