#include "serve/url_path.h"

#include <gtest/gtest.h>

#include <string>

namespace mwp::serve {
namespace {

struct TargetCase {
  std::string target;
  TargetError error;
  std::string relative;  // when accepted
  bool trailing_slash;
};

// Hostile and ordinary request targets, exactly as they would arrive on the wire.
const TargetCase kCases[] = {
    {"/", TargetError::none, "", true},
    {"/index.html", TargetError::none, "index.html", false},
    {"/a/b/", TargetError::none, "a/b", true},
    {"/a/b", TargetError::none, "a/b", false},
    {"/a/b/?q=1", TargetError::none, "a/b", true},
    {"/a%20b/c", TargetError::none, "a b/c", false},
    {"/caf%C3%A9/", TargetError::none, "caf\xC3\xA9", true},
    {"/.well-known/security.txt", TargetError::none, ".well-known/security.txt", false},
    {"/a/b..c/", TargetError::none, "a/b..c", true},
    {"/a/..b/", TargetError::hidden_segment, "", false},
    {"/../etc/passwd", TargetError::dot_segment, "", false},
    {"/a/../../etc/passwd", TargetError::dot_segment, "", false},
    {"/a/./b", TargetError::dot_segment, "", false},
    {"/..", TargetError::dot_segment, "", false},
    {"/%2e%2e/etc/passwd", TargetError::dot_segment, "", false},
    {"/%2E%2E/%2E%2E/etc/passwd", TargetError::dot_segment, "", false},
    {"/.%2e/x", TargetError::dot_segment, "", false},
    {"/a/%2e/b", TargetError::dot_segment, "", false},
    {"/..%2fetc%2fpasswd", TargetError::encoded_separator, "", false},
    {"/a%2Fb", TargetError::encoded_separator, "", false},
    {"/a%5c..%5cb", TargetError::encoded_separator, "", false},
    {"/..\\etc\\passwd", TargetError::backslash, "", false},
    {"/a\\b", TargetError::backslash, "", false},
    {"/index.html%00.png", TargetError::control_character, "", false},
    {std::string("/a\0b", 4), TargetError::control_character, "", false},
    {"/a%0d%0aSet-Cookie:x", TargetError::control_character, "", false},
    {"/a%7f", TargetError::control_character, "", false},
    {"/a%", TargetError::bad_escape, "", false},
    {"/a%2", TargetError::bad_escape, "", false},
    {"/a%zz", TargetError::bad_escape, "", false},
    {"//etc/passwd", TargetError::empty_segment, "", false},
    {"//", TargetError::empty_segment, "", false},
    {"/a//b", TargetError::empty_segment, "", false},
    {"//evil.example/", TargetError::empty_segment, "", false},
    {"/.git/config", TargetError::hidden_segment, "", false},
    {"/a/.env", TargetError::hidden_segment, "", false},
    {"/%2egit/config", TargetError::hidden_segment, "", false},
    {"etc/passwd", TargetError::not_origin_form, "", false},
    {"http://example.org/etc/passwd", TargetError::not_origin_form, "", false},
    {"*", TargetError::not_origin_form, "", false},
    {"", TargetError::not_origin_form, "", false},
    {"/" + std::string(256, 'a'), TargetError::too_long, "", false},
    {"/" + std::string(3000, 'a'), TargetError::too_long, "", false},
};

TEST(ParseRequestTargetTest, AcceptsOrRejectsEveryCase) {
  for (const TargetCase& c : kCases) {
    SCOPED_TRACE("target: " + c.target);
    RequestTarget parsed = parse_request_target(c.target);
    EXPECT_EQ(target_error_name(parsed.error), target_error_name(c.error));
    EXPECT_EQ(parsed.relative, c.relative);
    if (c.error == TargetError::none) {
      EXPECT_EQ(parsed.trailing_slash, c.trailing_slash);
    }
  }
}

TEST(ParseRequestTargetTest, KeepsRawPathAndQuery) {
  RequestTarget parsed = parse_request_target("/a%20b?q=x%20y&p=2#frag");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.raw_path, "/a%20b");
  EXPECT_EQ(parsed.query, "q=x%20y&p=2");
}

TEST(ParseRequestTargetTest, AcceptedPathsNeverLeaveTheRoot) {
  // Whatever is accepted, no segment may be empty, "." or "..", or hold a separator.
  for (const TargetCase& c : kCases) {
    RequestTarget parsed = parse_request_target(c.target);
    if (!parsed.ok()) continue;
    std::string rest = parsed.relative;
    size_t start = 0;
    while (!rest.empty() && start <= rest.size()) {
      size_t slash = rest.find('/', start);
      std::string segment = rest.substr(start, slash - start);
      EXPECT_FALSE(segment.empty()) << c.target;
      EXPECT_NE(segment, "..") << c.target;
      EXPECT_EQ(segment.find('\\'), std::string::npos) << c.target;
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
  }
}

}  // namespace
}  // namespace mwp::serve
