#include "importer/plain_text_lines.h"

#include <gtest/gtest.h>

namespace mwp {
namespace {

TEST(PlainTextLines, DecodesOrRejects) {
  const struct {
    std::string bytes;
    const char* code;  // "" when accepted
    const char* text;  // the decoded text when accepted
  } cases[] = {
      {"Title\r\nLine\r\n", "", "Title\nLine\n"},
      {"\xEF\xBB\xBFTitle\n", "", "Title\n"},
      {"Title\n\xEF\xBB\xBFMore\n", "", "Title\nMore\n"},
      {"Old\rMac\r", "", "Old\nMac\n"},
      {"", "empty-file", ""},
      {"\xEF\xBB\xBF \n\t\n", "empty-file", ""},
      {std::string("PK\x03\x04\0\0", 6), "binary-file", ""},
      {std::string(40, '\x01'), "binary-file", ""},
      {"caf\xE9\n", "invalid-utf8", ""},
      {std::string(200, 'a') + "\nbad \x1B[31m\n", "control-character", ""},
  };
  for (const auto& c : cases) {
    Diagnostics d;
    const auto text = decode_import_text(c.bytes, "x.txt", d);
    if (*c.code == '\0') {
      ASSERT_TRUE(text) << c.bytes;
      EXPECT_EQ(*text, c.text);
      EXPECT_TRUE(d.empty());
    } else {
      EXPECT_FALSE(text) << c.bytes;
      EXPECT_TRUE(d.contains(c.code)) << c.bytes;
    }
  }
}

TEST(PlainTextLines, ReportsWhereTheBadByteIs) {
  Diagnostics d;
  EXPECT_FALSE(
      decode_import_text("one\ntwo\nthr\xFF"
                         "ee\n",
                         "x.txt", d));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d.items()[0].line, 3);
  EXPECT_EQ(d.items()[0].column, 4);
}

TEST(PlainTextLines, SplitsTrimsAndMarksBlankLines) {
  const auto lines = split_text_lines("  Title \t here  \n\n\nOne\nTwo\t\n \nThree");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].text, "Title here");
  EXPECT_EQ(lines[0].number, 1);
  EXPECT_TRUE(lines[0].blank_before);
  EXPECT_TRUE(lines[0].blank_after);
  EXPECT_EQ(lines[1].number, 4);
  EXPECT_TRUE(lines[1].blank_before);
  EXPECT_FALSE(lines[1].blank_after);
  EXPECT_FALSE(lines[2].blank_before);
  EXPECT_TRUE(lines[2].blank_after);
  EXPECT_EQ(lines[3].number, 7);
  EXPECT_TRUE(lines[3].blank_after);
}

TEST(PlainTextLines, StraightensQuotes) {
  EXPECT_EQ(straighten_quotes("\u201CIt\u2019s\u201D  fine\n"), "\"It's\" fine");
  EXPECT_EQ(straighten_quotes("\u2018a\u2019 \u00ABb\u00BB"), "'a' \"b\"");
}

}  // namespace
}  // namespace mwp
