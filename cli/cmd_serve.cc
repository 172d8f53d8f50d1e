// mwp serve: build the site, then serve it. --watch rebuilds on every change
// and reloads open browser tabs; --api-only serves the search API alone.
#include <fmt/format.h>
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "command.h"
#include "diagnostic_output.h"
#include "pipeline/live_site.h"
#include "pipeline/site_build.h"
#include "serve/bounded_pool.h"
#include "serve/site_server.h"
#include "serve/site_watcher.h"

namespace mwp::cli {
namespace {

struct ServeArgs {
  BuildOptions build;
  serve::ServeOptions serve;
  bool watch = false;
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
  args.build.out_dir = args.build.out_dir.lexically_normal();
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
    if (!built && !args.watch) return 1;
  }
  if (!args.serve.api_only && !std::filesystem::is_directory(args.build.out_dir)) {
    if (!args.watch) {
      fmt::print(stderr, "error: nothing to serve: {} does not exist (run mwp build)\n",
                 args.build.out_dir.string());
      return 2;
    }
    std::filesystem::create_directories(args.build.out_dir);
  }

  if (args.serve.api_only && !std::filesystem::is_directory(args.serve.index_dir)) {
    fmt::print(stderr,
               "warning: no search index at {}; /api/ answers 503 until it exists and the "
               "server gets SIGHUP\n",
               args.serve.index_dir.string());
  }
  serve::SiteServer server(args.serve);
  std::string error;
  if (!server.bind(error)) {
    fmt::print(stderr, "error: {}\n", error);
    return 2;
  }
  if (!built) server.site_rebuilt(false, first_build);

  std::unique_ptr<serve::SiteWatcher> watcher;
  if (args.watch) {
    watcher = std::make_unique<serve::SiteWatcher>(
        args.build.site_dir,
        std::vector<std::filesystem::path>{args.build.out_dir, args.serve.index_dir});
    if (!watcher->start(error)) {
      fmt::print(stderr, "error: {}\n", error);
      return 2;
    }
  }
  std::thread serving([&server] { server.run(); });
  std::thread rebuilding;
  if (watcher != nullptr) {
    rebuilding = std::thread([&] { rebuild_on_change(args, live, *watcher, server); });
  }
  std::string host = args.serve.host.find(':') != std::string::npos ? "[" + args.serve.host + "]"
                                                                    : args.serve.host;
  fmt::print("Serving http://{}:{}/{}\n", host, server.port(), args.serve.api_only ? "api/" : "");
  std::fflush(stdout);

  wait_for_shutdown_signal(server);
  fmt::print(stderr, "shutting down\n");
  if (watcher != nullptr) watcher->stop();
  if (rebuilding.joinable()) rebuilding.join();
  server.stop();
  serving.join();
  return 0;
}

void setup_serve(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<ServeArgs>();
  auto* cmd = app.add_subcommand("serve", "Build the site and serve it over HTTP");
  cmd->add_option("--site", args->build.site_dir, "Site folder")->capture_default_str();
  cmd->add_option("--out", args->build.out_dir, "Output folder to build into and serve")
      ->capture_default_str();
  cmd->add_option("--host", args->serve.host, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", args->serve.port, "Port to listen on (0 = any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  auto* watch =
      cmd->add_flag("--watch", args->watch,
                    "Live preview: rebuild on change, reload open tabs, show build errors");
  cmd->add_flag("--no-build", args->no_build, "Serve the output folder as it is");
  cmd->add_flag("--api-only", args->serve.api_only,
                "Serve only /api/* from the search index (no build, no pages)")
      ->excludes(watch);
  cmd->add_flag("--drafts", args->build.drafts, "Build draft articles and pages too");
  cmd->add_option("--threads", args->serve.threads, "Connection threads (0 = sized to the machine)")
      ->capture_default_str();
  cmd->add_option("--read-timeout", args->read_timeout, "Seconds a client may stay silent")
      ->capture_default_str()
      ->check(CLI::Range(1, 300));
  add_format_option(*cmd, args->format);
  cmd->callback([args, &context] { context.exit_code = run_serve(*args); });
}

const CommandRegistration kRegistration(setup_serve);

}  // namespace
}  // namespace mwp::cli
