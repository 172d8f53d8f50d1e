// sitemap.xml (sitemaps.org 0.9) and the robots.txt that points to it.
#pragma once

#include <string>

#include "render/render_context.h"

namespace mwp {

// Every indexable page: home, categories, visible articles and standalone
// pages, the sources pages; absolute URLs, <lastmod> where a date is known.
// Promises well-formed XML with every value escaped.
std::string render_sitemap(const RenderContext& context);

// Allows everything and names the sitemap's absolute URL.
std::string render_robots_txt(const RenderContext& context);

}  // namespace mwp
