#include "serve/site_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>
#include <thread>

#include "serve/bounded_pool.h"
#include "serve/conditional.h"
#include "serve/content_encoding.h"
#include "serve/reload_script.h"
#include "serve/response_policy.h"
#include "serve/search_endpoint.h"
#include "serve/static_files.h"
#include "serve/url_path.h"

namespace mwp::serve {
namespace {

using httplib::Request;
using httplib::Response;

constexpr std::string_view kTextType = "text/plain; charset=utf-8";
constexpr std::string_view kJsonType = "application/json; charset=utf-8";
constexpr size_t kMaxHeaderCount = 100;
constexpr size_t kMinCompressible = 256;
constexpr auto kHeartbeat = std::chrono::seconds(10);

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

void add_security_headers(Response& response) {
  for (const auto& [name, value] : security_headers()) response.set_header(name, value);
}

// What httplib must not do on its own. Debian builds it with zlib and brotli,
// so it compresses every text body whose request accepts gzip or br, again on
// every request; we send cached gzip bodies instead, so once negotiated the
// Accept-Encoding header is hidden from it. It also answers any number of
// byte ranges as one multipart body (an amplification vector); only a single
// range, still valid for the representation (If-Range), is honoured. The
// Request httplib hands us is a non-const object in its own frame, so
// changing it here is well defined.
void take_over_from_httplib(const Request& request, std::string_view etag) {
  auto& owned = const_cast<Request&>(request);
  owned.headers.erase("Accept-Encoding");
  std::string if_range = owned.get_header_value("If-Range");
  if (owned.ranges.size() > 1 || (!if_range.empty() && if_range != etag)) owned.ranges.clear();
}

std::string gzip_etag(std::string_view etag) {
  std::string tag(etag);
  if (tag.size() >= 2) tag.insert(tag.size() - 1, "-gz");
  return tag;
}

// Sends a body built for this request (API answers, status JSON, errors).
void send_dynamic(const Request& request, Response& response, int status,
                  std::string_view content_type, std::string body, std::string_view cache) {
  bool gzip = accepts_gzip(request.get_header_value("Accept-Encoding"));
  take_over_from_httplib(request, "");
  auto& owned = const_cast<Request&>(request);
  owned.ranges.clear();
  response.set_header("Cache-Control", std::string(cache));
  if (is_compressible(content_type)) {
    response.set_header("Vary", "Accept-Encoding");
    if (gzip && body.size() >= kMinCompressible) {
      if (std::optional<std::string> packed = gzip_compress(body)) {
        body = std::move(*packed);
        response.set_header("Content-Encoding", "gzip");
      }
    }
  }
  response.status = status;
  response.set_content(body, std::string(content_type));
}

void send_text(const Request& request, Response& response, int status, std::string_view text) {
  send_dynamic(request, response, status, kTextType, std::string(text) + "\n", "no-cache");
}

// Sends a cached file with its validators; 304 when the client's copy is current.
void send_file(const Request& request, Response& response, const FileEntry& file, int status,
               std::string_view cache) {
  bool gzip = file.gzip_body && accepts_gzip(request.get_header_value("Accept-Encoding"));
  std::string etag = gzip ? gzip_etag(file.etag) : file.etag;
  take_over_from_httplib(request, etag);
  response.set_header("Cache-Control", std::string(cache));
  if (is_compressible(file.content_type)) response.set_header("Vary", "Accept-Encoding");
  if (status == 200) {
    response.set_header("ETag", etag);
    response.set_header("Last-Modified", format_http_date(file.last_modified));
    std::string if_none_match = request.get_header_value("If-None-Match");
    bool fresh = is_not_modified(if_none_match, request.get_header_value("If-Modified-Since"),
                                 file.etag, file.last_modified) ||
                 (!if_none_match.empty() && etag_matches(if_none_match, gzip_etag(file.etag)));
    if (fresh) {
      response.status = 304;
      return;
    }
  } else {
    const_cast<Request&>(request).ranges.clear();
    response.status = status;
  }
  if (gzip) response.set_header("Content-Encoding", "gzip");
  response.set_content(gzip ? *file.gzip_body : file.body, file.content_type);
}

}  // namespace

SiteServer::SiteServer(ServeOptions options)
    : options_(std::move(options)), http_(std::make_unique<httplib::Server>()) {
  files_ = std::make_unique<StaticFiles>(
      StaticFilesOptions{options_.root, options_.preview, size_t{256} << 20});
  if (!options_.index_dir.empty()) search_ = std::make_unique<SearchEndpoint>(options_.index_dir);
  size_t threads = options_.threads == 0 ? default_thread_count() : options_.threads;
  http_->new_task_queue = [threads] { return new BoundedPool(threads, threads * 4); };
  http_->set_read_timeout(options_.read_timeout);
  http_->set_write_timeout(options_.write_timeout);
  http_->set_keep_alive_timeout(options_.keep_alive_timeout.count());
  http_->set_keep_alive_max_count(options_.keep_alive_requests);
  http_->set_payload_max_length(options_.max_body_bytes);
  http_->set_tcp_nodelay(true);
  // httplib's default also sets SO_REUSEPORT, which lets a second server bind
  // a port already in use and silently share it; keep only SO_REUSEADDR.
  http_->set_socket_options([this](socket_t socket) {
    int yes = 1;
    ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    listen_socket_ = socket;
  });
  install_routes();
}

SiteServer::~SiteServer() {
  stop();
}

bool SiteServer::bind(std::string& error) {
  errno = 0;
  int port = options_.port;
  bool bound = port == 0 ? (port = http_->bind_to_any_port(options_.host)) > 0
                         : http_->bind_to_port(options_.host, port);
  if (!bound) {
    int cause = errno;
    error = "cannot listen on " + options_.host + ":" + std::to_string(options_.port);
    if (cause == EADDRINUSE) {
      error += ": the port is already in use (choose another with --port)";
    } else if (cause != 0) {
      error += ": " + std::string(std::strerror(cause));
    }
    return false;
  }
  port_ = port;
  // Debian's libcpp-httplib is compiled with a listen backlog of 5: under a
  // burst of connections the kernel drops SYNs and clients stall for seconds
  // in retransmits. Listening again on the bound socket raises the backlog.
  if (listen_socket_ >= 0) ::listen(listen_socket_, SOMAXCONN);
  return true;
}

void SiteServer::run() {
  run_started_ = true;
  if (!stopping_) http_->listen_after_bind();
  run_finished_ = true;
}

void SiteServer::stop() {
  if (stopping_.exchange(true)) return;
  preview_.close();
  // httplib's stop() does nothing until listen_after_bind() has marked the
  // server running, so wait for run() to get that far (or to finish).
  while (run_started_ && !run_finished_ && !http_->is_running()) std::this_thread::yield();
  http_->stop();
}

void SiteServer::site_rebuilt(bool ok, const Diagnostics& diagnostics) {
  if (ok) {
    files_->invalidate();
    if (search_ != nullptr) search_->reopen();
  }
  preview_.publish(ok, diagnostics);
}

void SiteServer::reload_index() {
  files_->invalidate();
  if (search_ != nullptr) search_->reopen();
}

void SiteServer::install_routes() {
  http_->set_pre_routing_handler([this](const Request& request, Response& response) {
    add_security_headers(response);
    size_t bytes = 0;
    for (const auto& [name, value] : request.headers) bytes += name.size() + value.size() + 4;
    if (bytes > options_.max_header_bytes || request.headers.size() > kMaxHeaderCount) {
      send_text(request, response, 431, "Request header fields too large");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  http_->Get(".*",
             [this](const Request& request, Response& response) { handle_get(request, response); });
  auto not_allowed = [](const Request& request, Response& response) {
    response.set_header("Allow", "GET, HEAD");
    send_text(request, response, 405, "Method not allowed");
  };
  http_->Post(".*", not_allowed);
  http_->Put(".*", not_allowed);
  http_->Patch(".*", not_allowed);
  http_->Delete(".*", not_allowed);
  http_->Options(".*", not_allowed);
  http_->set_error_handler(httplib::Server::HandlerWithResponse([](const Request& request,
                                                                   Response& response) {
    add_security_headers(response);
    if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    if (response.status == 404 && request.method != "GET" && request.method != "HEAD") {
      response.status = 405;
      response.set_header("Allow", "GET, HEAD");
    }
    response.set_header("Cache-Control", "no-cache");
    // httplib rejects an over-long request line before parsing it, so the
    // path is unknown; such requests are almost always search queries, and
    // API clients get JSON.
    if (response.status == 414 || starts_with(request.path, "/api/")) {
      nlohmann::json body = {
          {"error", std::string(status_text(response.status)) +
                        (response.status == 414 ? ": the request line is limited to 8 kB and a "
                                                  "search query to 1000 bytes"
                                                : "")}};
      response.set_content(body.dump(), std::string(kJsonType));
      return httplib::Server::HandlerResponse::Handled;
    }
    response.set_content(std::string(status_text(response.status)) + "\n", std::string(kTextType));
    return httplib::Server::HandlerResponse::Handled;
  }));
  http_->set_exception_handler([](const Request& request, Response& response, std::exception_ptr) {
    send_text(request, response, 500, "Internal server error");
  });
}

void SiteServer::handle_get(const Request& request, Response& response) {
  RequestTarget target = parse_request_target(request.target);
  if (!target.ok()) {
    if (target.error == TargetError::hidden_segment) return send_not_found(request, response);
    return send_text(request, response, 400,
                     "Bad request: " + std::string(target_error_name(target.error)));
  }
  const std::string& path = target.relative;
  if (path == "api" || starts_with(path, "api/")) {
    return handle_api(path.size() > 4 ? path.substr(4) : "", request, response);
  }
  if (options_.preview && starts_with(path, "__mwp/")) {
    return handle_preview(path.substr(6), request, response);
  }
  if (search_ != nullptr && !request.get_param_value("q").empty() &&
      ((path == "search" && target.trailing_slash) || path == "search/index.html")) {
    if (handle_search_page(request, response)) return;
  }
  if (options_.api_only) {
    return send_dynamic(request, response, 404, kJsonType, R"({"error":"not found"})", "no-cache");
  }
  handle_static(target, request, response);
}

void SiteServer::handle_static(const RequestTarget& target, const Request& request,
                               Response& response) {
  Lookup found = files_->lookup(target);
  switch (found.status) {
    case LookupStatus::file: {
      std::string cache = options_.preview
                              ? "no-cache"
                              : cache_control_for("/" + target.relative, found.file->content_type);
      return send_file(request, response, *found.file, 200, cache);
    }
    case LookupStatus::redirect:
      response.set_header("Location", found.location);
      return send_text(request, response, 301, "Moved permanently to " + found.location);
    case LookupStatus::not_found:
      return send_not_found(request, response);
  }
}

void SiteServer::send_not_found(const Request& request, Response& response) {
  std::shared_ptr<const FileEntry> page = options_.api_only ? nullptr : files_->not_found_page();
  if (page == nullptr) return send_text(request, response, 404, "Not found");
  send_file(request, response, *page, 404, "no-cache");
}

bool SiteServer::handle_search_page(const Request& request, Response& response) {
  std::optional<PageAnswer> page =
      search_->page([&request](const char* name) { return request.get_param_value(name); });
  if (!page) return false;
  if (options_.preview) page->html = inject_reload_script(page->html);
  send_dynamic(request, response, page->status, "text/html; charset=utf-8", std::move(page->html),
               "no-cache");
  return true;
}

void SiteServer::handle_api(const std::string& route, const Request& request, Response& response) {
  if (search_ == nullptr) {
    return send_dynamic(request, response, 404, kJsonType, R"({"error":"not found"})", "no-cache");
  }
  ApiAnswer answer = search_->answer(
      route, [&request](const char* name) { return request.get_param_value(name); });
  send_dynamic(request, response, answer.status, kJsonType, std::move(answer.json), "no-cache");
}

void SiteServer::handle_preview(const std::string& route, const Request& request,
                                Response& response) {
  if (route == "reload.js") {
    return send_dynamic(request, response, 200, "text/javascript; charset=utf-8",
                        std::string(reload_script()), "no-cache");
  }
  if (route == "status") {
    return send_dynamic(request, response, 200, kJsonType, preview_.status_json(), "no-store");
  }
  if (route != "events") return send_not_found(request, response);
  size_t threads = options_.threads == 0 ? default_thread_count() : options_.threads;
  if (event_streams_.load() >= std::max<size_t>(1, threads / 2)) {
    response.set_header("Retry-After", "5");
    return send_text(request, response, 503, "Too many live-reload connections");
  }
  response.set_header("Cache-Control", "no-store");
  response.set_header("X-Accel-Buffering", "no");
  if (request.method == "HEAD") {
    response.set_content(std::string(), "text/event-stream");
    return;
  }
  event_streams_.fetch_add(1);
  uint64_t seen = preview_.current().generation;
  std::string hello = "retry: 1000\n" + sse_message("hello", std::to_string(seen));
  response.set_chunked_content_provider(
      "text/event-stream",
      [this, seen, hello](size_t, httplib::DataSink& sink) mutable {
        if (!hello.empty()) {
          std::string first = std::move(hello);
          hello.clear();
          return sink.write(first.data(), first.size());
        }
        std::optional<PreviewEvent> event = preview_.wait_for_change(
            seen, std::chrono::duration_cast<std::chrono::milliseconds>(kHeartbeat));
        if (preview_.closed()) {
          sink.done();
          return true;
        }
        std::string message = ": heartbeat\n\n";
        if (event) {
          seen = event->generation;
          message = sse_message(event->ok ? "reload" : "status", std::to_string(seen));
        }
        return sink.write(message.data(), message.size());
      },
      [this](bool) { event_streams_.fetch_sub(1); });
}

}  // namespace mwp::serve
