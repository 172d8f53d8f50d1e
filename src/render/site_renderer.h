// The render stage's entry point: every page and feed of a checked site,
// plus the theme's static assets, into an OutputTree.
#pragma once

#include "diag/diagnostic.h"
#include "model/site.h"
#include "render/render_context.h"
#include "render/theme.h"
#include "write/output_tree.h"

namespace mwp {

// Writes, for the visible articles and pages (drafts only with options.drafts):
//   <article url>index.html, <category url>index.html, index.html,
//   <page url>index.html, 404.html, search/index.html (when the theme has a
//   "search" template), sources/index.html and sources/<key>/index.html,
//   sitemap.xml, feed.xml, robots.txt, one redirect page per alias, and the
//   theme's static/ folder as assets/.
// Article pages render on options.jobs threads. Requires citations resolved
// (cite/). Problems become diagnostics: output-path-invalid (a URL that
// cannot be a file), output-path-conflict (two pages or aliases on one
// path), render-failed, and the theme's own codes.
void render_site(const Site& site, const Theme& theme, const RenderOptions& options,
                 OutputTree& out, Diagnostics& diagnostics);

// The same with default options (no drafts, one thread per core).
void render_site(const Site& site, const Theme& theme, OutputTree& out, Diagnostics& diagnostics);

}  // namespace mwp
