// mwp: the command-line front end. Each command lives in its own cmd_*.cc;
// this file adds them, parses the command line and maps its errors to exit
// statuses.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "command.h"
#include "help_formatter.h"
#include "mwp_version.h"
#include "text/edit_distance.h"

namespace {

constexpr const char* kFooter =
    "Run 'mwp COMMAND --help' for a command's options and examples.\n"
    "New to mwp? docs/getting-started.md goes from nothing to a published site.\n"
    "\n"
    "Exit status:\n"
    "  0  done (warnings may have been printed)\n"
    "  1  the site or input has errors: they are printed, and nothing was changed\n"
    "  2  a usage error, or a file, folder or port that cannot be used";

// When `word` (the first argument) is not a command: the error to print,
// with the nearest command as a suggestion.
std::string unknown_command_error(const CLI::App& app, const std::string& word) {
  std::string nearest;
  size_t best = 3;  // suggest only close misspellings
  for (const CLI::App* command : app.get_subcommands({})) {
    if (command->get_name() == word) return {};
    const size_t distance = mwp::edit_distance(word, command->get_name());
    if (distance < best) {
      best = distance;
      nearest = command->get_name();
    }
  }
  return fmt::format("mwp: error: '{}' is not a command.{}\nRun 'mwp --help' for the list.\n", word,
                     nearest.empty() ? "" : fmt::format(" Did you mean '{}'?", nearest));
}

// The deepest command the parser reached, for naming it in a usage error.
const CLI::App* reached_command(const CLI::App& app) {
  const CLI::App* reached = &app;
  for (;;) {
    const auto parsed = reached->get_subcommands([](const CLI::App* sub) { return sub->parsed(); });
    if (parsed.empty()) return reached;
    reached = parsed.front();
  }
}

}  // namespace

int main(int argc, char** argv) {
  using namespace mwp::cli;
  CLI::App app{"a publishing engine for evidence-based psychology writing", "mwp"};
  app.formatter(std::make_shared<HelpFormatter>());
  app.set_help_flag("-h,--help", "show this help");
  app.set_version_flag("--version", fmt::format("mwp {}", mwp::kVersionText),
                       "show mwp's version and the commit it was built from");
  app.footer(kFooter);
  app.require_subcommand(1);
  CommandContext context;
  add_init_command(app, context);
  add_new_command(app, context);
  add_check_command(app, context);
  add_build_command(app, context);
  add_serve_command(app, context);
  add_search_command(app, context);
  add_ask_command(app, context);
  add_import_command(app, context);
  add_export_command(app, context);
  add_bib_command(app, context);
  if (argc <= 1) {
    fmt::print("{}", app.help());
    return kExitOk;
  }
  if (argv[1][0] != '-') {
    if (const std::string error = unknown_command_error(app, argv[1]); !error.empty()) {
      fmt::print(stderr, "{}", error);
      return kExitUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    const std::string command = command_path(reached_command(app));
    fmt::print(stderr, "{}: error: {}\nRun '{} --help' for its usage, options and examples.\n",
               command, e.what(), command);
    return kExitUsage;
  }
  return context.exit_code;
}
