// mwp init DIR: create a new, buildable site with the default theme.
#include <fmt/format.h>

#include <vector>

#include "command.h"
#include "content/site_scaffold.h"
#include "diagnostic_output.h"
#include "embedded_files.h"

namespace mwp::cli {
namespace {

struct InitArgs {
  std::string dir;
  std::string title = "My evidence-based site";
  std::string base_url = "https://example.org/";
  bool force = false;
  OutputFormat format = OutputFormat::text;
};

void setup_init(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<InitArgs>();
  auto* cmd = app.add_subcommand("init", "Create a new site: config, template, theme and pages");
  cmd->add_option("dir", args->dir, "Folder for the new site")->required();
  cmd->add_option("--title", args->title, "Site title")->capture_default_str();
  cmd->add_option("--base-url", args->base_url, "URL the site is published at")
      ->capture_default_str();
  cmd->add_flag("--force", args->force, "Add missing files to an existing folder");
  add_format_option(*cmd, args->format);
  cmd->callback([args, &context] {
    std::vector<ScaffoldFile> files;
    for (size_t i = 0; i < kSiteSkeleton_count; ++i) {
      files.push_back({kSiteSkeleton[i].path, kSiteSkeleton[i].data});
    }
    Diagnostics diagnostics;
    const bool ok =
        create_site(args->dir, files, args->title, args->base_url, args->force, diagnostics);
    print_diagnostics(diagnostics, args->format);
    if (!ok) {
      context.exit_code = diagnostics.contains("site-exists") ? 1 : 2;
      return;
    }
    if (args->format == OutputFormat::text) {
      fmt::print(
          "created a new site in {}\nnext: mwp new article articles/first-article --site {}\n",
          args->dir, args->dir);
    }
  });
}

const CommandRegistration kRegistration(setup_init);

}  // namespace
}  // namespace mwp::cli
