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

int run_init(const InitArgs& args) {
  std::vector<ScaffoldFile> files;
  for (size_t i = 0; i < kSiteSkeleton_count; ++i) {
    files.push_back({kSiteSkeleton[i].path, kSiteSkeleton[i].data});
  }
  Diagnostics diagnostics;
  const bool ok = create_site(args.dir, files, args.title, args.base_url, args.force, diagnostics);
  print_diagnostics(diagnostics, args.format);
  if (!ok) return diagnostics.contains("site-exists") ? kExitContentError : kExitUsage;
  if (args.format == OutputFormat::text) {
    fmt::print(
        "created a new site in {0}\n"
        "next:\n"
        "  cd {0}\n"
        "  mwp new article articles/first-article --title \"My first article\"\n"
        "  mwp serve --drafts     # preview on http://127.0.0.1:8080, rebuilt as you save\n",
        args.dir);
  }
  return kExitOk;
}

}  // namespace

void add_init_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<InitArgs>();
  auto* cmd = app.add_subcommand("init", "create a new site that builds at once");
  cmd->group(kStartGroup);
  cmd->add_option("dir", args->dir, "the folder for the new site; created when missing")
      ->required()
      ->option_text("DIR");
  cmd->add_option("--title", args->title, "the site's title (default: \"" + args->title + "\")")
      ->option_text("TEXT");
  cmd->add_option("--base-url", args->base_url,
                  "the address the site will be published at (default: " + args->base_url + ")")
      ->option_text("URL");
  cmd->add_flag("-f,--force", args->force,
                "add the missing files to a folder that is not empty; existing files are kept");
  add_format_option(*cmd, args->format);
  set_help_details(*cmd,
                   "The new site has site.yaml (its title, address and the article template "
                   "of six sections, FAQ and sources), the default theme, a first category "
                   "(content/articles/) and the editorial team and methodology pages that "
                   "articles link to.",
                   {{"mwp init mysite --title \"Mind Matters\"", "a new site in ./mysite"},
                    {"mwp init . --force", "add what is missing to the site in this folder"}});
  cmd->callback([args, &context] { context.exit_code = run_init(*args); });
}

}  // namespace mwp::cli
