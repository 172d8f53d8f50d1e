#include "pipeline/live_site.h"

#include <algorithm>
#include <set>

#include "checks/article_checks.h"
#include "cite/citation_resolver.h"
#include "content/article_parser.h"
#include "content/source_file.h"
#include "pipeline/stage_timer.h"
#include "render/site_renderer.h"
#include "search/index_update.h"
#include "search/index_writer.h"
#include "write/file_update.h"

namespace mwp {
namespace fs = std::filesystem;
namespace {

// Whether `edited` (resolved on its own) cites the same works, in the same
// order, as `old` (resolved and unified with the whole site). A reference
// written as APA text has no id until unify_cited_works() unifies the site.
bool same_works(const Article& edited, const Article& old) {
  if (edited.references.size() != old.references.size()) return false;
  for (size_t i = 0; i < edited.references.size(); ++i) {
    const Reference& x = edited.references[i];
    const Reference& y = old.references[i];
    if ((!x.id.empty() && x.id != y.id) || x.doi != y.doi || x.title != y.title ||
        x.year != y.year || x.year_suffix != y.year_suffix ||
        x.authors.size() != y.authors.size()) {
      return false;
    }
    for (size_t n = 0; n < x.authors.size(); ++n) {
      if (x.authors[n].family != y.authors[n].family) return false;
    }
  }
  return true;
}

// Gives `edited` the site-unified fields of its works, as unify_cited_works()
// would: every article citing a work carries identical Reference fields.
void adopt_unified_references(Article& edited, const Article& old) {
  for (size_t i = 0; i < edited.references.size(); ++i) {
    const int line = edited.references[i].source_line;
    edited.references[i] = old.references[i];
    edited.references[i].source_line = line;
  }
}

// What other pages show of an article: lists and "related" entries.
bool listing_changed(const Article& a, const Article& b) {
  return a.title != b.title || a.description != b.description || a.reviewed != b.reviewed ||
         a.modified != b.modified;
}

// Whether `article` is among the first related_articles + 1 entries of its
// category or its top-level category, where "related" lists pick from.
bool shown_as_related(const Site& site, size_t article, const std::vector<size_t>& under_top) {
  const size_t shown = static_cast<size_t>(std::max(0, site.config.related_articles)) + 1;
  const auto& own = site.categories[site.articles[article].category].articles;
  auto in_first = [&](const std::vector<size_t>& list) {
    const size_t n = std::min(shown, list.size());
    return std::find(list.begin(), list.begin() + static_cast<long>(n), article) !=
           list.begin() + static_cast<long>(n);
  };
  return in_first(own) || in_first(under_top);
}

void sort_category(Site& site, size_t category) {
  auto& list = site.categories[category].articles;
  std::sort(list.begin(), list.end());  // load order (by URL), then stable by review date
  std::stable_sort(list.begin(), list.end(), [&site](size_t a, size_t b) {
    return site.articles[a].reviewed > site.articles[b].reviewed;
  });
}

// A file that is gone and can't have been an input of the build: an
// editor's or tool's temporary file from a save through rename ("sedX1b2c3").
bool is_vanished_scratch_file(const fs::path& site_dir, const std::string& relative) {
  std::error_code error;
  if (fs::exists(site_dir / relative, error)) return false;
  const fs::path path(relative);
  const fs::path ext = path.extension();
  const bool input_kind = ext == ".md" || ext == ".yaml" || ext == ".yml" || ext == ".json";
  return !input_kind && path.begin() != path.end() && *path.begin() != "theme";
}

}  // namespace

LiveSite::LiveSite(BuildOptions options) : options_(std::move(options)) {}

BuildReport LiveSite::build() {
  context_.reset();
  site_.reset();
  theme_.reset();
  BuildResult result = build_site_keeping_model(options_);
  if (result.report.ok()) {
    site_ = std::move(result.site);
    theme_ = std::move(result.theme);
    context_.emplace(*site_, *theme_, RenderOptions{options_.drafts, options_.jobs, {}});
  }
  return std::move(result.report);
}

std::optional<LiveSite::Edit> LiveSite::reparse(const std::string& relative,
                                                Diagnostics& diagnostics) const {
  const fs::path path = options_.site_dir / relative;
  if (path.extension() != ".md" || path.filename() == "_index.md") return std::nullopt;
  const std::string display = path.lexically_normal().string();
  const auto& articles = site_->articles;
  const auto old = std::find_if(articles.begin(), articles.end(),
                                [&](const Article& a) { return a.display_path == display; });
  if (old == articles.end()) return std::nullopt;
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return std::nullopt;  // deleted or renamed
  // The article's own diagnostics, reported only when this edit is applied
  // or cannot be read at all: a full build reports the others anew.
  Diagnostics found;
  auto text = read_source_file(path, display, found);
  std::optional<Article> article =
      text ? parse_article(*text, display, site_->config, found) : std::nullopt;
  if (!article) {
    diagnostics.merge(std::move(found));
    return std::nullopt;
  }
  article->source_path = old->source_path;
  if (article->slug.empty()) article->slug = path.stem().string();
  article->category = old->category;
  article->url = site_->categories[old->category].url + article->slug + "/";
  if (article->url != old->url || article->draft != old->draft ||
      article->aliases != old->aliases) {
    return std::nullopt;
  }
  const ArticleText article_text = ArticleText::held(*article);
  resolve_article_citations(*article, article_text, site_->bibliography, found);
  if (!same_works(*article, *old)) return std::nullopt;
  adopt_unified_references(*article, *old);
  check_article_structure(article_text, site_->config.article_template, found);
  if (article->draft) found.demote_errors([](const Diagnostic&) { return true; });
  diagnostics.merge(std::move(found));
  return Edit{static_cast<size_t>(old - articles.begin()), std::move(*article)};
}

BuildReport LiveSite::rebuild(const std::vector<std::string>& changed) {
  if (!context_ || changed.empty()) return build();
  BuildReport report;
  std::vector<Edit> edits;
  {
    StageTimer timer(&report.stages, "load");
    for (const std::string& relative : changed) {
      if (is_vanished_scratch_file(options_.site_dir, relative)) continue;
      std::optional<Edit> edit = reparse(relative, report.diagnostics);
      if (!edit && !report.diagnostics.has_errors()) return build();
      if (!edit) {
        context_.reset();  // as below: the next change rebuilds (and re-reports) everything
        return report;
      }
      edits.push_back(std::move(*edit));
    }
  }
  if (edits.empty()) return build();
  report.diagnostics.sort();
  if (report.diagnostics.has_errors()) {
    context_.reset();  // the files on disk no longer match the model: build all next time
    return report;
  }
  apply(edits, report);
  if (!report.ok()) context_.reset();
  return report;
}

void LiveSite::apply(std::vector<Edit>& edits, BuildReport& report) {
  Site& site = *site_;
  PageSelection selection;
  for (Edit& edit : edits) {
    const size_t a = edit.index;
    const size_t top = site.category_chain(site.articles[a].category).front();
    const bool listed = listing_changed(site.articles[a], edit.article);
    const bool related_before = listed && shown_as_related(site, a, context_->articles_under(top));
    const bool retitled = site.articles[a].title != edit.article.title;
    const bool reorder = site.articles[a].reviewed != edit.article.reviewed;
    site.articles[a] = std::move(edit.article);
    if (reorder) sort_category(site, site.articles[a].category);
    if (reorder || retitled) context_->refresh_order();
    selection.articles.insert(a);
    if (retitled) selection.redirects_of.insert(a);
    if (!listed) continue;
    // Every page that lists the article: its categories, the pages of the
    // works it cites, the home page, the sitemap and the feed, and the
    // articles that may show it as related.
    for (size_t c : site.category_chain(site.articles[a].category)) selection.categories.insert(c);
    for (size_t r = 0; r < site.articles[a].references.size(); ++r) {
      if (auto work = context_->work_of(a, r)) selection.works.insert(*work);
    }
    selection.home = true;
    selection.sitemap_and_feed = true;
    const std::vector<size_t>& under_top = context_->articles_under(top);
    if (related_before || shown_as_related(site, a, under_top)) {
      selection.articles.insert(under_top.begin(), under_top.end());
    }
  }
  {
    StageTimer timer(&report.stages, "render");
    const RenderedFiles written =
        render_selected_pages(*context_, selection, options_.out_dir, report.diagnostics);
    report.files_written = written.files;
    report.bytes_written = written.bytes;
  }
  report.stages.push_back({"incremental", {}});
  if (!report.ok() || !options_.search_index) return;
  StageTimer timer(&report.stages, "index");
  std::vector<size_t> changed;
  for (const Edit& edit : edits) changed.push_back(edit.index);
  update_search_index(site, changed, search_index_dir(options_.out_dir), report.diagnostics);
}

}  // namespace mwp
