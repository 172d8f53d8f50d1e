#include "serve/conditional.h"

#include <gtest/gtest.h>

namespace mwp::serve {
namespace {

constexpr std::time_t kModified = 784111777;  // Sun, 06 Nov 1994 08:49:37 GMT

TEST(HttpDateTest, FormatsAndParsesImfFixdate) {
  EXPECT_EQ(format_http_date(kModified), "Sun, 06 Nov 1994 08:49:37 GMT");
  EXPECT_EQ(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), kModified);
  EXPECT_EQ(parse_http_date(format_http_date(1700000000)), 1700000000);
}

TEST(HttpDateTest, RejectsOtherFormats) {
  const char* kBad[] = {"",
                        "Sunday, 06-Nov-94 08:49:37 GMT",
                        "Sun Nov  6 08:49:37 1994",
                        "Sun, 06 Nov 1994 08:49:37 UTC",
                        "Sun, 06 Foo 1994 08:49:37 GMT",
                        "Sun, 6 Nov 1994 08:49:37 GMT",
                        "Sun, 06 Nov 1994 25:49:37 GMT",
                        "garbage"};
  for (const char* text : kBad) EXPECT_FALSE(parse_http_date(text).has_value()) << text;
}

TEST(ContentEtagTest, DependsOnContentOnly) {
  std::string etag = content_etag("<p>hello</p>");
  EXPECT_EQ(etag, content_etag("<p>hello</p>"));
  EXPECT_NE(etag, content_etag("<p>hellp</p>"));
  EXPECT_NE(content_etag(""), content_etag(std::string(1, '\0')));
  ASSERT_GE(etag.size(), 3u);
  EXPECT_EQ(etag.front(), '"');
  EXPECT_EQ(etag.back(), '"');
}

struct ConditionalCase {
  const char* if_none_match;
  const char* if_modified_since;
  bool not_modified;
};

TEST(IsNotModifiedTest, FollowsRfc9110) {
  const std::string etag = "\"abc-12\"";
  const ConditionalCase kCases[] = {
      {"", "", false},
      {"\"abc-12\"", "", true},
      {"W/\"abc-12\"", "", true},  // weak comparison for If-None-Match
      {"\"x\", \"abc-12\"", "", true},
      {"\"x\",\"y\"", "", false},
      {"*", "", true},
      {"\"abc-1\"", "", false},
      {"\"abc-12", "", false},
      // If-None-Match decides alone when present, even against a later date.
      {"\"other\"", "Sun, 06 Nov 1994 08:49:37 GMT", false},
      {"", "Sun, 06 Nov 1994 08:49:37 GMT", true},
      {"", "Mon, 07 Nov 1994 08:49:37 GMT", true},
      {"", "Sun, 06 Nov 1994 08:49:36 GMT", false},
      {"", "not a date", false},
  };
  for (const ConditionalCase& c : kCases) {
    EXPECT_EQ(is_not_modified(c.if_none_match, c.if_modified_since, etag, kModified),
              c.not_modified)
        << "If-None-Match: " << c.if_none_match << " If-Modified-Since: " << c.if_modified_since;
  }
}

}  // namespace
}  // namespace mwp::serve
