// The HTTP server for a built site: static files with validators, gzip and
// pretty URLs, the search API, and (in live preview) the reload channel.
//
// Usage:
//   SiteServer server(options);
//   if (!server.bind(error)) ...          // "address already in use" etc.
//   std::thread t([&] { server.run(); });
//   ...  server.stop();  t.join();        // in-flight requests complete first
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>

#include "diag/diagnostic.h"
#include "serve/preview_state.h"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace mwp::serve {

class StaticFiles;
class SearchEndpoint;

struct ServeOptions {
  std::filesystem::path root;       // the built site ("public")
  std::filesystem::path index_dir;  // the search index; empty: no /api/ routes
  std::string host = "127.0.0.1";
  int port = 8080;                       // 0: any free port (see port())
  bool preview = false;                  // inject the reload script and serve /__mwp/*
  bool api_only = false;                 // serve /api/* only (a read-only replica of the index)
  size_t threads = 0;                    // 0: default_thread_count()
  std::chrono::seconds read_timeout{5};  // per read from a client
  std::chrono::seconds write_timeout{10};
  std::chrono::seconds keep_alive_timeout{5};
  // Requests per keep-alive connection before it is closed. Each open
  // connection holds a thread, so this bounds how long a queued connection
  // can wait behind busy ones (nginx's default was 100 for the same reason).
  size_t keep_alive_requests = 100;
  size_t max_header_bytes = 16 * 1024;  // all request headers together
  size_t max_body_bytes = 16 * 1024;
};

class SiteServer {
 public:
  explicit SiteServer(ServeOptions options);
  ~SiteServer();
  SiteServer(const SiteServer&) = delete;
  SiteServer& operator=(const SiteServer&) = delete;

  // Binds the listening socket. False with a readable `error` when the
  // address cannot be used (port taken, bad host, no permission).
  bool bind(std::string& error);

  // The bound port (the chosen one when options.port was 0).
  int port() const { return port_; }

  // Serves until stop(). Requires a successful bind().
  void run();

  // Stops accepting, ends event streams, lets in-flight requests finish, and
  // makes run() return. Thread-safe; idempotent.
  void stop();

  // After a build: forget cached files, reopen the search index, and tell
  // open preview tabs to reload (ok) or show the diagnostics (not ok).
  void site_rebuilt(bool ok, const Diagnostics& diagnostics);

  // Reopens the search index (after a deploy replaced it).
  void reload_index();

  PreviewState& preview_state() { return preview_; }

 private:
  void install_routes();
  void handle_get(const httplib::Request& request, httplib::Response& response);
  // /search/?q= rendered with results; false when the index has no page
  // bundle (the static page is served instead).
  bool handle_search_page(const httplib::Request& request, httplib::Response& response);
  void handle_preview(const std::string& route, const httplib::Request& request,
                      httplib::Response& response);
  void handle_api(const std::string& route, const httplib::Request& request,
                  httplib::Response& response);
  void handle_static(const struct RequestTarget& target, const httplib::Request& request,
                     httplib::Response& response);
  void send_not_found(const httplib::Request& request, httplib::Response& response);

  ServeOptions options_;
  std::unique_ptr<httplib::Server> http_;
  std::unique_ptr<StaticFiles> files_;
  std::unique_ptr<SearchEndpoint> search_;
  PreviewState preview_;
  std::atomic<size_t> event_streams_{0};
  std::atomic<bool> stopping_{false};
  std::atomic<bool> run_started_{false};
  std::atomic<bool> run_finished_{false};
  int port_ = 0;
  int listen_socket_ = -1;  // the bound socket, captured by the socket-options hook
};

}  // namespace mwp::serve
