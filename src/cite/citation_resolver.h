// The evidence check: every piece of research named in an article's prose is
// in its reference list, and every reference is cited.
#pragma once

#include "diag/diagnostic.h"
#include "model/article_text.h"
#include "model/site.h"

namespace mwp {

// Parses the sources list of `article` (APA strings, and [@key] entries
// resolved against `bibliography`) into Article::references, finds the
// citations in its section and FAQ Markdown, which it reads through `text`
// (see docs/citations.md for the recognised forms), and records them in
// Article::citations, appending references for [@key] citations absent from
// the list. Bad input becomes diagnostics at the article's display_path
// (codes in docs/citations.md); never throws. The pipeline runs it for each
// article as it loads, and then unify_cited_works() (cite/cited_works.h)
// gives the same work the same fields in every article.
// Requires: `text` is `article`'s (&text.article() == &article).
void resolve_article_citations(Article& article, const ArticleText& text,
                               const std::vector<Reference>& bibliography,
                               Diagnostics& diagnostics);

}  // namespace mwp
