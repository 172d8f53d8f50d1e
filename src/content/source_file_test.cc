#include "content/source_file.h"

#include <gtest/gtest.h>

namespace mwp {
namespace {

TEST(NormaliseSourceText, StripsBomAndCrlf) {
  Diagnostics d;
  const auto text = normalise_source_text("\xEF\xBB\xBFline 1\r\nline 2\rline 3", "f.md", d);
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, "line 1\nline 2\nline 3");
  EXPECT_TRUE(d.empty());
}

struct BadTextCase {
  const char* name;
  std::string text;
  const char* code;
  int line;
  int column;
};

TEST(NormaliseSourceText, RejectsBadTextTable) {
  const BadTextCase cases[] = {
      {"invalid utf-8", "ok\nab\xFF", "invalid-utf8", 2, 3},
      {"truncated sequence", "caf\xC3", "invalid-utf8", 1, 4},
      {"binary", std::string("a\n\0b", 4), "binary-file", 2, 0},
      {"too large", std::string(kMaxSourceBytes + 1, 'a'), "file-too-large", 0, 0},
  };
  for (const auto& c : cases) {
    Diagnostics d;
    EXPECT_FALSE(normalise_source_text(c.text, "f.md", d)) << c.name;
    ASSERT_EQ(d.size(), 1u) << c.name;
    EXPECT_EQ(d.items()[0].code, c.code) << c.name;
    EXPECT_EQ(d.items()[0].line, c.line) << c.name;
    EXPECT_EQ(d.items()[0].column, c.column) << c.name;
  }
}

}  // namespace
}  // namespace mwp
