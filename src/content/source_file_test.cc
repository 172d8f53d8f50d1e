#include "content/source_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

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

TEST(ReadSourceFile, ReusesOneBufferAcrossFiles) {
  const auto dir = std::filesystem::temp_directory_path() / "mwp_source_file_test";
  std::filesystem::create_directories(dir);
  const struct {
    const char* name;
    std::string bytes;
    const char* expected;
  } files[] = {
      {"long.md",
       "\xEF\xBB\xBF"
       "a longer first file\r\nwith CRLF\r\n",
       "a longer first file\nwith CRLF\n"},
      {"short.md", "short", "short"},
      {"cr.md", "x\ry\r\n\r\nz", "x\ny\n\nz"},
      {"empty.md", "", ""},
  };
  std::string buffer;
  for (const auto& f : files) {
    std::ofstream(dir / f.name, std::ios::binary) << f.bytes;
    Diagnostics d;
    const auto text = read_source_file(dir / f.name, f.name, d, buffer);
    ASSERT_TRUE(text) << f.name;
    EXPECT_EQ(*text, f.expected) << f.name;
    EXPECT_EQ(read_source_file(dir / f.name, f.name, d), f.expected) << f.name;
    EXPECT_TRUE(d.empty()) << f.name;
  }
  Diagnostics d;
  EXPECT_FALSE(read_source_file(dir / "missing.md", "missing.md", d, buffer));
  EXPECT_TRUE(d.contains("file-unreadable"));
  std::filesystem::remove_all(dir);
}

TEST(SourcePrefetch, IgnoresMissingFilesAndLeavesContentsAlone) {
  const auto dir = std::filesystem::temp_directory_path() / "mwp_source_prefetch_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a.md", std::ios::binary) << "alpha\r\n";
  { const SourcePrefetch prefetch({dir / "a.md", dir / "missing.md", dir}); }  // joins its thread
  Diagnostics d;
  EXPECT_EQ(read_source_file(dir / "a.md", "a.md", d), "alpha\n");
  EXPECT_TRUE(d.empty());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace mwp
