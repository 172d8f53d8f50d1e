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
  std::string site = "site";
  std::string category;
  std::string date;
  TextLayout layout = TextLayout::automatic;
  bool force = false;
  bool dry_run = false;
  OutputFormat format = OutputFormat::text;
};

Date today_utc() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{now};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::string status_of(const ImportResult& r, bool dry_run) {
  if (r.written) return "imported";
  if (dry_run && !r.output.empty() && !r.io_failure) return "checked";
  return "failed";
}

int run_import(const ImportArgs& args) {
  Diagnostics diagnostics;
  ImportOptions options{args.category, args.force, args.dry_run, args.layout, today_utc()};
  if (!args.date.empty()) {
    const auto date = Date::parse(args.date);
    if (!date) {
      diagnostics.error("--date", 0, 0, "bad-date",
                        fmt::format("'{}' is not a date (YYYY-MM-DD)", args.date));
      print_diagnostics(diagnostics, args.format);
      return 2;
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
    const std::string status = status_of(result, args.dry_run);
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
  if (io_failure) return 2;
  return diagnostics.has_errors() ? 1 : 0;
}

void setup_import(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<ImportArgs>();
  auto* cmd = app.add_subcommand(
      "import", "Import plain-text article exports into the site as Markdown (see docs/import.md)");
  cmd->add_option("files", args->files, "Plain-text files, one article each")->required();
  cmd->add_option("--site", args->site, "Site folder")->capture_default_str();
  cmd->add_option("--category", args->category,
                  "Category path (men-women/communication) for files without a breadcrumb line");
  cmd->add_flag("--force", args->force, "Overwrite articles that already exist");
  cmd->add_flag("--dry-run", args->dry_run, "Convert and check every file; write nothing");
  cmd->add_option("--date", args->date,
                  "Date and review date of the articles, YYYY-MM-DD (default: today, UTC)");
  const std::map<std::string, TextLayout> layouts{{"auto", TextLayout::automatic},
                                                  {"spaced", TextLayout::spaced},
                                                  {"compact", TextLayout::compact}};
  cmd->add_option("--layout", args->layout,
                  "auto, spaced (blank lines between paragraphs) or compact (one per line)")
      ->transform(CLI::CheckedTransformer(layouts, CLI::ignore_case));
  add_format_option(*cmd, args->format);
  cmd->callback([args, &context] { context.exit_code = run_import(*args); });
}

const CommandRegistration kRegistration(setup_import);

}  // namespace
}  // namespace mwp::cli
