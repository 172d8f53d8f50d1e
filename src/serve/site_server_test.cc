#include "serve/site_server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <thread>

#include "serve/serve_test_tree.h"

namespace mwp::serve {
namespace {

const std::string kHome = "<html><body>" + std::string(2000, 'h') + "</body></html>";

class SiteServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.write("index.html", kHome);
    site_.write("a/b/index.html", "<html><body>article</body></html>");
    site_.write("assets/site.css", "body { color: black; }");
    site_.write("404.html", "<html><body>our own 404</body></html>");
  }
  void TearDown() override { stop(); }

  void start(bool preview = false, bool api_only = false) {
    ServeOptions options;
    options.root = site_.root();
    options.port = 0;
    options.preview = preview;
    options.api_only = api_only;
    options.threads = 4;
    server_ = std::make_unique<SiteServer>(options);
    std::string error;
    ASSERT_TRUE(server_->bind(error)) << error;
    thread_ = std::thread([this] { server_->run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    client_->set_decompress(false);
    client_->set_url_encode(false);
  }

  void stop() {
    if (server_ != nullptr) server_->stop();
    if (thread_.joinable()) thread_.join();
  }

  httplib::Result get(const std::string& path, httplib::Headers headers = {}) {
    return client_->Get(path.c_str(), headers);
  }

  TestTree site_;
  std::unique_ptr<SiteServer> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

void expect_security_headers(const httplib::Response& response) {
  EXPECT_NE(response.get_header_value("Content-Security-Policy").find("default-src 'self'"),
            std::string::npos);
  EXPECT_EQ(response.get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(response.get_header_value("X-Frame-Options"), "DENY");
  EXPECT_FALSE(response.get_header_value("Referrer-Policy").empty());
}

TEST_F(SiteServerTest, ServesPagesWithValidatorsAndSecurityHeaders) {
  start();
  auto home = get("/");
  ASSERT_TRUE(home);
  EXPECT_EQ(home->status, 200);
  EXPECT_EQ(home->body, kHome);
  EXPECT_EQ(home->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(home->get_header_value("Cache-Control"), "no-cache");
  EXPECT_FALSE(home->get_header_value("Last-Modified").empty());
  expect_security_headers(*home);
  std::string etag = home->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());

  auto again = get("/", {{"If-None-Match", etag}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 304);
  EXPECT_TRUE(again->body.empty());
  auto by_date = get("/", {{"If-Modified-Since", home->get_header_value("Last-Modified")}});
  ASSERT_TRUE(by_date);
  EXPECT_EQ(by_date->status, 304);
  auto stale = get("/", {{"If-None-Match", "\"stale\""}});
  ASSERT_TRUE(stale);
  EXPECT_EQ(stale->status, 200);

  auto css = get("/assets/site.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->get_header_value("Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(css->get_header_value("Content-Type"), "text/css; charset=utf-8");
}

TEST_F(SiteServerTest, GzipsTextOnlyForClientsThatAcceptIt) {
  start();
  auto packed = get("/", {{"Accept-Encoding", "gzip, deflate, br"}});
  ASSERT_TRUE(packed);
  EXPECT_EQ(packed->get_header_value("Content-Encoding"), "gzip");
  EXPECT_EQ(packed->get_header_value("Vary"), "Accept-Encoding");
  EXPECT_LT(packed->body.size(), kHome.size() / 4);
  EXPECT_EQ(static_cast<unsigned char>(packed->body[0]), 0x1f);
  // The compressed representation has its own tag, and a 304 for it.
  std::string etag = packed->get_header_value("ETag");
  auto revalidated = get("/", {{"Accept-Encoding", "gzip"}, {"If-None-Match", etag}});
  ASSERT_TRUE(revalidated);
  EXPECT_EQ(revalidated->status, 304);

  auto refused = get("/", {{"Accept-Encoding", "gzip;q=0, br"}});
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->get_header_value("Content-Encoding"), "");
  EXPECT_EQ(refused->body, kHome);
}

TEST_F(SiteServerTest, HeadSendsHeadersOnly) {
  start();
  auto head = client_->Head("/");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
  EXPECT_EQ(head->get_header_value("Content-Length"), std::to_string(kHome.size()));
}

TEST_F(SiteServerTest, PrettyUrlsRedirectsAndTheSitesOwn404) {
  start();
  auto article = get("/a/b/");
  ASSERT_TRUE(article);
  EXPECT_EQ(article->status, 200);
  EXPECT_EQ(article->body, "<html><body>article</body></html>");

  auto bare = get("/a/b?from=x");
  ASSERT_TRUE(bare);
  EXPECT_EQ(bare->status, 301);
  EXPECT_EQ(bare->get_header_value("Location"), "/a/b/?from=x");

  auto missing = get("/no/such/page/");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(missing->body, "<html><body>our own 404</body></html>");
  expect_security_headers(*missing);

  auto hidden = get("/.git/config");
  ASSERT_TRUE(hidden);
  EXPECT_EQ(hidden->status, 404);
}

TEST_F(SiteServerTest, RejectsHostileRequests) {
  start();
  auto traversal = get("/%2e%2e/%2e%2e/etc/passwd");
  ASSERT_TRUE(traversal);
  EXPECT_EQ(traversal->status, 400);
  expect_security_headers(*traversal);

  auto post = client_->Post("/", "x=1", "application/x-www-form-urlencoded");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  EXPECT_EQ(post->get_header_value("Allow"), "GET, HEAD");

  auto huge_body = client_->Post("/", std::string(64 * 1024, 'x'), "text/plain");
  ASSERT_TRUE(huge_body);
  EXPECT_EQ(huge_body->status, 413);

  httplib::Headers many;
  for (int i = 0; i < 40; ++i)
    many.emplace("X-Padding-" + std::to_string(i), std::string(500, 'p'));
  auto big_headers = get("/", many);
  ASSERT_TRUE(big_headers);
  EXPECT_EQ(big_headers->status, 431);
  expect_security_headers(*big_headers);

  // Multiple ranges would make the server assemble a body many times the file.
  auto ranges = get("/", {{"Range", "bytes=0-,0-,0-,0-"}});
  ASSERT_TRUE(ranges);
  EXPECT_EQ(ranges->status, 200);
  EXPECT_EQ(ranges->body, kHome);
  auto one_range = get("/", {{"Range", "bytes=0-5"}});
  ASSERT_TRUE(one_range);
  EXPECT_EQ(one_range->status, 206);
  EXPECT_EQ(one_range->body, kHome.substr(0, 6));
}

TEST_F(SiteServerTest, PreviewInjectsTheScriptAndReportsStatus) {
  start(/*preview=*/true);
  auto home = get("/");
  ASSERT_TRUE(home);
  EXPECT_NE(home->body.find("<script src=\"/__mwp/reload.js\" defer></script></body>"),
            std::string::npos);
  auto script = get("/__mwp/reload.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 200);
  EXPECT_EQ(script->get_header_value("Content-Type"), "text/javascript; charset=utf-8");

  Diagnostics diagnostics;
  diagnostics.error("content/a.md", 3, 1, "missing-section", "no evidence section");
  server_->site_rebuilt(false, diagnostics);
  auto status = get("/__mwp/status");
  ASSERT_TRUE(status);
  EXPECT_NE(status->body.find("\"ok\":false"), std::string::npos);
  EXPECT_NE(status->body.find("content/a.md:3:1: error: no evidence section [missing-section]"),
            std::string::npos);
}

TEST_F(SiteServerTest, PreviewRoutesDoNotExistOutsidePreview) {
  start();
  auto script = get("/__mwp/reload.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 404);
  auto home = get("/");
  ASSERT_TRUE(home);
  EXPECT_EQ(home->body.find("__mwp"), std::string::npos);
}

TEST_F(SiteServerTest, ApiOnlyServesNoPages) {
  start(false, /*api_only=*/true);
  auto home = get("/");
  ASSERT_TRUE(home);
  EXPECT_EQ(home->status, 404);
  EXPECT_EQ(home->get_header_value("Content-Type"), "application/json; charset=utf-8");
}

TEST_F(SiteServerTest, ATakenPortIsAClearError) {
  start();
  ServeOptions options;
  options.root = site_.root();
  options.port = server_->port();
  SiteServer second(options);
  std::string error;
  EXPECT_FALSE(second.bind(error));
  EXPECT_NE(error.find("already in use"), std::string::npos) << error;
}

}  // namespace
}  // namespace mwp::serve
