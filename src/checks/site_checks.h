// Checks that span the whole site.
#pragma once

#include "diag/diagnostic.h"
#include "model/site.h"

namespace mwp {

// Site paths the renderer writes itself; no content may claim them.
inline constexpr const char* kReservedPaths[] = {"/",           "/sources/",    "/search/",
                                                 "/404.html",   "/sitemap.xml", "/feed.xml",
                                                 "/robots.txt", "/assets/"};

// Reports duplicate-url (two pages, articles, categories or aliases with one
// URL, or one that claims a reserved path) and missing-page (the configured
// editorial or methodology page does not exist). Each article's own structure
// is check_article_structure()'s, which the pipeline runs as it loads.
void check_site(const Site& site, Diagnostics& diagnostics);

// Turns every error reported at a draft article or page into a warning: a
// draft may lack what a published article needs, and never fails a build.
// The same problems are errors once the draft is published.
void demote_draft_errors(const Site& site, Diagnostics& diagnostics);

}  // namespace mwp
