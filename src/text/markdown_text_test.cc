#include "text/markdown_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mwp {
namespace {

TEST(MarkdownToText, Table) {
  const struct {
    const char* markdown;
    const char* expected;
  } kCases[] = {
      {"", ""},
      {"Para *one*\nline two.\n\nSecond &amp; third.", "Para one line two.\n\nSecond & third."},
      {"- a\n- b", "a\nb"},
      {"- a\n\n  more a\n- b", "a\n\nmore a\n\nb"},
      {"<b>kept</b> as text", "<b>kept</b> as text"},
      {"[link](https://x.org) `code`", "link code"},
      {"## Heading\n\nText", "Heading\n\nText"},
      {"> quoted *words*\n\nafter", "quoted words\n\nafter"},
      {"| a | b |\n|---|---|\n| 1 | 2 |", "a b\n1 2"},
      {"hard  \nbreak", "hard\nbreak"},
      {"Tom &amp; Jerry &#8212; &#x41; &bogus;", "Tom & Jerry \xE2\x80\x94 A &bogus;"},
      {"a\xC3", "a\xC3"},  // invalid UTF-8 passes through
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(markdown_to_text(c.markdown), c.expected) << c.markdown;
    EXPECT_EQ(MarkdownText(c.markdown).text(), c.expected) << c.markdown;
  }
}

TEST(MarkdownToText, HtmlAsMarkupLeavesNoTags) {
  EXPECT_EQ(markdown_to_text("Raw <b>html</b> inline", {.html_is_markup = true}),
            "Raw html inline");
  EXPECT_EQ(markdown_to_text("<div>block html</div>\n\nAfter", {.html_is_markup = true}), "After");
}

TEST(MarkdownText, BlocksAreParagraphsHeadingsItemsQuotesAndCells) {
  const MarkdownText text(
      "Para (2003).\n\n### A 2003 heading\n\n- item one\n- item two\n\n> quoted\n\n"
      "| c |\n|---|\n| d |\n");
  const std::vector<std::pair<TextBlockKind, std::string>> expected = {
      {TextBlockKind::paragraph, "Para (2003)."}, {TextBlockKind::heading, "A 2003 heading"},
      {TextBlockKind::list_item, "item one"},     {TextBlockKind::list_item, "item two"},
      {TextBlockKind::quote, "quoted"},           {TextBlockKind::table_cell, "c"},
      {TextBlockKind::table_cell, "d"},
  };
  ASSERT_EQ(text.blocks().size(), expected.size()) << text.text();
  for (size_t i = 0; i < expected.size(); ++i) {
    const MarkdownTextBlock& block = text.blocks()[i];
    EXPECT_EQ(block.kind, expected[i].first) << i;
    EXPECT_EQ(text.text().substr(block.begin, block.end - block.begin), expected[i].second) << i;
    EXPECT_EQ(block.in_quote, block.kind == TextBlockKind::quote) << i;
  }
}

// Each case: a Markdown source, a piece of its text, and the Markdown that
// piece maps back to.
TEST(MarkdownText, MapsTextBackToMarkdown) {
  const struct {
    const char* markdown;
    const char* text;
    const char* source;
  } kCases[] = {
      {"As Gross (1998) showed.", "Gross (1998)", "Gross (1998)"},
      {"As *Gross* (1998) showed.", "Gross (1998)", "Gross* (1998)"},
      {"See **Gross and John (2003)**.", "Gross and John (2003)", "Gross and John (2003)"},
      {"In [Smith (2010)](https://x.org/a) we read", "Smith (2010)", "Smith (2010)"},
      {"A line\nbreak (Gross, 1998)", "break (Gross, 1998)", "break (Gross, 1998)"},
      {"Kring &amp; Gordon (1998)", "Kring & Gordon (1998)", "Kring &amp; Gordon (1998)"},
      {"one\ntwo", "one two", "one\ntwo"},
      {"- item (Hyde, 2005)", "(Hyde, 2005)", "(Hyde, 2005)"},
      {"> Quoted (Hyde, 2005)", "(Hyde, 2005)", "(Hyde, 2005)"},
  };
  for (const auto& c : kCases) {
    const std::string markdown = c.markdown;
    const MarkdownText text(markdown);
    const size_t at = text.text().find(c.text);
    ASSERT_NE(at, std::string::npos) << c.markdown << " -> " << text.text();
    const size_t begin = text.source_begin(at);
    const size_t end = text.source_end(at + std::string(c.text).size());
    ASSERT_LE(begin, end) << c.markdown;
    EXPECT_EQ(markdown.substr(begin, end - begin), c.source) << c.markdown;
  }
}

TEST(MarkdownText, KnowsLinksAndTheirLabels) {
  const struct {
    const char* markdown;
    const char* inside;
    bool label_is_text;
    const char* opens_at;  // the Markdown from the link's '['
  } kCases[] = {
      {"x [Smith (2010)](https://a.org) y", "Smith", false, "[Smith (2010)](https://a.org) y"},
      {"x [Smith (2010)][s] y\n\n[s]: https://a.org", "Smith", false, "[Smith (2010)][s] y"},
      {"x [Smith (2010)][] y\n\n[smith (2010)]: https://a.org", "Smith", true,
       "[Smith (2010)][] y"},
      {"x [Smith (2010)] y\n\n[smith (2010)]: https://a.org", "Smith", true, "[Smith (2010)] y"},
      {"x [*Smith* (2010)](https://a.org)", "Smith", false, "[*Smith* (2010)](https://a.org)"},
      {"see https://a.org/x now", "https", false, "https://a.org/x now"},
  };
  for (const auto& c : kCases) {
    const std::string markdown = c.markdown;
    const MarkdownText text(markdown);
    const size_t at = text.text().find(c.inside);
    ASSERT_NE(at, std::string::npos) << c.markdown;
    const TextLink* link = text.link_at(at);
    ASSERT_NE(link, nullptr) << c.markdown;
    EXPECT_EQ(link->label_is_text, c.label_is_text) << c.markdown;
    EXPECT_TRUE(markdown.substr(link->source_open).starts_with(c.opens_at)) << c.markdown;
    EXPECT_EQ(text.link_at(0), nullptr) << c.markdown;
  }
}

TEST(MarkdownText, KnowsWhatIsInEmphasis) {
  const struct {
    const char* markdown;
    std::vector<std::string> emphasized;  // each span's text, in the order they open
  } kCases[] = {
      {"Pope et al. (*NEJM*, 2000) found it.", {"NEJM"}},
      {"*Beyond ME/CFS* (IOM, 2015) and __strong__ words.", {"Beyond ME/CFS", "strong"}},
      {"A *nested **strong** run* here.", {"nested strong run", "strong"}},
      {"No emphasis, 2 * 3 = 6.", {}},
      {"An empty one: ** and a `*code*` span.", {}},
  };
  for (const auto& c : kCases) {
    const MarkdownText text(c.markdown);
    std::vector<std::string> found;
    for (const TextEmphasis& e : text.emphases()) {
      found.push_back(text.text().substr(e.begin, e.end - e.begin));
    }
    EXPECT_EQ(found, c.emphasized) << c.markdown;
  }
}

}  // namespace
}  // namespace mwp
