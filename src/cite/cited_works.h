// Every distinct work cited across the site, for the /sources/<key>/ pages.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/site.h"

namespace mwp {

struct CitedWork {
  Reference reference;
  std::string key;               // URL-safe: bibliography id, else "gross2003", "gross2003a"
  std::vector<size_t> articles;  // indices into Site::articles, ascending, no repeats
};

// The site-wide step of citing, once each article is resolved on its own
// (resolve_article_citations(), cite/citation_resolver.h): gives every reference to one work the
// same fields, and an id to each work the bibliography does not hold. Reads no Markdown.
void unify_cited_works(Site& site);

// Requires unify_cited_works() to have run. Promises: each work (same DOI,
// else same authors + year + title) once; keys unique and stable for the
// same set of works; sorted by first author family name (case- and
// accent-insensitive), then year, then title.
std::vector<CitedWork> collect_cited_works(const Site& site);

}  // namespace mwp
