#include "render/site_renderer.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <unordered_map>

#include "render/article_page.h"
#include "render/category_page.h"
#include "render/feed.h"
#include "render/home_page.h"
#include "render/not_found_page.h"
#include "render/redirect_page.h"
#include "render/search_page.h"
#include "render/sitemap.h"
#include "render/sources_pages.h"
#include "render/standalone_page.h"
#include "write/file_update.h"

namespace mwp {
namespace {

// One file to produce: where, for which source file, and how.
struct Job {
  std::string file;
  std::string source;  // display path, for diagnostics
  std::function<std::optional<std::string>(Diagnostics&)> render;
};

using FileSink =
    std::function<void(const std::string& file, const std::string& text, Diagnostics& diagnostics)>;

class JobList {
 public:
  explicit JobList(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  // Queues `render` for `site_path` unless the path is invalid or taken.
  void add(const std::string& site_path, const std::string& source,
           std::function<std::optional<std::string>(Diagnostics&)> render) {
    const auto file = output_file_for(site_path);
    if (!file) {
      diagnostics_.error(source, 0, 0, "output-path-invalid",
                         "'" + site_path + "' cannot be written as a file of the site");
      return;
    }
    const auto [at, inserted] = owners_.emplace(*file, source);
    if (!inserted) {
      diagnostics_.error(source, 0, 0, "output-path-conflict",
                         "'" + site_path + "' is also produced by " + at->second);
      return;
    }
    jobs_.push_back({*file, source, std::move(render)});
  }

  std::vector<Job>& jobs() { return jobs_; }

 private:
  Diagnostics& diagnostics_;
  std::unordered_map<std::string, std::string> owners_;  // file -> source
  std::vector<Job> jobs_;
};

void run_job(const Job& job, const FileSink& sink, Diagnostics& diagnostics) {
  try {
    if (auto text = job.render(diagnostics)) sink(job.file, *text, diagnostics);
  } catch (const std::exception& e) {
    diagnostics.error(job.source, 0, 0, "render-failed", e.what());
  }
}

// Runs every job on up to `threads` workers; diagnostics merged in job order.
void run_jobs(const std::vector<Job>& jobs, const RenderOptions& options, const FileSink& sink,
              Diagnostics& diagnostics) {
  std::vector<Diagnostics> found(jobs.size());
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  const size_t step = std::max<size_t>(1, jobs.size() / 200);
  auto work = [&] {
    for (size_t i = next++; i < jobs.size(); i = next++) {
      run_job(jobs[i], sink, found[i]);
      const size_t finished = ++done;
      if (options.progress && (finished % step == 0 || finished == jobs.size())) {
        options.progress(finished, jobs.size());
      }
    }
  };
  const unsigned threads = options.jobs != 0 ? options.jobs : std::thread::hardware_concurrency();
  const unsigned workers = std::clamp<unsigned>(threads, 1, static_cast<unsigned>(jobs.size() + 1));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < workers; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
  for (Diagnostics& d : found) diagnostics.merge(std::move(d));
}

void add_home(const RenderContext& context, JobList& list) {
  list.add("/", "content/_index.md", [&](Diagnostics& d) { return render_home_page(context, d); });
}

void add_category(const RenderContext& context, size_t c, JobList& list) {
  list.add(context.site().categories[c].url, context.site().categories[c].display_path,
           [&, c](Diagnostics& d) { return render_category_page(context, c, d); });
}

void add_article(const RenderContext& context, size_t a, JobList& list) {
  list.add(context.site().articles[a].url, context.site().articles[a].display_path,
           [&, a](Diagnostics& d) { return render_article_page(context, a, d); });
}

void add_work(const RenderContext& context, size_t w, JobList& list) {
  list.add(work_url(context.works()[w]), "sources",
           [&, w](Diagnostics& d) { return render_source_page(context, w, d); });
}

void add_pages(const RenderContext& context, JobList& list) {
  const Site& site = context.site();
  add_home(context, list);
  list.add("/404.html", "404", [&](Diagnostics& d) { return render_not_found_page(context, d); });
  if (context.theme().has("search")) {
    list.add("/search/", "search", [&](Diagnostics& d) { return render_search_page(context, d); });
  }
  for (size_t c = 0; c < site.categories.size(); ++c) add_category(context, c, list);
  for (size_t a = 0; a < site.articles.size(); ++a) {
    if (context.visible(site.articles[a])) add_article(context, a, list);
  }
  for (size_t p = 0; p < site.pages.size(); ++p) {
    if (!context.visible(site.pages[p])) continue;
    list.add(site.pages[p].url, site.pages[p].display_path,
             [&, p](Diagnostics& d) { return render_standalone_page(context, p, d); });
  }
}

void add_sources(const RenderContext& context, JobList& list) {
  if (context.works().empty()) return;
  list.add("/sources/", "sources",
           [&](Diagnostics& d) { return render_sources_index(context, d); });
  for (size_t w = 0; w < context.works().size(); ++w) add_work(context, w, list);
}

void add_sitemap_and_feed(const RenderContext& context, JobList& list) {
  list.add("/sitemap.xml", "sitemap.xml",
           [&](Diagnostics&) { return std::optional<std::string>(render_sitemap(context)); });
  list.add("/feed.xml", "feed.xml",
           [&](Diagnostics&) { return std::optional<std::string>(render_atom_feed(context)); });
}

void add_feeds(const RenderContext& context, JobList& list) {
  add_sitemap_and_feed(context, list);
  list.add("/robots.txt", "robots.txt",
           [&](Diagnostics&) { return std::optional<std::string>(render_robots_txt(context)); });
}

// Aliases come last so that a real page always wins its path.
void add_redirects_to(const RenderContext& context, const std::vector<std::string>& aliases,
                      const std::string& source, const std::string& target,
                      const std::string& title, JobList& list) {
  for (const std::string& alias : aliases) {
    list.add(alias, source, [&context, target, title](Diagnostics&) {
      return std::optional<std::string>(render_redirect_page(context, target, title));
    });
  }
}

void add_redirects(const RenderContext& context, JobList& list) {
  const Site& site = context.site();
  auto add = [&](const std::vector<std::string>& aliases, const std::string& source,
                 const std::string& target, const std::string& title) {
    add_redirects_to(context, aliases, source, target, title, list);
  };
  for (const Article& article : site.articles) {
    if (context.visible(article)) {
      add(article.aliases, article.display_path, article.url, article.title);
    }
  }
  for (const Page& page : site.pages) {
    if (context.visible(page)) add(page.aliases, page.display_path, page.url, page.title);
  }
}

void add_selected(const RenderContext& context, const PageSelection& selection, JobList& list) {
  const Site& site = context.site();
  if (selection.home) add_home(context, list);
  for (size_t c : selection.categories) add_category(context, c, list);
  for (size_t a : selection.articles) {
    if (context.visible(site.articles[a])) add_article(context, a, list);
  }
  for (size_t w : selection.works) add_work(context, w, list);
  if (selection.sitemap_and_feed) add_sitemap_and_feed(context, list);
  for (size_t a : selection.redirects_of) {
    const Article& article = site.articles[a];
    if (!context.visible(article)) continue;
    add_redirects_to(context, article.aliases, article.display_path, article.url, article.title,
                     list);
  }
}

}  // namespace

void render_site(const Site& site, const Theme& theme, const RenderOptions& options,
                 OutputTree& out, Diagnostics& diagnostics) {
  render_site(RenderContext(site, theme, options), out, diagnostics);
}

void render_site(const RenderContext& context, OutputTree& out, Diagnostics& diagnostics) {
  const Theme& theme = context.theme();
  JobList list(diagnostics);
  add_pages(context, list);
  add_sources(context, list);
  add_feeds(context, list);
  add_redirects(context, list);
  const FileSink sink = [&out](const std::string& file, const std::string& text, Diagnostics&) {
    out.write(file, text);
  };
  run_jobs(list.jobs(), context.options(), sink, diagnostics);
  if (!theme.static_dir.empty() && !out.copy_tree(theme.static_dir, "assets")) {
    diagnostics.error(theme.static_dir.string(), 0, 0, "render-failed",
                      "cannot copy the theme's static files");
  }
}

RenderedFiles render_selected_pages(const RenderContext& context, const PageSelection& selection,
                                    const std::filesystem::path& out_dir,
                                    Diagnostics& diagnostics) {
  JobList list(diagnostics);
  add_selected(context, selection, list);
  std::atomic<size_t> files{0};
  std::atomic<uint64_t> bytes{0};
  const FileSink sink = [&](const std::string& file, const std::string& text, Diagnostics& d) {
    if (update_file(out_dir / file, text, d) == FileUpdate::written) {
      ++files;
      bytes += text.size();
    }
  };
  run_jobs(list.jobs(), context.options(), sink, diagnostics);
  return {files.load(), bytes.load()};
}

void render_site(const Site& site, const Theme& theme, OutputTree& out, Diagnostics& diagnostics) {
  render_site(site, theme, RenderOptions{}, out, diagnostics);
}

}  // namespace mwp
