// mwp check: load the site and report every problem; writes nothing.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "command.h"
#include "diagnostic_output.h"
#include "pipeline/site_build.h"

namespace mwp::cli {
namespace {

struct CheckArgs {
  std::string site;
  bool no_drafts = false;
  bool verbose = false;
  OutputFormat format = OutputFormat::text;
};

struct SiteCounts {
  size_t articles = 0;
  size_t drafts = 0;
  size_t pages = 0;
  size_t citations = 0;
  size_t references = 0;
};

SiteCounts count(const Site& site) {
  SiteCounts counts;
  counts.articles = site.articles.size();
  counts.pages = site.pages.size();
  for (const Article& article : site.articles) {
    counts.drafts += article.draft ? 1 : 0;
    counts.citations += article.citations.size();
    counts.references += article.references.size();
  }
  return counts;
}

// "checked 12 articles (1 draft) and 3 pages: 105 citations, 51 references; 0 errors, 2 warnings"
std::string summary_line(const SiteCounts& c, const Diagnostics& d) {
  return fmt::format("checked {}{} and {}: {}, {}; {}, {}", counted(c.articles, "article"),
                     c.drafts > 0 ? fmt::format(" ({})", counted(c.drafts, "draft")) : "",
                     counted(c.pages, "page"), counted(c.citations, "citation"),
                     counted(c.references, "reference"), counted(d.error_count(), "error"),
                     counted(d.warning_count(), "warning"));
}

int run_check(const CheckArgs& args) {
  Diagnostics diagnostics;
  std::vector<StageTiming> stages;
  auto site = load_and_check_site(args.site, !args.no_drafts, diagnostics, &stages);
  const SiteCounts counts = site ? count(*site) : SiteCounts{};
  if (args.format == OutputFormat::json) {
    nlohmann::json out = to_json(diagnostics);
    out["summary"] = {{"articles", counts.articles},
                      {"drafts", counts.drafts},
                      {"pages", counts.pages},
                      {"citations", counts.citations},
                      {"references", counts.references}};
    fmt::print("{}\n", out.dump(2));
  } else {
    print_diagnostic_lines(diagnostics);
    if (site) fmt::print("{}\n", summary_line(counts, diagnostics));
    if (counts.drafts > 0 && diagnostics.warning_count() > 0) {
      fmt::print("(a draft's problems are warnings; they become errors once 'draft: true' goes)\n");
    }
  }
  if (args.verbose) print_stage_timings(stages);
  const bool failed = !site || diagnostics.has_errors();
  if (!failed) return kExitOk;
  return site_unreadable(diagnostics) ? kExitUsage : kExitContentError;
}

}  // namespace

void add_check_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<CheckArgs>();
  auto* cmd = app.add_subcommand("check",
                                 "check every article, page and citation, and report each problem");
  cmd->group(kWriteGroup);
  add_site_option(*cmd, args->site);
  cmd->add_flag("--no-drafts", args->no_drafts, "leave draft articles and pages out");
  add_verbose_flag(*cmd, args->verbose);
  add_format_option(*cmd, args->format);
  set_help_details(*cmd,
                   "Each problem is printed as path:line:column: error: message [code]; "
                   "docs/diagnostics.md explains every code. A summary line ends the report. "
                   "Nothing is written. Drafts are checked too, and their problems are "
                   "warnings: they become errors once the draft is published.",
                   {{"mwp check", "check the site in this folder (or in ./site)"},
                    {"mwp check -s mysite --format json", "the same report as JSON, for tools"}});
  cmd->callback([args, &context] { context.exit_code = run_check(*args); });
}

}  // namespace mwp::cli
