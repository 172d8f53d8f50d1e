// mwp: the command-line front end. Each command lives in its own cmd_*.cc and
// registers itself with the CommandRegistry; this file only dispatches.
#include <CLI/CLI.hpp>

#include "command.h"

#ifdef MWP_MIMALLOC
#include <mimalloc.h>

namespace {

// The heap on large (2 MiB, transparent huge) OS pages, committed as soon as
// it is mapped. A build touches 150 MB of fresh memory at 10,000 articles,
// and on a VM each 4 KiB page's first touch is a costly fault. mimalloc reads
// an option once, and the main thread's first heap segment is mapped by the
// C++ runtime's start-up, before main(): set there, large pages came too late
// for it, and each thread's first segment was committed page by page (a
// --no-index build took ~20,000 page faults; with large pages from the start
// but lazy first segments, ~8,500; with both options set here, ~580). Set
// from .preinit_array, which runs before any library's constructor, they hold
// from the first allocation. Where huge pages are unavailable, mimalloc falls
// back to normal pages.
void configure_allocator(int, char**, char**) {
  mi_option_enable(mi_option_large_os_pages);
  mi_option_set(mi_option_eager_commit_delay, 0);
}

}  // namespace

__attribute__((section(".preinit_array"),
               used)) static void (*const kConfigureAllocator)(int, char**,
                                                               char**) = &configure_allocator;
#endif

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
