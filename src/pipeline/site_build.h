// The build pipeline: content -> model -> checks -> render -> write -> search index.
// Each stage is one function; build_site() runs them in order and times each.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "model/site.h"
#include "render/theme.h"

namespace mwp {

// Called as a build advances: at the start of each stage (done = total = 0),
// and within long stages with how many of `total` items are done. May be
// called from several threads at once.
using BuildProgress = std::function<void(std::string_view stage, size_t done, size_t total)>;

struct BuildOptions {
  std::filesystem::path site_dir = "site";
  std::filesystem::path out_dir = "public";
  bool drafts = false;       // build draft articles and pages too
  bool search_index = true;  // write the Xapian index beside out_dir
  bool pagefind = false;     // also run Pagefind on the output (static-only hosting)
  unsigned jobs = 0;         // worker threads; 0 = one per core
  BuildProgress progress;    // optional
};

struct StageTiming {
  std::string stage;                     // "load", "cite", "check", "render", "write", "index"
  std::chrono::microseconds elapsed{0};  // wall time
  std::chrono::microseconds cpu{0};      // user + system time of every thread
  uint64_t peak_rss_kb = 0;              // the process's peak resident set at the stage's end
};

struct BuildReport {
  Diagnostics diagnostics;
  std::vector<StageTiming> stages;
  size_t files_written = 0;
  uint64_t bytes_written = 0;
  bool ok() const { return !diagnostics.has_errors(); }
};

// Where the search index of a site built into `out_dir` lives: beside it,
// never inside the public tree ("public" -> "public.index").
std::filesystem::path search_index_dir(const std::filesystem::path& out_dir);

// Loads the site and runs every check (structure, citations). Returns the
// checked site, or nullopt when it cannot be loaded at all. Diagnostics carry
// every problem found; a returned site may still have errors. Each article
// is cited and checked as it loads (within the "load" stage); "cite" then
// unifies works across the site and "check" runs the site-wide checks.
// Each article's Markdown is released once it is checked: readers get it
// with read_article_text() (content/released_text.h), which reads it again.
std::optional<Site> load_and_check_site(const std::filesystem::path& site_dir, bool drafts,
                                        Diagnostics& diagnostics, std::vector<StageTiming>* timings,
                                        const BuildProgress& progress = {});

// Builds the whole site into options.out_dir. On any error nothing under
// out_dir (or its index) changes; on success both are swapped in atomically.
BuildReport build_site(const BuildOptions& options);

// build_site() that also hands back the checked site and the theme it
// rendered with (both set when report.ok()), for incremental rebuilds.
struct BuildResult {
  BuildReport report;
  std::optional<Site> site;
  std::optional<Theme> theme;
};
BuildResult build_site_keeping_model(const BuildOptions& options);

}  // namespace mwp
