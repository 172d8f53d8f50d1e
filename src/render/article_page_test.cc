#include "render/article_page.h"

#include <gtest/gtest.h>

#include "render/fixture_site.h"

namespace mwp {
namespace {

Theme default_theme() {
  Diagnostics diagnostics;
  std::optional<Theme> theme = load_theme(MWP_SOURCE_DIR "/site/theme", diagnostics);
  EXPECT_TRUE(theme.has_value());
  EXPECT_TRUE(diagnostics.empty())
      << (diagnostics.empty() ? "" : format_text(diagnostics.items()[0]));
  return theme ? *theme : Theme{};
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// Asserts that `parts` occur in `html` in this order.
void expect_in_order(const std::string& html, const std::vector<std::string>& parts) {
  size_t at = 0;
  for (const std::string& part : parts) {
    const size_t found = html.find(part, at);
    ASSERT_NE(found, std::string::npos) << "missing after offset " << at << ": " << part;
    at = found + part.size();
  }
}

class ArticlePageTest : public ::testing::Test {
 protected:
  std::string render(size_t article = 0) {
    Diagnostics diagnostics;
    const RenderContext context(site_, theme_, {});
    std::optional<std::string> html = render_article_page(context, article, diagnostics);
    EXPECT_TRUE(diagnostics.empty());
    return html.value_or("");
  }

  Site site_ = fixture::fixture_site();
  Theme theme_ = default_theme();
};

TEST_F(ArticlePageTest, ContentInSeedOrder) {
  const std::string html = render();
  expect_in_order(html, {
                            "<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\">",
                            ">Men &amp; Women</a>",
                            ">Emotions and Feelings</a>",
                            "<h1>Understanding numbness</h1>",
                            "Last reviewed <time datetime=\"2025-06-02\">2 June 2025</time> by "
                            "<a href=\"/editorial-team/\">Test editorial team</a>",
                            "<p class=\"kicker\">The evidence</p>",
                            ">What the research actually shows</h2>",
                            "<p class=\"kicker\">The mechanism</p>",
                            ">Why this happens</h2>",
                            "<p class=\"kicker\">In practice</p>",
                            ">What this looks like in real life</h2>",
                            ">Questions people ask about this</h2>",
                            "<summary>Is numbness the same as not caring?</summary>",
                            "<summary>What helps?</summary>",
                            ">Research sources</h2>",
                            "<a href=\"/research-methodology/\">research methodology</a>",
                            "<li id=\"ref-1\">",
                            "Gross, J. J. (2003). Individual differences.",
                            "<li id=\"ref-2\">",
                            "Hyde, J. S. (2005). The gender similarities hypothesis.",
                        });
}

TEST_F(ArticlePageTest, EachSectionHasItsAnchorKickerAndHeading) {
  const std::string html = render();
  for (const ArticleSection& section : site_.articles[0].sections) {
    expect_in_order(html, {"<section id=\"" + section.id + "\"",
                           "<p class=\"kicker\">" + section.kicker + "</p>",
                           section.heading + "</h2>", "<p>", "</section>"});
    EXPECT_NE(html.find("<li><a href=\"#" + section.id + "\">" + section.heading + "</a></li>"),
              std::string::npos)
        << "table of contents entry for " << section.id;
  }
  EXPECT_NE(html.find("<li><a href=\"#faq\">Questions people ask about this</a></li>"),
            std::string::npos);
  EXPECT_NE(html.find("<li><a href=\"#sources\">Research sources</a></li>"), std::string::npos);
}

TEST_F(ArticlePageTest, CitationsLinkBothWays) {
  const std::string html = render();
  for (const char* link :
       {"<a class=\"cite\" href=\"#ref-1\" id=\"cite-1-1\">Gross and John (2003)</a>",
        "<a class=\"cite\" href=\"#ref-1\" id=\"cite-1-2\">Gross and John (2003)</a>",
        "<a class=\"cite\" href=\"#ref-2\" id=\"cite-2-1\">(Hyde, 2005)</a>",
        "<a class=\"cite\" href=\"#ref-2\" id=\"cite-2-2\">(Hyde, 2005)</a>",
        "<a class=\"cite\" href=\"#ref-2\" id=\"cite-2-3\">Hyde (2005)</a>",
        "<a class=\"backlink\" href=\"#cite-1-1\" aria-label=\"Back to citation 1 of source 1\">",
        "<a class=\"backlink\" href=\"#cite-1-2\" aria-label=\"Back to citation 2 of source 1\">",
        "<a class=\"backlink\" href=\"#cite-2-3\" aria-label=\"Back to citation 3 of source "
        "2\">"}) {
    EXPECT_EQ(count(html, link), 1u) << link;
  }
  EXPECT_NE(html.find("<a class=\"work-link\" href=\"/sources/"), std::string::npos);
}

TEST_F(ArticlePageTest, SingleCitationHasOneBackLink) {
  const std::string html = render(1);
  EXPECT_NE(html.find("<a class=\"backlink\" href=\"#cite-1-1\" aria-label=\"Back to where "
                      "source 1 is cited\">\xE2\x86\xA9</a>"),
            std::string::npos);
}

// The writer's notes on the list show above and below it, as Markdown.
TEST_F(ArticlePageTest, NotesOnTheSourcesListShowAroundIt) {
  site_.articles[0].sources_before = {{"Links checked *March 2025*.", 1, 1, false}};
  site_.articles[0].sources_after = {{"See our [reading list](/about/).", 2, 1, false}};
  expect_in_order(render(),
                  {"<div class=\"sources-note\">", "<p>Links checked <em>March 2025</em>.</p>",
                   "<ol class=\"reference-list\">", "</ol>",
                   "<p>See our <a href=\"/about/\">reading list</a>.</p>"});
}

TEST_F(ArticlePageTest, HeadMetadataAndLandmarks) {
  const std::string html = render();
  for (const char* part :
       {"<html lang=\"en\">", "<title>Understanding numbness | Test Psychology</title>",
        "<meta name=\"description\" content=\"What Understanding numbness is about.\">",
        "<link rel=\"canonical\" href=\"https://example.org/men-women/emotions/numbness/\">",
        "<meta property=\"og:title\" content=\"Understanding numbness\">",
        "<meta property=\"og:type\" content=\"article\">",
        "<link rel=\"alternate\" type=\"application/atom+xml\"",
        "<a class=\"skip-link\" href=\"#main\">", "<header class=\"site-header\">",
        "<main id=\"main\"", "<footer class=\"site-footer\">",
        "aria-current=\"page\">Understanding numbness</a>"}) {
    EXPECT_NE(html.find(part), std::string::npos) << part;
  }
  EXPECT_EQ(count(html, "<h1"), 1u);
  EXPECT_EQ(count(html, "<script type=\"application/ld+json\">"), 2u);
  EXPECT_EQ(html.find(" style="), std::string::npos);
  EXPECT_EQ(html.find("<script>"), std::string::npos);  // no inline scripts
  EXPECT_NE(html.find("\"@type\":\"MedicalWebPage\""), std::string::npos);
  EXPECT_NE(html.find("\"@type\":\"FAQPage\""), std::string::npos);
}

TEST_F(ArticlePageTest, RelatedArticlesFromTheSameCategoryWithoutDrafts) {
  const std::string html = render();
  expect_in_order(html, {">Related articles</h2>",
                         "<a href=\"/men-women/emotions/opening-up/\">Why opening up is hard</a>"});
  EXPECT_EQ(html.find("draft-piece"), std::string::npos);
}

TEST_F(ArticlePageTest, HostileTextIsEscaped) {
  site_.articles[0].title = "<img src=x onerror=alert(1)>";
  site_.articles[0].faq[0].question = "<b>Bold?</b>";
  site_.articles[0].sections[0].heading = "\"quoted\" & <em>";
  site_.articles[0].keywords.push_back("</script>");
  const std::string html = render();
  EXPECT_EQ(html.find("<img src=x"), std::string::npos);
  EXPECT_EQ(html.find("<b>Bold?</b>"), std::string::npos);
  EXPECT_EQ(html.find("& <em>"), std::string::npos);
  EXPECT_NE(html.find("&lt;b&gt;Bold?&lt;/b&gt;"), std::string::npos);
  EXPECT_EQ(count(html, "</script>"), 3u);  // site.js and the two JSON-LD blocks
}

TEST_F(ArticlePageTest, RawHtmlFollowsTheSiteSetting) {
  site_.articles[0].sections[2].body.markdown = "Text <span class=\"x\">raw</span>.";
  EXPECT_NE(render().find("Text &lt;span class=&quot;x&quot;&gt;raw&lt;/span&gt;."),
            std::string::npos);
  site_.config.raw_html = true;
  EXPECT_NE(render().find("Text <span class=\"x\">raw</span>."), std::string::npos);
}

}  // namespace
}  // namespace mwp
