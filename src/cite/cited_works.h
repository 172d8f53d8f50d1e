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

// The site-wide step of resolve_citations(), for articles resolved one by one:
// gives every reference to one work the same fields, and an id to each work
// the bibliography does not hold. Reads no Markdown.
void unify_cited_works(Site& site);

// Requires resolve_citations() to have run. Promises: each work (same DOI,
// else same authors + year + title) once; keys unique and stable for the
// same set of works; sorted by first author family name (case- and
// accent-insensitive), then year, then title.
std::vector<CitedWork> collect_cited_works(const Site& site);

}  // namespace mwp
