// mwp serve: build the site, then serve it, rebuilding on every change and
// reloading open browser tabs (unless --no-watch); --api-only serves the
// search API alone.
#include <fmt/format.h>
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "command.h"
#include "diagnostic_output.h"
#include "heap_pages.h"
#include "pipeline/live_site.h"
#include "pipeline/site_build.h"
#include "serve/bounded_pool.h"
#include "serve/site_server.h"
#include "serve/site_watcher.h"

namespace mwp::cli {
namespace {

struct ServeArgs {
  std::string site;
  std::string out = "public";
  BuildOptions build;
  serve::ServeOptions serve;
  bool no_watch = false;
  bool watch = false;  // set from the flags by run_serve()
  bool no_build = false;
  int read_timeout = 5;
  OutputFormat format = OutputFormat::text;
};

// Builds (all of it when `changed` is empty, else what those files affect);
// prints diagnostics and a one-line summary. True when it succeeded.
bool build_once(const ServeArgs& args, LiveSite& live, const std::vector<std::string>& changed,
                Diagnostics* diagnostics) {
  auto start = std::chrono::steady_clock::now();
  BuildReport report = changed.empty() ? live.build() : live.rebuild(changed);
  print_diagnostics(report.diagnostics, args.format);
  auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - start);
  if (args.format == OutputFormat::text) {
    const bool incremental =
        std::any_of(report.stages.begin(), report.stages.end(),
                    [](const StageTiming& stage) { return stage.stage == "incremental"; });
    if (report.ok()) {
      std::string stages;
      for (const StageTiming& stage : report.stages) {
        if (stage.stage == "incremental") continue;
        stages += fmt::format("{}{} {:.1f}", stages.empty() ? "" : ", ", stage.stage,
                              static_cast<double>(stage.elapsed.count()) / 1000.0);
      }
      fmt::print(stderr, "{} {} files in {:.1f} ms ({})\n", incremental ? "updated" : "built",
                 report.files_written, static_cast<double>(elapsed.count()) / 1000.0, stages);
    } else {
      fmt::print(stderr, "build failed; still serving the last good site\n");
    }
  }
  if (diagnostics != nullptr) *diagnostics = std::move(report.diagnostics);
  return report.ok();
}

// Rebuilds after each quiet batch of changes until the watcher is stopped.
void rebuild_on_change(const ServeArgs& args, LiveSite& live, serve::SiteWatcher& watcher,
                       serve::SiteServer& server) {
  for (;;) {
    std::vector<std::string> changed = watcher.wait_for_changes(std::chrono::milliseconds(100));
    if (changed.empty()) return;
    if (args.format == OutputFormat::text) {
      fmt::print(stderr, "changed: {}{}\n", changed.front(),
                 changed.size() > 1 ? fmt::format(" and {} more", changed.size() - 1) : "");
    }
    Diagnostics diagnostics;
    bool ok = build_once(args, live, changed, &diagnostics);
    server.site_rebuilt(ok, diagnostics);
  }
}

// Waits for SIGINT or SIGTERM (which every thread has blocked); SIGHUP
// reopens the search index and re-reads the files.
void wait_for_shutdown_signal(serve::SiteServer& server) {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGHUP);
  for (;;) {
    int received = 0;
    if (sigwait(&signals, &received) != 0) continue;
    if (received != SIGHUP) return;
    server.reload_index();
    fmt::print(stderr, "reopened the search index\n");
  }
}

void block_shutdown_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  signal(SIGPIPE, SIG_IGN);
}

int run_serve(ServeArgs& args) {
  args.build.site_dir = args.site;
  args.build.out_dir = std::filesystem::path(args.out).lexically_normal();
  // Watching rebuilds, so it needs a build, and the API alone has no pages.
  args.watch = !args.no_watch && !args.no_build && !args.serve.api_only;
  args.serve.root = args.build.out_dir;
  args.serve.index_dir = search_index_dir(args.build.out_dir);
  args.serve.preview = args.watch;
  args.serve.read_timeout = std::chrono::seconds(args.read_timeout);
  block_shutdown_signals();  // before any thread starts, so all inherit it

  Diagnostics first_build;
  bool built = true;
  LiveSite live(args.build);
  if (!args.no_build && !args.serve.api_only) {
    built = build_once(args, live, {}, &first_build);
    if (!built && !args.watch) {
      return site_unreadable(first_build) ? kExitUsage : kExitContentError;
    }
  }
  if (!args.serve.api_only && !std::filesystem::is_directory(args.build.out_dir)) {
    if (!args.watch) {
      fmt::print(stderr, "error: nothing to serve: {} does not exist (run mwp build)\n",
                 args.build.out_dir.string());
      return kExitUsage;
    }
    std::filesystem::create_directories(args.build.out_dir);
  }

  if (args.serve.api_only && !std::filesystem::is_directory(args.serve.index_dir)) {
    fmt::print(stderr,
               "warning: no search index at {}; /api/ answers 503 until it exists and the "
               "server gets SIGHUP\n",
               args.serve.index_dir.string());
  }
  use_small_heap_pages();  // for the connection threads from here on (heap_pages.h)
  serve::SiteServer server(args.serve);
  std::string error;
  if (!server.bind(error)) {
    fmt::print(stderr, "error: {}\n", error);
    return kExitUsage;
  }
  if (!built) server.site_rebuilt(false, first_build);

  std::unique_ptr<serve::SiteWatcher> watcher;
  if (args.watch) {
    watcher = std::make_unique<serve::SiteWatcher>(
        args.build.site_dir,
        std::vector<std::filesystem::path>{args.build.out_dir, args.serve.index_dir});
    if (!watcher->start(error)) {
      fmt::print(stderr, "error: {}\n", error);
      return kExitUsage;
    }
  }
  std::thread serving([&server] { server.run(); });
  std::thread rebuilding;
  if (watcher != nullptr) {
    rebuilding = std::thread([&] { rebuild_on_change(args, live, *watcher, server); });
  }
  std::string host = args.serve.host.find(':') != std::string::npos ? "[" + args.serve.host + "]"
                                                                    : args.serve.host;
  fmt::print("Serving http://{}:{}/{}{}\n", host, server.port(), args.serve.api_only ? "api/" : "",
             args.watch ? " (rebuilt as you save; Ctrl-C stops)" : " (Ctrl-C stops)");
  std::fflush(stdout);

  wait_for_shutdown_signal(server);
  fmt::print(stderr, "shutting down\n");
  if (watcher != nullptr) watcher->stop();
  if (rebuilding.joinable()) rebuilding.join();
  server.stop();
  serving.join();
  return 0;
}

}  // namespace

void add_serve_command(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<ServeArgs>();
  auto* cmd = app.add_subcommand("serve", "build the site and serve it, rebuilding as you save");
  cmd->group(kPublishGroup);
  add_site_option(*cmd, args->site);
  add_out_option(*cmd, args->out, "the folder to build into and serve");
  cmd->add_option("--host", args->serve.host,
                  "the address to listen on (default: " + args->serve.host + ")")
      ->option_text("ADDRESS");
  cmd->add_option("-p,--port", args->serve.port,
                  "the port to listen on; 0 takes any free port (default: " +
                      std::to_string(args->serve.port) + ")")
      ->check(CLI::Range(0, 65535).description(""))
      ->option_text("PORT");
  cmd->add_flag("--no-watch", args->no_watch, "build once; do not rebuild on changes");
  cmd->add_flag("--no-build", args->no_build, "serve the output folder as it is, without building");
  cmd->add_flag("--api-only", args->serve.api_only,
                "serve only the search API (/api/*) from the search index beside the output "
                "folder: no build, no pages");
  cmd->add_flag("-D,--drafts", args->build.drafts, "build and serve draft articles and pages too");
  cmd->add_option("--threads", args->serve.threads,
                  "connection threads (default: 0, sized to the machine)")
      ->option_text("N");
  cmd->add_option("--read-timeout", args->read_timeout,
                  "seconds a client may stay silent, 1 to 300 (default: " +
                      std::to_string(args->read_timeout) + ")")
      ->check(CLI::Range(1, 300).description(""))
      ->option_text("SECONDS");
  add_format_option(*cmd, args->format);
  set_help_details(*cmd,
                   "Serves the pages and the search API. While it runs, a saved change "
                   "rebuilds what it affects, open browser tabs reload, and a build error "
                   "shows in the page until it is fixed. Editors' temporary files are "
                   "ignored. Ctrl-C stops it.",
                   {{"mwp serve",
                     "preview the site in this folder (or ./site) on "
                     "http://127.0.0.1:8080"},
                    {"mwp serve -D -p 8000", "preview with the drafts, on port 8000"},
                    {"mwp serve --no-watch --host 0.0.0.0",
                     "serve a finished build on every address of this machine"}});
  cmd->callback([args, &context] { context.exit_code = run_serve(*args); });
}

}  // namespace mwp::cli
