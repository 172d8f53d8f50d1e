// mwp: the command-line front end. Each command lives in its own cmd_*.cc and
// registers itself with the CommandRegistry; this file only dispatches.
#include <CLI/CLI.hpp>

#include "command.h"

int main(int argc, char** argv) {
  CLI::App app{"mwp: a publishing engine for evidence-based psychology writing", "mwp"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "mwp 0.1.0");
  mwp::cli::CommandContext context;
  for (const auto& setup : mwp::cli::CommandRegistry::commands()) setup(app, context);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return context.exit_code;
}
