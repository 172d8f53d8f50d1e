#include "pipeline/site_build.h"

#include "checks/article_checks.h"
#include "checks/site_checks.h"
#include "cite/citation_resolver.h"
#include "cite/cited_works.h"
#include "cite/csl_json.h"
#include "content/site_loader.h"
#include "content/source_file.h"
#include "pipeline/pagefind.h"
#include "pipeline/stage_timer.h"
#include "render/search_page.h"
#include "render/site_renderer.h"
#include "render/theme.h"
#include "search/index_schema.h"
#include "search/index_writer.h"
#include "write/output_tree.h"

namespace mwp {
namespace fs = std::filesystem;
namespace {

std::vector<Reference> load_bibliography(const fs::path& site_dir, Diagnostics& d) {
  const fs::path path = site_dir / "bibliography.json";
  if (!fs::exists(path)) return {};
  const std::string display = path.lexically_normal().string();
  auto text = read_source_file(path, display, d);
  return text ? parse_csl_json(*text, display, d) : std::vector<Reference>{};
}

}  // namespace

fs::path search_index_dir(const fs::path& out_dir) {
  fs::path dir = out_dir.lexically_normal();
  if (!dir.has_filename()) dir = dir.parent_path();
  dir += ".index";
  return dir;
}

std::optional<Site> load_and_check_site(const fs::path& site_dir, bool drafts, Diagnostics& d,
                                        std::vector<StageTiming>* timings,
                                        const BuildProgress& progress) {
  std::optional<Site> site;
  {
    StageTimer timer(timings, "load", progress);
    // The bibliography first: each article is cited against it as it loads.
    std::vector<Reference> bibliography = load_bibliography(site_dir, d);
    ContentLoadOptions options;
    options.drafts = drafts;
    // Most of a large site's memory otherwise: the renderer and the index
    // read each article again (content/released_text.h).
    options.release_text = true;
    options.on_article = [&bibliography](const SiteConfig& config, Article& article,
                                         const ArticleText& text,
                                         Diagnostics& article_diagnostics) {
      resolve_article_citations(article, text, bibliography, article_diagnostics);
      check_article_structure(text, config.article_template, article_diagnostics);
    };
    site = load_site_content(site_dir, options, d);
    if (!site) return std::nullopt;
    site->bibliography = std::move(bibliography);
  }
  {
    StageTimer timer(timings, "cite", progress);
    unify_cited_works(*site);
  }
  {
    StageTimer timer(timings, "check", progress);
    check_site(*site, d);
    demote_draft_errors(*site, d);
  }
  d.sort();
  return site;
}

BuildReport build_site(const BuildOptions& options) {
  return build_site_keeping_model(options).report;
}

BuildResult build_site_keeping_model(const BuildOptions& options) {
  BuildResult result;
  BuildReport& report = result.report;
  auto& d = report.diagnostics;
  auto& site = result.site;
  site = load_and_check_site(options.site_dir, options.drafts, d, &report.stages, options.progress);
  if (!site || d.has_errors()) return result;

  auto& theme = result.theme;
  {
    StageTimer timer(&report.stages, "theme", options.progress);
    theme = load_theme(site->config.theme_dir, d);
  }
  if (!theme) return result;

  OutputTree out(options.out_dir);
  if (!out.open(d)) return result;
  RenderOptions render_options{options.drafts, options.jobs, {}};
  if (options.progress) {
    render_options.progress = [&options](size_t done, size_t total) {
      options.progress("render", done, total);
    };
  }
  std::optional<RenderContext> context;
  {
    StageTimer timer(&report.stages, "render", options.progress);
    context.emplace(*site, *theme, render_options);
    render_site(*context, out, d);
  }
  if (d.has_errors()) return result;
  if (options.pagefind) {
    StageTimer timer(&report.stages, "pagefind", options.progress);
    if (!run_pagefind(out.staging(), d)) return result;
  }
  if (options.search_index) {
    StageTimer timer(&report.stages, "index", options.progress);
    IndexOptions index_options;
    if (auto bundle = search_page_bundle(*context)) {
      index_options.extra_files.emplace(std::string(search_schema::kSearchPageBundleFile),
                                        std::move(*bundle));
    }
    if (!write_search_index(*site, search_index_dir(options.out_dir), index_options, d)) {
      return result;
    }
  }
  {
    StageTimer timer(&report.stages, "write", options.progress);
    if (!out.commit(d)) return result;
  }
  report.files_written = out.files_written();
  report.bytes_written = out.bytes_written();
  return result;
}

}  // namespace mwp
