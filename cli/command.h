// What every command of the mwp CLI shares: its exit statuses, the output
// format, the common options, and the commands main() adds.
//
// A command lives in its own cmd_<name>.cc and exposes one function,
// add_<name>_command(), which adds its subcommand to the app with a callback
// that sets context.exit_code to one of the statuses below.
#pragma once

#include <CLI/CLI.hpp>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace mwp::cli {

// The exit statuses of every command; docs/cli.md and `mwp --help` list them.
inline constexpr int kExitOk = 0;            // done (warnings may have been printed)
inline constexpr int kExitContentError = 1;  // the site or input has errors; nothing was changed
inline constexpr int kExitUsage = 2;         // a usage error, or a file, folder or port is unusable

enum class OutputFormat { text, json };

struct CommandContext {
  int exit_code = kExitOk;
};

// The groups `mwp --help` lists the commands in.
inline constexpr const char* kStartGroup = "Start a site";
inline constexpr const char* kWriteGroup = "Write and check";
inline constexpr const char* kPublishGroup = "Publish";
inline constexpr const char* kAskGroup = "Ask a built site";
inline constexpr const char* kMoveGroup = "Bring content in and out";

// The commands, in the order `mwp --help` lists them.
void add_init_command(CLI::App& app, CommandContext& context);
void add_new_command(CLI::App& app, CommandContext& context);
void add_check_command(CLI::App& app, CommandContext& context);
void add_build_command(CLI::App& app, CommandContext& context);
void add_serve_command(CLI::App& app, CommandContext& context);
void add_search_command(CLI::App& app, CommandContext& context);
void add_ask_command(CLI::App& app, CommandContext& context);
void add_import_command(CLI::App& app, CommandContext& context);
void add_export_command(CLI::App& app, CommandContext& context);
void add_bib_command(CLI::App& app, CommandContext& context);

// The site folder a command reads when -s/--site is not given: the current
// folder when it holds site.yaml, else ./site when that does, else ".".
std::string default_site_dir();

// -s, --site DIR, defaulting to default_site_dir().
CLI::Option* add_site_option(CLI::App& command, std::string& site);

// -o, --out DIR: the folder a site is built into (default: public).
CLI::Option* add_out_option(CLI::App& command, std::string& out, const std::string& description);

// --format text|json, bound to `format`.
void add_format_option(CLI::App& command, OutputFormat& format);

// -v, --verbose: print the time each stage of a build took.
void add_verbose_flag(CLI::App& command, bool& verbose);

// An option that takes one of `choices` (matched without regard to case) and
// shows them in the help as "a|b|c".
template <typename T>
CLI::Option* add_choice_option(CLI::App& command, const std::string& name, T& value,
                               const std::vector<std::pair<std::string, T>>& choices,
                               const std::string& description) {
  std::map<std::string, T> by_name(choices.begin(), choices.end());
  std::string shown;
  for (const auto& [choice, unused] : choices) shown += (shown.empty() ? "" : "|") + choice;
  return command.add_option(name, value, description)
      ->transform(CLI::CheckedTransformer(by_name, CLI::ignore_case).description(""))
      ->option_text(shown);
}

// Sets the end of `command`'s help: `about`, a paragraph that says more
// than the one-line description (may be empty), then "Examples:", each pair
// a command line and what it does.
void set_help_details(CLI::App& command, const std::string& about,
                      const std::vector<std::pair<std::string, std::string>>& examples);

}  // namespace mwp::cli
