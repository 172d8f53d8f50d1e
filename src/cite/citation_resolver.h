// The evidence check: every piece of research named in an article's prose is
// in its reference list, and every reference is cited.
#pragma once

#include "diag/diagnostic.h"
#include "model/site.h"

namespace mwp {

// For every article of `site`: parses its sources list (APA strings and
// [@key] entries resolved against site.bibliography) into
// Article::references, finds the citations in its section and FAQ Markdown
// (see docs/citations.md for the recognised forms) and records them in
// Article::citations, appending references for [@key] citations absent from
// the list. The same work (same DOI, else same authors + year + title) gets
// identical Reference fields in every article. Bad input becomes diagnostics
// at the article's display_path (codes in docs/citations.md); never throws.
// Articles are resolved in parallel; diagnostics come in article order and
// the output is deterministic.
void resolve_citations(Site& site, Diagnostics& diagnostics);

// The same for one article (what resolve_citations() runs per article, in
// parallel, before unify_cited_works() in cite/cited_works.h).
void resolve_article_citations(Article& article, const std::vector<Reference>& bibliography,
                               Diagnostics& diagnostics);

}  // namespace mwp
