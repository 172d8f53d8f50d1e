#include "serve/static_files.h"

#include <gtest/gtest.h>

#include "serve/serve_test_tree.h"

namespace mwp::serve {
namespace {

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    outside_.write("secret.txt", "top secret");
    site_.write("index.html", "<html><body>home</body></html>");
    site_.write("a/b/index.html", "<html><body>article</body></html>");
    site_.write("a/b/figure.svg", "<svg></svg>");
    site_.write("folder-without-index/x.txt", "x");
    site_.write("404.html", "<html><body>not here</body></html>");
    site_.write("assets/site.css", std::string(4096, 'a'));
    std::filesystem::create_symlink(outside_.root() / "secret.txt", site_.root() / "leak.txt");
    std::filesystem::create_directory_symlink(outside_.root(), site_.root() / "leakdir");
    std::filesystem::create_symlink(site_.root() / "a/b/figure.svg", site_.root() / "alias.svg");
  }

  Lookup get(std::string_view target) { return files_.lookup(parse_request_target(target)); }

  TestTree site_;
  TestTree outside_;
  StaticFiles files_{StaticFilesOptions{site_.root(), false, size_t{1} << 20}};
};

struct LookupCase {
  const char* target;
  LookupStatus status;
  const char* relative_or_location;
};

TEST_F(StaticFilesTest, ResolvesPrettyUrlsAndRefusesEscapes) {
  const LookupCase kCases[] = {
      {"/", LookupStatus::file, "index.html"},
      {"/index.html", LookupStatus::file, "index.html"},
      {"/a/b/", LookupStatus::file, "a/b/index.html"},
      {"/a/b", LookupStatus::redirect, "/a/b/"},
      {"/a/b?x=1", LookupStatus::redirect, "/a/b/?x=1"},
      {"/a/b/figure.svg", LookupStatus::file, "a/b/figure.svg"},
      {"/a/b/figure.svg/", LookupStatus::not_found, ""},
      {"/a/", LookupStatus::not_found, ""},  // a folder with no index is never listed
      {"/a", LookupStatus::not_found, ""},
      {"/folder-without-index/", LookupStatus::not_found, ""},
      {"/missing", LookupStatus::not_found, ""},
      {"/leak.txt", LookupStatus::not_found, ""},  // symlink pointing out of the root
      {"/leakdir/secret.txt", LookupStatus::not_found, ""},
      {"/alias.svg", LookupStatus::file, "alias.svg"},  // symlink staying inside is fine
      {"/../secret.txt", LookupStatus::not_found, ""},
      {"/%2e%2e/secret.txt", LookupStatus::not_found, ""},
  };
  for (const LookupCase& c : kCases) {
    SCOPED_TRACE(c.target);
    Lookup found = get(c.target);
    EXPECT_EQ(static_cast<int>(found.status), static_cast<int>(c.status));
    if (c.status == LookupStatus::file) {
      ASSERT_NE(found.file, nullptr);
      EXPECT_EQ(found.file->relative, c.relative_or_location);
    }
    if (c.status == LookupStatus::redirect) {
      EXPECT_EQ(found.location, c.relative_or_location);
    }
  }
}

TEST_F(StaticFilesTest, CachesUntilTheFileChanges) {
  Lookup first = get("/a/b/");
  ASSERT_NE(first.file, nullptr);
  EXPECT_EQ(get("/a/b/").file, first.file);  // same cached entry
  site_.write("a/b/index.html", "<html><body>rewritten article</body></html>");
  Lookup second = get("/a/b/");
  ASSERT_NE(second.file, nullptr);
  EXPECT_EQ(second.file->body, "<html><body>rewritten article</body></html>");
  EXPECT_NE(second.file->etag, first.file->etag);
  std::filesystem::remove(site_.root() / "a/b/index.html");
  EXPECT_EQ(get("/a/b/").status, LookupStatus::not_found);
}

TEST_F(StaticFilesTest, KeepsGzipOnlyForCompressibleText) {
  Lookup css = get("/assets/site.css");
  ASSERT_NE(css.file, nullptr);
  ASSERT_TRUE(css.file->gzip_body.has_value());
  EXPECT_LT(css.file->gzip_body->size(), css.file->body.size());
  EXPECT_EQ(css.file->content_type, "text/css; charset=utf-8");
  Lookup small = get("/a/b/figure.svg");
  ASSERT_NE(small.file, nullptr);
  EXPECT_FALSE(small.file->gzip_body.has_value());  // too small to be worth it
}

TEST_F(StaticFilesTest, NotFoundPageIsTheSitesOwn) {
  std::shared_ptr<const FileEntry> page = files_.not_found_page();
  ASSERT_NE(page, nullptr);
  EXPECT_EQ(page->body, "<html><body>not here</body></html>");
}

TEST(StaticFilesPreviewTest, InjectsTheReloadScriptIntoHtmlOnly) {
  TestTree site;
  site.write("index.html", "<html><body>home</body></html>");
  site.write("data.json", "{}");
  StaticFiles files(StaticFilesOptions{site.root(), true, size_t{1} << 20});
  Lookup home = files.lookup(parse_request_target("/"));
  ASSERT_NE(home.file, nullptr);
  EXPECT_EQ(home.file->body,
            "<html><body>home<script src=\"/__mwp/reload.js\" defer></script></body></html>");
  Lookup data = files.lookup(parse_request_target("/data.json"));
  ASSERT_NE(data.file, nullptr);
  EXPECT_EQ(data.file->body, "{}");
}

}  // namespace
}  // namespace mwp::serve
