// Command registration for the CLI. A command file defines
//   static void setup_build(CLI::App& app, CommandContext& context);
//   static const CommandRegistration kRegistration(setup_build);
// and `setup_build` adds its subcommand with a callback that sets
// context.exit_code (0 success, 1 the input has errors, 2 usage or I/O failure).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace mwp::cli {

enum class OutputFormat { text, json };

struct CommandContext {
  int exit_code = 0;
};

using CommandSetup = std::function<void(CLI::App&, CommandContext&)>;

class CommandRegistry {
 public:
  static std::vector<CommandSetup>& commands() {
    static std::vector<CommandSetup> all;
    return all;
  }
};

struct CommandRegistration {
  explicit CommandRegistration(CommandSetup setup) {
    CommandRegistry::commands().push_back(std::move(setup));
  }
};

// Adds `--format text|json` to `command`, bound to `format`.
void add_format_option(CLI::App& command, OutputFormat& format);

// Keeps `value` alive until the process exits, for a one-shot command's
// site: the kernel reclaims its memory at once at exit, where freeing
// 10,000 articles piece by piece costs tens of milliseconds. Reachable to
// the end, so leak checkers stay quiet.
template <typename T>
void keep_until_exit(T value) {
  static auto* const kept = new std::vector<std::shared_ptr<void>>();
  kept->push_back(std::make_shared<T>(std::move(value)));
}

}  // namespace mwp::cli
