// mwp check: load the site and report every problem; writes nothing.
#include "command.h"
#include "diagnostic_output.h"
#include "pipeline/site_build.h"

namespace mwp::cli {
namespace {

struct CheckArgs {
  std::string site = "site";
  bool drafts = true;
  bool verbose = false;
  OutputFormat format = OutputFormat::text;
};

void setup_check(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<CheckArgs>();
  auto* cmd = app.add_subcommand("check", "Check a site's content and citations; write nothing");
  cmd->add_option("--site", args->site, "Site folder")->capture_default_str();
  cmd->add_flag("!--no-drafts", args->drafts, "Skip draft articles");
  cmd->add_flag("-v,--verbose", args->verbose, "Print the time of each stage");
  add_format_option(*cmd, args->format);
  cmd->callback([args, &context] {
    Diagnostics diagnostics;
    std::vector<StageTiming> stages;
    auto site = load_and_check_site(args->site, args->drafts, diagnostics, &stages);
    print_diagnostics(diagnostics, args->format);
    if (args->verbose) print_stage_timings(stages);
    context.exit_code = (!site || diagnostics.has_errors()) ? 1 : 0;
    keep_until_exit(std::move(site));
  });
}

const CommandRegistration kRegistration(setup_check);

}  // namespace
}  // namespace mwp::cli
