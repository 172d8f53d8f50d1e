// mwp build: render the site into the output folder, atomically.
#include <fmt/format.h>

#include "command.h"
#include "diagnostic_output.h"
#include "pipeline/site_build.h"
#include "progress_bar.h"

namespace mwp::cli {
namespace {

struct BuildArgs {
  std::string site;
  std::string out = "public";
  BuildOptions options;
  bool no_index = false;
  bool verbose = false;
  bool quiet = false;
  OutputFormat format = OutputFormat::text;
};

int run_build(BuildArgs& args) {
  args.options.site_dir = args.site;
  args.options.out_dir = args.out;
  args.options.search_index = !args.no_index;
  std::shared_ptr<ProgressBar> bar =
      ProgressBar::for_terminal(stderr, args.quiet || args.format != OutputFormat::text);
  if (bar != nullptr) {
    args.options.progress = [bar](std::string_view stage, size_t done, size_t total) {
      bar->update(stage, done, total);
    };
  }
  const BuildReport report = build_site(args.options);
  if (bar != nullptr) bar->finish();
  print_diagnostics(report.diagnostics, args.format);
  if (args.verbose) print_stage_timings(report.stages);
  if (!report.ok()) {
    if (args.format == OutputFormat::text) {
      fmt::print(stderr, "build failed; {} left unchanged\n", args.out);
    }
    return site_unreadable(report.diagnostics) ? kExitUsage : kExitContentError;
  }
  if (!args.quiet && args.format == OutputFormat::text) {
    fmt::print(stderr, "built {} files ({:.1f} MB) into {}\n", report.files_written,
               static_cast<double>(report.bytes_written) / 1e6, args.out);
  }
  return kExitOk;
}

}  // namespace

void add_build_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<BuildArgs>();
  auto* cmd = app.add_subcommand("build", "build the site and its search index into a folder");
  cmd->group(kPublishGroup);
  add_site_option(*cmd, args->site);
  add_out_option(*cmd, args->out, "the folder to build into");
  cmd->add_flag("-D,--drafts", args->options.drafts, "build draft articles and pages too");
  cmd->add_flag("--no-index", args->no_index, "skip the search index");
  cmd->add_flag("--pagefind", args->options.pagefind,
                "also index the output with Pagefind, for hosting without mwp serve");
  cmd->add_option("-j,--jobs", args->options.jobs, "worker threads (default: 0, one for each core)")
      ->option_text("N");
  add_verbose_flag(*cmd, args->verbose);
  cmd->add_flag("-q,--quiet", args->quiet, "print nothing but diagnostics");
  add_format_option(*cmd, args->format);
  set_help_details(*cmd,
                   "The pages go into OUT and the search index beside it, into OUT.index. "
                   "The build is atomic: it is made beside OUT and swapped in, so on any "
                   "error OUT stays exactly as it was. Drafts are left out unless -D.",
                   {{"mwp build", "build the site in this folder (or ./site) into ./public"},
                    {"mwp build -s mysite -o /var/www/mysite -v",
                     "build elsewhere, and print each stage's time"}});
  cmd->callback([args, &context] { context.exit_code = run_build(*args); });
}

}  // namespace mwp::cli
