// A built site kept in memory between builds, for live preview: after an
// article is saved, only that article is parsed, checked and indexed again,
// and only the pages that show it are rendered again.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/site.h"
#include "pipeline/site_build.h"
#include "render/render_context.h"
#include "render/theme.h"

namespace mwp {

class LiveSite {
 public:
  explicit LiveSite(BuildOptions options);

  // A full build_site(). On success keeps the checked site and the theme for
  // rebuild(); on failure the next rebuild() is a full build again.
  BuildReport build();

  // After the files `changed` (paths relative to the site folder) changed on
  // disk. When each is an article already in the site that keeps its URL,
  // category, draft state, aliases and references, re-parses, re-checks and
  // re-indexes those articles only, and re-renders their pages, the pages
  // that list articles (home, categories, sources, sitemap, feed) and, when a
  // title, description or review date changed, the articles that may show it
  // as related. Files whose content is unchanged are not rewritten; each
  // written file is replaced atomically. Files that no longer exist and
  // cannot have been inputs (an editor's temporary file, saved through a
  // rename) are ignored. Anything else is a full build().
  // On errors nothing is written and the report says why.
  // report.stages holds "incremental" when the fast path was taken.
  BuildReport rebuild(const std::vector<std::string>& changed);

 private:
  struct Edit {
    size_t index = 0;  // into Site::articles
    Article article;   // the new version, citations resolved
  };

  // The new version of the article at `relative`, or nullopt when this
  // change needs a full build. Errors go to `diagnostics`.
  std::optional<Edit> reparse(const std::string& relative, Diagnostics& diagnostics) const;
  void apply(std::vector<Edit>& edits, BuildReport& report);

  BuildOptions options_;
  std::optional<Site> site_;  // the last good site; empty until a build succeeds
  std::optional<Theme> theme_;
  std::optional<RenderContext> context_;  // over site_ and theme_
};

}  // namespace mwp
