#include "importer/markdown_escape.h"

#include <gtest/gtest.h>

#include "render/markdown.h"
#include "text/markdown_text.h"
#include "text_table.h"

namespace mwp {
namespace {

const testing::TextCase kParagraphCases[] = {
    {"Plain prose, with commas; and a colon: fine.",
     "Plain prose, with commas; and a colon: fine."},
    {"1. Not a list", "1\\. Not a list"},
    {"1998) was the year", "1998\\) was the year"},
    {"2003 was the year. 1998 too", "2003 was the year. 1998 too"},
    {"- not a bullet", "\\- not a bullet"},
    {"+ not a bullet", "\\+ not a bullet"},
    {"# not a heading", "\\# not a heading"},
    {"> not a quote", "\\> not a quote"},
    {"= not a setext underline", "\\= not a setext underline"},
    {"a *star* and _under_", "a \\*star\\* and \\_under\\_"},
    {"snake_case_name", "snake\\_case\\_name"},
    {"p < .05 and x > y", "p \\< .05 and x > y"},
    {"<script>alert(1)</script>", "\\<script>alert(1)\\</script>"},
    {"a [link](http://x) here", "a \\[link\\](http://x) here"},
    {"cite [@gross2003] literally", "cite \\[@gross2003\\] literally"},
    {"`code` span", "\\`code\\` span"},
    {"back\\slash", "back\\\\slash"},
    {"~~struck~~", "\\~\\~struck\\~\\~"},
    {"Men & Women", "Men & Women"},
    {"&amp; is an entity, &#169; too", "\\&amp; is an entity, \\&#169; too"},
    {"see https://doi.org/10.1037/a_b*c", "see https://doi.org/10.1037/a_b*c"},
    {"curly \u201Cquotes\u201D and \u2014 dashes", "curly \u201Cquotes\u201D and \u2014 dashes"},
};

TEST(MarkdownEscape, EscapesWhatMarkdownWouldRead) {
  testing::expect_each_row(kParagraphCases, escape_markdown);
}

TEST(MarkdownEscape, HeadingsEscapeEveryHash) {
  EXPECT_EQ(escape_markdown_heading("Is C# a #1 choice #"), "Is C\\# a \\#1 choice \\#");
  EXPECT_EQ(escape_markdown_heading("1. Why?"), "1\\. Why?");
}

// The text a reader sees of the escaped Markdown is the original text.
TEST(MarkdownEscape, RendersBackToTheSameText) {
  for (const auto& c : kParagraphCases) {
    if (std::string_view(c.input).find("https://") != std::string_view::npos) continue;
    EXPECT_EQ(markdown_to_text(escape_markdown(c.input)), c.input) << c.input;
  }
  for (const char* text :
       {"12. * _ [x] <b> ` \\ ~ & &lt; #", "*", "_", "1)", "###", "---", "***"}) {
    EXPECT_EQ(markdown_to_text(escape_markdown(text)), text) << text;
  }
}

TEST(MarkdownEscape, KeepsRawHtmlInertWhenTheSiteAllowsIt) {
  MarkdownOptions options;
  options.raw_html = true;
  const std::string html =
      markdown_to_html(escape_markdown("<img src=x onerror=alert(1)>"), options);
  EXPECT_EQ(html.find("<img"), std::string::npos) << html;
}

}  // namespace
}  // namespace mwp
