// The render stage's entry point: every page and feed of a checked site,
// plus the theme's static assets, into an OutputTree.
#pragma once

#include <cstdint>
#include <filesystem>
#include <set>

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

// Which pages render_selected_pages() renders again (indices into
// Site::articles, Site::categories and RenderContext::works()).
struct PageSelection {
  std::set<size_t> articles;
  std::set<size_t> categories;
  std::set<size_t> works;         // their /sources/<work>/ pages
  std::set<size_t> redirects_of;  // articles whose alias redirect pages to render
  bool home = false;
  bool sitemap_and_feed = false;
};

struct RenderedFiles {
  size_t files = 0;  // files whose content changed and were replaced
  uint64_t bytes = 0;
};

// Renders the pages `selection` names, exactly as render_site() would, into
// the live folder `out_dir`: each file is replaced atomically, and only when
// its content changed. Writes no static assets and removes nothing.
// Requires that render_site() built `out_dir` from the same site, URLs and
// works.
RenderedFiles render_selected_pages(const RenderContext& context, const PageSelection& selection,
                                    const std::filesystem::path& out_dir, Diagnostics& diagnostics);

// The same over a context the caller made (and may use after, for the
// search page bundle).
void render_site(const RenderContext& context, OutputTree& out, Diagnostics& diagnostics);

// The same with default options (no drafts, one thread per core).
void render_site(const Site& site, const Theme& theme, OutputTree& out, Diagnostics& diagnostics);

}  // namespace mwp
