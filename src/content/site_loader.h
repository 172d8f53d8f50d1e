// Loading a whole site folder into the model.
#pragma once

#include <filesystem>
#include <optional>

#include "diag/diagnostic.h"
#include "model/site.h"

namespace mwp {

// Loads `site_dir`: site.yaml, then content/ (categories from folders with an
// _index.md, articles in them, standalone pages at the top, content/_index.md
// for the home page). Articles are parsed on `jobs` threads (0 = all cores).
//
// Promises: categories are ordered parents first, siblings by weight then
// name; articles and pages are sorted by URL; Category::articles lists each
// category's articles newest review first. Drafts are parsed and checked but
// left out unless `drafts`. The bibliography is not read here.
//
// Reports config errors, content-missing, unknown-category (an article in a
// folder without an _index.md), and every parser diagnostic. Returns nullopt
// when the config or the content folder cannot be read; otherwise the site
// with whatever could be parsed.
std::optional<Site> load_site_content(const std::filesystem::path& site_dir, bool drafts,
                                      Diagnostics& diagnostics, unsigned jobs = 0);

}  // namespace mwp
