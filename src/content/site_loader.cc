#include "content/site_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <type_traits>

#include "content/article_parser.h"
#include "content/page_parser.h"
#include "content/released_text.h"
#include "content/site_config.h"
#include "content/source_file.h"
#include "exec/parallel_for.h"

namespace mwp {
namespace fs = std::filesystem;
namespace {

// Growing and sorting the article list moves articles; a throwing move would copy them.
static_assert(std::is_nothrow_move_constructible_v<Article>);

struct ContentFiles {
  std::vector<fs::path> category_dirs;  // relative to content/, sorted, parents first
  std::vector<fs::path> articles;       // relative to content/
  std::vector<fs::path> pages;
  bool home_index = false;
};

ContentFiles scan_content(const fs::path& content_dir) {
  ContentFiles files;
  std::vector<fs::path> markdown;
  for (auto it = fs::recursive_directory_iterator(content_dir); it != fs::end(it); ++it) {
    if (!it->is_regular_file() || it->path().extension() != ".md") continue;
    // The iterator's paths are content_dir / ..., so no file system lookups
    // are needed to make them relative.
    markdown.push_back(it->path().lexically_relative(content_dir));
  }
  std::sort(markdown.begin(), markdown.end());
  for (auto& rel : markdown) {
    const bool index = rel.filename() == "_index.md";
    const bool top = !rel.has_parent_path() || rel.parent_path().empty();
    if (index && top) {
      files.home_index = true;
    } else if (index) {
      files.category_dirs.push_back(rel.parent_path());
    } else if (top) {
      files.pages.push_back(rel);
    } else {
      files.articles.push_back(rel);
    }
  }
  return files;
}

class SiteLoader {
 public:
  SiteLoader(Site& site, fs::path site_dir, Diagnostics& d)
      : site_(site), content_dir_(site_dir / "content"), site_dir_(std::move(site_dir)), d_(d) {}

  std::string display(const fs::path& rel) const {
    return (site_dir_ / "content" / rel).lexically_normal().string();
  }

  void load_categories(const std::vector<fs::path>& dirs) {
    for (const auto& dir : dirs) {
      const std::string path = display(dir / "_index.md");
      auto text = read_source_file(content_dir_ / dir / "_index.md", path, d_);
      if (!text) continue;
      auto category = parse_category_index(*text, path, d_);
      if (!category) continue;
      category->slug = dir.filename().string();
      category->path = dir.generic_string();
      category->url = "/" + category->path + "/";
      if (dir.has_parent_path() && !dir.parent_path().empty()) {
        const auto parent = by_dir_.find(dir.parent_path().generic_string());
        if (parent == by_dir_.end()) {
          d_.error(path, 0, 0, "unknown-category",
                   fmt::format("folder '{}' has no _index.md, so this category has no parent",
                               dir.parent_path().generic_string()));
          continue;
        }
        category->parent = parent->second;
      }
      by_dir_[category->path] = site_.categories.size();
      site_.categories.push_back(std::move(*category));
    }
    for (size_t i = 0; i < site_.categories.size(); ++i) {
      if (auto parent = site_.categories[i].parent) site_.categories[*parent].children.push_back(i);
    }
    for (auto& c : site_.categories) {
      std::sort(c.children.begin(), c.children.end(), [&](size_t a, size_t b) {
        const auto& x = site_.categories[a];
        const auto& y = site_.categories[b];
        return std::tie(x.weight, x.name) < std::tie(y.weight, y.name);
      });
    }
  }

  void load_articles(const std::vector<fs::path>& files, const ContentLoadOptions& options) {
    std::vector<std::optional<Article>> parsed(files.size());
    std::vector<Diagnostics> diags(files.size());
    std::vector<fs::path> absolute;
    absolute.reserve(files.size());
    for (const fs::path& file : files) absolute.push_back(content_dir_ / file);
    const SourcePrefetch prefetch(std::move(absolute));
    parallel_for(files.size(), options.jobs, [&](size_t i) {
      thread_local std::string buffer;  // one allocation per thread, not per file
      const std::string path = display(files[i]);
      const auto text = read_source_file(content_dir_ / files[i], path, diags[i], buffer);
      if (!text) return;
      parsed[i] = parse_article(*text, path, site_.config, diags[i]);
      if (!parsed[i]) return;
      Article& article = *parsed[i];
      if (article.draft && !options.drafts) {  // left out, and so is all it still lacks
        parsed[i].reset();
        diags[i] = Diagnostics();
        return;
      }
      article.source_path = content_dir_ / files[i];
      if (!will_place(files[i])) return;
      if (options.on_article) {
        options.on_article(site_.config, article, ArticleText::held(article), diags[i]);
      }
      if (options.release_text) release_article_text(article, *text);
    });
    site_.articles.reserve(files.size());
    for (size_t i = 0; i < files.size(); ++i) {
      d_.merge(std::move(diags[i]));
      if (parsed[i]) place_article(std::move(*parsed[i]), files[i]);
    }
    sort_articles_by_url();
    for (size_t i = 0; i < site_.articles.size(); ++i) {
      site_.categories[site_.articles[i].category].articles.push_back(i);
    }
    for (auto& c : site_.categories) {
      std::stable_sort(c.articles.begin(), c.articles.end(), [&](size_t a, size_t b) {
        return site_.articles[a].reviewed > site_.articles[b].reviewed;
      });
    }
  }

  // Sorts indices, then moves each article once: an Article is large.
  void sort_articles_by_url() {
    std::vector<size_t> order(site_.articles.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [this](size_t a, size_t b) {
      return site_.articles[a].url < site_.articles[b].url;
    });
    std::vector<Article> sorted;
    sorted.reserve(order.size());
    for (size_t i : order) sorted.push_back(std::move(site_.articles[i]));
    site_.articles = std::move(sorted);
  }

  void load_pages(const std::vector<fs::path>& files, bool drafts) {
    for (const auto& rel : files) {
      const std::string path = display(rel);
      auto text = read_source_file(content_dir_ / rel, path, d_);
      if (!text) continue;
      Diagnostics page_diagnostics;
      auto page = parse_page(*text, path, rel.stem().string(), page_diagnostics);
      if (page && page->draft && !drafts) continue;  // left out, with all it lacks
      d_.merge(std::move(page_diagnostics));
      if (!page) continue;
      page->source_path = content_dir_ / rel;
      site_.pages.push_back(std::move(*page));
    }
    std::sort(site_.pages.begin(), site_.pages.end(),
              [](const Page& a, const Page& b) { return a.url < b.url; });
  }

  void load_home(bool present) {
    if (!present) return;
    const std::string path = display("_index.md");
    auto text = read_source_file(content_dir_ / "_index.md", path, d_);
    if (!text) return;
    if (auto body = parse_home_index(*text, path, d_)) site_.home_intro = std::move(*body);
  }

 private:
  // Whether place_article() keeps the article at `rel` (thread-safe: only reads).
  bool will_place(const fs::path& rel) const {
    return by_dir_.count(rel.parent_path().generic_string()) > 0;
  }

  void place_article(Article article, const fs::path& rel) {
    const auto category = by_dir_.find(rel.parent_path().generic_string());
    if (category == by_dir_.end()) {
      d_.error(article.display_path, 0, 0, "unknown-category",
               fmt::format("folder '{}' is not a category: it has no _index.md",
                           rel.parent_path().generic_string()));
      return;
    }
    if (article.slug.empty()) article.slug = rel.stem().string();
    if (!is_valid_slug(article.slug)) {
      d_.error(article.display_path, 0, 0, "invalid-slug",
               fmt::format("file name '{}' is not a valid slug; rename it or set 'slug'",
                           rel.filename().string()));
    }
    article.category = category->second;
    article.url = site_.categories[category->second].url + article.slug + "/";
    site_.articles.push_back(std::move(article));
  }

  Site& site_;
  fs::path content_dir_;
  fs::path site_dir_;
  Diagnostics& d_;
  std::map<std::string, size_t> by_dir_;
};

}  // namespace

std::optional<Site> load_site_content(const fs::path& site_dir, bool drafts, Diagnostics& d,
                                      unsigned jobs) {
  ContentLoadOptions options;
  options.drafts = drafts;
  options.jobs = jobs;
  return load_site_content(site_dir, options, d);
}

std::optional<Site> load_site_content(const fs::path& site_dir, const ContentLoadOptions& options,
                                      Diagnostics& d) {
  auto config = load_site_config(site_dir, d);
  if (!config) return std::nullopt;
  const fs::path content_dir = site_dir / "content";
  if (!fs::is_directory(content_dir)) {
    d.error(content_dir.lexically_normal().string(), 0, 0, "content-missing",
            "the site has no content/ folder");
    return std::nullopt;
  }
  Site site;
  site.config = std::move(*config);
  ContentFiles files;
  try {
    files = scan_content(content_dir);
  } catch (const fs::filesystem_error& e) {
    d.error(content_dir.lexically_normal().string(), 0, 0, "file-unreadable", e.what());
    return std::nullopt;
  }
  SiteLoader loader(site, site_dir, d);
  loader.load_categories(files.category_dirs);
  loader.load_articles(files.articles, options);
  loader.load_pages(files.pages, options.drafts);
  loader.load_home(files.home_index);
  return site;
}

}  // namespace mwp
