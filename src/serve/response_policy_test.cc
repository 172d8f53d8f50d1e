#include "serve/response_policy.h"

#include <gtest/gtest.h>

namespace mwp::serve {
namespace {

struct LocationCase {
  const char* raw_path;
  const char* query;
  const char* location;
};

TEST(FolderRedirectLocationTest, NeverCarriesHeaderBreaks) {
  const LocationCase kCases[] = {
      {"/a/b", "", "/a/b/"},
      {"/a/b", "q=1&x=2", "/a/b/?q=1&x=2"},
      {"/caf%C3%A9", "", "/caf%C3%A9/"},
      {"/a\r\nSet-Cookie: x=1", "", "/a%0D%0ASet-Cookie:%20x=1/"},
      {"/a", "x\r\nLocation: //evil", "/a/?x%0D%0ALocation:%20//evil"},
      {"/a\"<script>", "", "/a%22%3Cscript%3E/"},
      {"/caf\xC3\xA9", "", "/caf%C3%A9/"},
      {"/a\\b", "", "/a%5Cb/"},
  };
  for (const LocationCase& c : kCases) {
    std::string location = folder_redirect_location(c.raw_path, c.query);
    EXPECT_EQ(location, c.location) << c.raw_path;
    EXPECT_EQ(location.find_first_of("\r\n"), std::string::npos);
  }
}

TEST(HeaderSafeUrlTest, EncodesEveryControlAndNonAsciiByte) {
  for (int byte = 0; byte < 256; ++byte) {
    std::string encoded = header_safe_url(std::string(1, static_cast<char>(byte)));
    bool plain = byte > 0x20 && byte < 0x7f &&
                 std::string_view("\"<>\\^`{|}").find(static_cast<char>(byte)) == std::string::npos;
    EXPECT_EQ(encoded.size(), plain ? 1u : 3u) << byte;
    for (char c : encoded) {
      EXPECT_GT(static_cast<unsigned char>(c), 0x20) << byte;
      EXPECT_LT(static_cast<unsigned char>(c), 0x7f) << byte;
    }
  }
}

struct TypeCase {
  const char* name;
  const char* type;
};

TEST(MediaTypeForTest, KnowsTheSiteFormats) {
  const TypeCase kCases[] = {
      {"index.html", "text/html; charset=utf-8"},
      {"a/b/INDEX.HTML", "text/html; charset=utf-8"},
      {"assets/site.css", "text/css; charset=utf-8"},
      {"assets/app.js", "text/javascript; charset=utf-8"},
      {"sitemap.xml", "application/xml; charset=utf-8"},
      {"feed.atom", "application/atom+xml; charset=utf-8"},
      {"logo.svg", "image/svg+xml"},
      {"photo.jpeg", "image/jpeg"},
      {"font.woff2", "font/woff2"},
      {"pagefind/wasm.en.pagefind", "application/octet-stream"},
      {"no-extension", "application/octet-stream"},
      {"dir.v2/file", "application/octet-stream"},
  };
  for (const TypeCase& c : kCases) EXPECT_EQ(media_type_for(c.name), c.type) << c.name;
}

TEST(CacheControlForTest, AssetsLongHtmlRevalidates) {
  EXPECT_EQ(cache_control_for("/assets/site.css", "text/css"),
            "public, max-age=31536000, immutable");
  EXPECT_EQ(cache_control_for("/a/b/index.html", "text/html; charset=utf-8"), "no-cache");
  EXPECT_EQ(cache_control_for("/api/search", "application/json"), "no-cache");
  EXPECT_EQ(cache_control_for("/favicon.ico", "image/x-icon"), "public, max-age=3600");
}

TEST(SecurityHeadersTest, ForbidInlineScriptAndFraming) {
  std::string csp;
  bool nosniff = false;
  bool frame_options = false;
  bool referrer = false;
  for (const auto& [name, value] : security_headers()) {
    if (name == "Content-Security-Policy") csp = value;
    nosniff |= name == "X-Content-Type-Options" && value == "nosniff";
    frame_options |= name == "X-Frame-Options" && value == "DENY";
    referrer |= name == "Referrer-Policy";
  }
  EXPECT_NE(csp.find("default-src 'self'"), std::string::npos);
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(csp.find("'unsafe-eval'"), std::string::npos);
  EXPECT_TRUE(nosniff);
  EXPECT_TRUE(frame_options);
  EXPECT_TRUE(referrer);
}

}  // namespace
}  // namespace mwp::serve
