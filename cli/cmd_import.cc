// mwp import FILE...: bring plain-text article exports into the site as Markdown.
#include <fmt/format.h>

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>

#include "command.h"
#include "content/site_loader.h"
#include "diagnostic_output.h"
#include "importer/article_import.h"

namespace mwp::cli {
namespace {

struct ImportArgs {
  std::vector<std::string> files;
  std::string site;
  std::string category;
  std::string date;
  TextLayout layout = TextLayout::automatic;
  bool force = false;
  bool dry_run = false;
  OutputFormat format = OutputFormat::text;
};

std::string import_status(const ImportResult& r, bool dry_run) {
  if (r.written) return "imported";
  if (dry_run && !r.output.empty() && !r.io_failure) return "checked";
  return "failed";
}

int run_article_import(const ImportArgs& args) {
  Diagnostics diagnostics;
  ImportOptions options{args.category, args.force, args.dry_run, args.layout, Date::today()};
  if (!args.date.empty()) {
    const auto date = Date::parse(args.date);
    if (!date) {
      diagnostics.error("--date", 0, 0, "bad-date",
                        fmt::format("'{}' is not a date (YYYY-MM-DD)", args.date));
      print_diagnostics(diagnostics, args.format);
      return kExitUsage;
    }
    options.date = *date;
  }
  const auto site = load_site_content(args.site, true, diagnostics);
  if (!site) {
    print_diagnostics(diagnostics, args.format);
    return 2;
  }
  diagnostics = {};  // problems of other articles are `mwp check`'s to report
  nlohmann::json results = nlohmann::json::array();
  bool io_failure = false;
  for (const auto& file : args.files) {
    Diagnostics file_diagnostics;
    const auto result = import_plain_text_file(file, file, *site, options, file_diagnostics);
    const bool failed = file_diagnostics.has_errors() || result.io_failure;
    io_failure = io_failure || result.io_failure;
    const std::string status = import_status(result, args.dry_run);
    results.push_back({{"input", file},
                       {"status", failed ? "failed" : status},
                       {"output", result.output},
                       {"url", result.url}});
    if (args.format == OutputFormat::text) {
      if (failed) {
        fmt::print("{}: not imported\n", file);
      } else {
        fmt::print("{}: {} {} ({})\n", file, args.dry_run ? "would write" : "wrote",
                   (std::filesystem::path(args.site) / result.output).string(), result.url);
      }
    }
    diagnostics.merge(std::move(file_diagnostics));
  }
  if (args.format == OutputFormat::json) {
    nlohmann::json out = to_json(diagnostics);
    out["results"] = results;
    fmt::print("{}\n", out.dump(2));
  } else {
    print_diagnostics(diagnostics, args.format);
  }
  if (io_failure) return kExitUsage;
  return diagnostics.has_errors() ? kExitContentError : kExitOk;
}

}  // namespace

void add_import_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<ImportArgs>();
  auto* cmd =
      app.add_subcommand("import", "turn plain-text article exports into Markdown articles");
  cmd->group(kMoveGroup);
  cmd->add_option("files", args->files, "plain-text files, one article each")
      ->required()
      ->option_text("FILE...");
  add_site_option(*cmd, args->site);
  cmd->add_option("--category", args->category,
                  "the category, by its path (e.g. men-women/communication), for files without "
                  "a breadcrumb line")
      ->option_text("PATH");
  cmd->add_flag("-f,--force", args->force, "overwrite articles that already exist");
  cmd->add_flag("-n,--dry-run", args->dry_run, "convert and check every file; write nothing");
  cmd->add_option("--date", args->date,
                  "the articles' publication and review date, YYYY-MM-DD (default: today, UTC)")
      ->option_text("DATE");
  add_choice_option(*cmd, "--layout", args->layout,
                    {{"auto", TextLayout::automatic},
                     {"spaced", TextLayout::spaced},
                     {"compact", TextLayout::compact}},
                    "how the files separate paragraphs: found out for each file (auto, the "
                    "default), blank lines between them (spaced) or one per line (compact)");
  add_format_option(*cmd, args->format);
  set_help_details(*cmd,
                   "Each file is read against the site's article template, written as a "
                   "Markdown article and parsed again to prove nothing was lost. A file that "
                   "cannot be read with confidence is reported and not written. "
                   "docs/import.md describes the layouts it reads.",
                   {{"mwp import exports/*.txt --dry-run", "check what would be imported"},
                    {"mwp import why-men-go-quiet.txt --category men-women/communication",
                     "import one file into a category"}});
  cmd->callback([args, &context] { context.exit_code = run_article_import(*args); });
}

}  // namespace mwp::cli
