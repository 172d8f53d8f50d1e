// Loading a whole site folder into the model.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>

#include "diag/diagnostic.h"
#include "model/article_text.h"
#include "model/site.h"

namespace mwp {

// Loads `site_dir`: site.yaml, then content/ (categories from folders with an
// _index.md, articles in them, standalone pages at the top, content/_index.md
// for the home page). Articles are parsed on `jobs` threads (0 = all cores).
//
// Promises: categories are ordered parents first, siblings by weight then
// name; articles and pages are sorted by URL; Category::articles lists each
// category's articles newest review first. Drafts are left out unless
// `drafts`, with every diagnostic of theirs: a draft that is left out never
// fails a build. The bibliography is not read here.
//
// Reports config errors, content-missing, unknown-category (an article in a
// folder without an _index.md), and every parser diagnostic. Returns nullopt
// when the config or the content folder cannot be read; otherwise the site
// with whatever could be parsed.
std::optional<Site> load_site_content(const std::filesystem::path& site_dir, bool drafts,
                                      Diagnostics& diagnostics, unsigned jobs = 0);

// What load_site_content() does besides reading.
struct ContentLoadOptions {
  bool drafts = false;  // keep draft articles and pages
  unsigned jobs = 0;    // threads parsing articles; 0 = one per core
  // Called once for each article the site will hold (not for drafts left
  // out, nor for one outside any category), on the thread that parsed it,
  // with the article's text. May change the article; its diagnostics go to
  // the Diagnostics given, which are merged in file order.
  std::function<void(const SiteConfig&, Article&, const ArticleText&, Diagnostics&)> on_article;
  // Release each article's Markdown after on_article (release_article_text(),
  // content/released_text.h), so that a large site's text is never all in
  // memory at once.
  bool release_text = false;
};

// load_site_content() with `options`.
std::optional<Site> load_site_content(const std::filesystem::path& site_dir,
                                      const ContentLoadOptions& options, Diagnostics& diagnostics);

}  // namespace mwp
