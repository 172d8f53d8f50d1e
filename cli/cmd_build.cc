// mwp build: render the site into the output folder, atomically.
#include <fmt/format.h>

#include "command.h"
#include "diagnostic_output.h"
#include "pipeline/site_build.h"
#include "progress_bar.h"

namespace mwp::cli {
namespace {

struct BuildArgs {
  BuildOptions options;
  bool no_index = false;
  bool verbose = false;
  bool quiet = false;
  OutputFormat format = OutputFormat::text;
};

void setup_build(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<BuildArgs>();
  auto* cmd = app.add_subcommand("build", "Build the static site (and its search index)");
  cmd->add_option("--site", args->options.site_dir, "Site folder")->capture_default_str();
  cmd->add_option("--out", args->options.out_dir, "Output folder")->capture_default_str();
  cmd->add_flag("--drafts", args->options.drafts, "Build draft articles and pages too");
  cmd->add_flag("--no-index", args->no_index, "Skip the search index");
  cmd->add_flag("--pagefind", args->options.pagefind,
                "Also index the output with Pagefind, for static-only hosting");
  cmd->add_option("-j,--jobs", args->options.jobs, "Worker threads (0 = all cores)");
  cmd->add_flag("-v,--verbose", args->verbose, "Print the time of each stage");
  cmd->add_flag("-q,--quiet", args->quiet, "Print nothing but diagnostics");
  add_format_option(*cmd, args->format);
  cmd->callback([args, &context] {
    args->options.search_index = !args->no_index;
    std::shared_ptr<ProgressBar> bar =
        ProgressBar::for_terminal(stderr, args->quiet || args->format != OutputFormat::text);
    if (bar != nullptr) {
      args->options.progress = [bar](std::string_view stage, size_t done, size_t total) {
        bar->update(stage, done, total);
      };
    }
    BuildResult result = build_site_keeping_model(args->options);
    keep_until_exit(std::move(result.site));
    const BuildReport& report = result.report;
    if (bar != nullptr) bar->finish();
    print_diagnostics(report.diagnostics, args->format);
    if (args->verbose) print_stage_timings(report.stages);
    if (!report.ok()) {
      if (args->format == OutputFormat::text) {
        fmt::print(stderr, "build failed; {} left unchanged\n", args->options.out_dir.string());
      }
      context.exit_code = 1;
      return;
    }
    if (!args->quiet && args->format == OutputFormat::text) {
      fmt::print(stderr, "built {} files ({:.1f} MB) into {}\n", report.files_written,
                 static_cast<double>(report.bytes_written) / 1e6, args->options.out_dir.string());
    }
  });
}

const CommandRegistration kRegistration(setup_build);

}  // namespace
}  // namespace mwp::cli
