#include "importer/line_shapes.h"

#include <gtest/gtest.h>

namespace mwp {
namespace {

TEST(LineShapes, LooksLikeHeading) {
  const struct {
    const char* text;
    bool heading;
  } cases[] = {
      {"The evidence", true},
      {"What most people get wrong about this", true},
      {"Why does this happen?", true},
      {"Myth vs. evidence", true},
      {"Gross and John found this.", false},
      {"A note:", false},
      {"\u201CQuoted sentence.\u201D", false},
      {"Trailing ellipsis\u2026", false},
      {"", false},
      {"A very long line that goes on and on without a full stop because it is a paragraph "
       "someone forgot to punctuate at the very end of it all",
       false},
  };
  for (const auto& c : cases) EXPECT_EQ(looks_like_heading(c.text), c.heading) << c.text;
}

TEST(LineShapes, EndsWithQuestionMark) {
  EXPECT_TRUE(ends_with_question_mark("Is it?"));
  EXPECT_TRUE(ends_with_question_mark("Is it \u201Cnormal?\u201D"));
  EXPECT_TRUE(ends_with_question_mark("Is it (really?)"));
  EXPECT_FALSE(ends_with_question_mark("It is."));
  EXPECT_FALSE(ends_with_question_mark("What? No."));
}

TEST(LineShapes, ListMarkerLength) {
  const struct {
    const char* text;
    size_t length;
  } cases[] = {
      {"1. Levant", 3},  {"12) Gross", 4},  {"[3] Hyde", 4},     {"(4) Kring", 4},
      {"- Addis", 2},    {"* Addis", 2},    {"\u2022 Addis", 4}, {"\u2013 Addis", 4},
      {"Levant, R.", 0}, {"2003. Text", 0}, {"1.Levant", 0},     {"(2003) x", 0},
      {"-Addis", 0},     {"12345. x", 0},
  };
  for (const auto& c : cases) EXPECT_EQ(list_marker_length(c.text), c.length) << c.text;
}

TEST(LineShapes, LooksLikeReference) {
  EXPECT_TRUE(looks_like_reference("Hyde, J. S. (2005). The gender similarities hypothesis."));
  EXPECT_TRUE(looks_like_reference("Smith, A. (2019a). Title."));
  EXPECT_TRUE(looks_like_reference("Smith, A. (2019, May 4). Title."));
  EXPECT_TRUE(looks_like_reference("World Health Organization. (n.d.). Depression."));
  EXPECT_FALSE(looks_like_reference("These references point to the research behind this page."));
  EXPECT_FALSE(looks_like_reference("Numbers (12345) and (199) are not years."));
}

TEST(LineShapes, GroupsParagraphsByLayout) {
  const std::vector<TextLine> lines = {
      {"one", 1, true, false}, {"two", 2, false, true}, {"three", 4, true, true}};
  const auto spaced = group_paragraphs(lines, TextLayout::spaced);
  ASSERT_EQ(spaced.size(), 2u);
  EXPECT_EQ(spaced[0].text, "one two");
  EXPECT_EQ(spaced[0].line, 1);
  EXPECT_EQ(spaced[1].line, 4);
  EXPECT_EQ(group_paragraphs(lines, TextLayout::compact).size(), 3u);
}

}  // namespace
}  // namespace mwp
