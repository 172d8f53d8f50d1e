// What every page renderer shares: the site, its theme, data derived once
// per build (cited works, visible articles) and the context common to every
// page template (site, navigation, head metadata).
#pragma once

#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cite/cited_works.h"
#include "model/site.h"
#include "render/markdown.h"
#include "render/theme.h"

namespace mwp {

struct RenderOptions {
  bool drafts = false;  // render articles and pages marked `draft`
  unsigned jobs = 0;    // worker threads for article pages; 0 = one per core
  // Called now and then with how many of `total` files are rendered, from
  // any worker thread (optional).
  std::function<void(size_t done, size_t total)> progress = nullptr;
};

struct Breadcrumb {
  std::string name;
  std::string url;  // site path
};

// The <head> of one page and where it sits in the site.
struct PageMeta {
  std::string title{};  // without the site name; empty on the home page
  std::string description{};
  std::string url{};  // site path: "/men-women/"
  std::string og_type = "website";
  std::vector<std::string> json_ld{};     // complete <script type="application/ld+json"> elements
  std::vector<Breadcrumb> breadcrumbs{};  // from the home page down, excluding this page
  std::optional<size_t> top_category{};   // marks its navigation entry active
  bool noindex = false;
};

class RenderContext {
 public:
  // Requires `site` and `theme` to outlive the context; cites resolved.
  RenderContext(const Site& site, const Theme& theme, RenderOptions options);

  const Site& site() const { return site_; }
  const Theme& theme() const { return theme_; }
  const RenderOptions& options() const { return options_; }
  const std::vector<CitedWork>& works() const { return works_; }

  // Index into works() of reference `reference` of article `article`.
  std::optional<size_t> work_of(size_t article, size_t reference) const;

  bool visible(const Article& article) const { return options_.drafts || !article.draft; }
  bool visible(const Page& page) const { return options_.drafts || !page.draft; }

  // The visible ones among `articles` (indices into Site::articles), in order.
  std::vector<size_t> visible_articles(const std::vector<size_t>& articles) const;

  // Every visible article of `category` and its descendants, newest review
  // first (then by title). Computed once per category.
  const std::vector<size_t>& articles_under(size_t category) const { return under_[category]; }

  // Recomputes articles_under() after articles' review dates or titles
  // changed in the site (an incremental rebuild); the set of articles and
  // their references must be the same.
  void refresh_order();

  // base_url joined with a site path: "https://example.org/men-women/".
  std::string absolute_url(std::string_view site_path) const;

  MarkdownOptions markdown_options() const;

  // The template context every page starts from:
  //   site {title, description, language, base_url, home_url, feed_url,
  //         search_url, sources_url, editorial_page, methodology_page, has_search,
  //         has_sources}
  //   page {title, full_title, og_title, description, url, canonical, og_type, json_ld[],
  //         noindex, is_home}
  //   breadcrumb[] {name, url, current}, has_breadcrumb
  //   nav[] {name, url, current, active}   top-level categories
  //   footer_pages[] {title, url}          visible standalone pages
  //   assets {css}
  nlohmann::json page_context(const PageMeta& meta) const;

 private:
  const Site& site_;
  const Theme& theme_;
  RenderOptions options_;
  std::vector<CitedWork> works_;
  // work_of(a, r) is work_index_[first_reference_[a] + r]; kNoWork when none.
  static constexpr size_t kNoWork = static_cast<size_t>(-1);
  std::vector<size_t> first_reference_;  // per article, then the total
  std::vector<size_t> work_index_;
  std::vector<std::vector<size_t>> under_;  // per category: articles_under()
};

// The file a site path is written to: "/a/b/" -> "a/b/index.html",
// "/old.html" -> "old.html", "/old" -> "old/index.html". Nullopt for paths that would leave the
// output folder or are not absolute ("..", "//", empty segments, no leading '/').
std::optional<std::string> output_file_for(std::string_view site_path);

// Children of `category` (or the top-level categories when nullopt), by
// weight then name.
std::vector<size_t> ordered_children(const Site& site, std::optional<size_t> category);

// A site path for use in href: percent-encoded (text/escape.h url_encode_path).
std::string href(std::string_view site_path);

}  // namespace mwp
