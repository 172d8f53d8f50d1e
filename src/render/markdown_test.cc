#include "render/markdown.h"

#include <gtest/gtest.h>

#include "render/url_policy.h"

namespace mwp {
namespace {

struct HtmlCase {
  const char* name;
  const char* markdown;
  bool raw_html;
  const char* expected;
};

const HtmlCase kHtmlCases[] = {
    {"text is escaped", "a < b & \"c\" 'd'", false,
     "<p>a &lt; b &amp; &quot;c&quot; &#39;d&#39;</p>\n"},
    {"raw html block shown as text", "<script>alert(1)</script>", false,
     "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"},
    {"raw inline html shown as text", "Hi <b onclick=\"x\">x</b>", false,
     "<p>Hi &lt;b onclick=&quot;x&quot;&gt;x&lt;/b&gt;</p>\n"},
    {"raw inline html passed when on", "Hi <b>x</b>", true, "<p>Hi <b>x</b></p>\n"},
    {"raw html block passed when on", "<div class=\"note\">\nblock\n</div>", true,
     "<div class=\"note\">\nblock\n</div>\n"},
    {"javascript link loses href", "[x](javascript:alert(1))", false, "<p><a>x</a></p>\n"},
    {"data link loses href", "[x](DATA:text/html,hi)", false, "<p><a>x</a></p>\n"},
    {"link attributes escaped", "[x](/p?a=1&b=2 \"T<\")", false,
     "<p><a href=\"/p?a=1&amp;b=2\" title=\"T&lt;\">x</a></p>\n"},
    {"link destination percent-encoded", "[x](<https://e.org/a b\">)", false,
     "<p><a href=\"https://e.org/a%20b%22\">x</a></p>\n"},
    {"mailto kept", "[m](mailto:a@b.org)", false, "<p><a href=\"mailto:a@b.org\">m</a></p>\n"},
    {"entities decoded then escaped", "&copy; &#233; &lt; &bogus;", false,
     "<p>\xC2\xA9 \xC3\xA9 &lt; &amp;bogus;</p>\n"},
    {"headings demoted and unique", "# Title\n\n## Title", false,
     "<h2 id=\"title\">Title</h2>\n<h2 id=\"title-2\">Title</h2>\n"},
    {"heading id from text only", "### *Why* <it> matters", false,
     "<h3 id=\"why-it-matters\"><em>Why</em> &lt;it&gt; matters</h3>\n"},
    {"image alt escaped", "![a \"q\" <b>](http://x.org/i.png \"t\")", false,
     "<p><img src=\"http://x.org/i.png\" alt=\"a &quot;q&quot; &lt;b&gt;\" title=\"t\"></p>\n"},
    {"unsafe image keeps its text", "![alt *text*](javascript:x)", false,
     "<p>alt <em>text</em></p>\n"},
    {"table alignment as classes", "| a | b |\n|:---|---:|\n| 1 | 2 |", false,
     "<div class=\"table-wrap\"><table>\n<thead>\n<tr><th class=\"align-left\">a</th>"
     "<th class=\"align-right\">b</th></tr>\n</thead>\n<tbody>\n<tr><td class=\"align-left\">1"
     "</td><td class=\"align-right\">2</td></tr>\n</tbody>\n</table></div>\n"},
    {"code block escaped with language", "```c++\nx<y\n```", false,
     "<pre><code class=\"language-c++\">x&lt;y\n</code></pre>\n"},
    {"strikethrough", "~~old~~ new", false, "<p><del>old</del> new</p>\n"},
    {"url autolink", "see https://example.org/x.", false,
     "<p>see <a href=\"https://example.org/x\">https://example.org/x</a>.</p>\n"},
    {"lists", "1. one\n2. two\n\n- a", false,
     "<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n<ul>\n<li>a</li>\n</ul>\n"},
    {"ordered list start", "3. three", false, "<ol start=\"3\">\n<li>three</li>\n</ol>\n"},
    {"hard break", "a  \nb", false, "<p>a<br>\nb</p>\n"},
    {"marker code points in input neutralised",
     "a\xEE\x80\x80\xEE\x80\x90"
     "b\xEE\x80\x81",
     false,
     "<p>a\xEF\xBF\xBD\xEF\xBF\xBD"
     "b\xEF\xBF\xBD</p>\n"},
};

TEST(MarkdownToHtml, Table) {
  for (const HtmlCase& c : kHtmlCases) {
    MarkdownOptions options;
    options.raw_html = c.raw_html;
    EXPECT_EQ(markdown_to_html(c.markdown, options), c.expected) << c.name;
  }
}

TEST(MarkdownToHtml, NulBecomesReplacementCharacter) {
  EXPECT_EQ(markdown_to_html(std::string_view("a\0b", 3), {}),
            "<p>a\xEF\xBF\xBD"
            "b</p>\n");
}

struct CitationCase {
  const char* name;
  const char* markdown;
  std::vector<CitationLink> citations;
  const char* expected;
};

const CitationCase kCitationCases[] = {
    {"plain span",
     "Gross and John (2003) found.",
     {{0, 21, 3, 1}},
     "<p><a class=\"cite\" href=\"#ref-3\" id=\"cite-3-1\">Gross and John (2003)</a> found.</p>\n"},
    {"two in one paragraph",
     "A (Hyde, 2005) and B (Gross, 1998).",
     {{2, 14, 1, 1}, {21, 34, 2, 1}},
     "<p>A <a class=\"cite\" href=\"#ref-1\" id=\"cite-1-1\">(Hyde, 2005)</a> and B "
     "<a class=\"cite\" href=\"#ref-2\" id=\"cite-2-1\">(Gross, 1998)</a>.</p>\n"},
    {"given out of order",
     "A (Hyde, 2005) and B (Hyde, 2005).",
     {{21, 33, 1, 2}, {2, 14, 1, 1}},
     "<p>A <a class=\"cite\" href=\"#ref-1\" id=\"cite-1-1\">(Hyde, 2005)</a> and B "
     "<a class=\"cite\" href=\"#ref-1\" id=\"cite-1-2\">(Hyde, 2005)</a>.</p>\n"},
    {"inside emphasis",
     "*(Hyde, 2005)* x",
     {{1, 13, 1, 1}},
     "<p><em><a class=\"cite\" href=\"#ref-1\" id=\"cite-1-1\">(Hyde, 2005)</a></em> x</p>\n"},
    {"around emphasis",
     "*Gross* (1998) y",
     {{0, 14, 2, 1}},
     "<p><a class=\"cite\" href=\"#ref-2\" id=\"cite-2-1\"><em>Gross</em> (1998)</a> y</p>\n"},
    {"ends inside emphasis",
     "Gross *(1998) and* z",
     {{0, 13, 1, 1}},
     "<p><a class=\"cite\" href=\"#ref-1\" id=\"cite-1-1\">Gross <em>(1998) and</em></a> z</p>\n"},
    {"starts inside emphasis",
     "*so Gross* (1998) z",
     {{4, 17, 1, 1}},
     "<p><em>so <a class=\"cite\" href=\"#ref-1\" id=\"cite-1-1\">Gross</a></em> (1998) z</p>\n"},
    {"inside a link becomes a span",
     "[Gross (1998)](https://x.org)",
     {{1, 13, 1, 1}},
     "<p><a href=\"https://x.org\"><span class=\"cite\" id=\"cite-1-1\">Gross (1998)</span></a>"
     "</p>\n"},
    {"pandoc key",
     "As shown [@hyde2005].",
     {{9, 20, 4, 1}},
     "<p>As shown <a class=\"cite\" href=\"#ref-4\" id=\"cite-4-1\">[@hyde2005]</a>.</p>\n"},
    {"invalid ranges ignored",
     "Gross (1998).",
     {{5, 2, 1, 1}, {0, 99, 1, 2}},
     "<p>Gross (1998).</p>\n"},
    {"empty range is an anchor",
     "See [Gross (1998)](https://x.org).",
     {{4, 4, 1, 1}},
     "<p>See <span class=\"cite\" id=\"cite-1-1\"></span><a href=\"https://x.org\">Gross "
     "(1998)</a>.</p>\n"},
    {"overlap keeps the first",
     "Gross (1998) x",
     {{0, 12, 1, 1}, {6, 12, 2, 1}},
     "<p><a class=\"cite\" href=\"#ref-1\" id=\"cite-1-1\">Gross (1998)</a> x</p>\n"},
    {"not on a UTF-8 boundary",
     "M\xC3\xBCller (2001)",
     {{0, 2, 1, 1}},
     "<p>M\xC3\xBCller (2001)</p>\n"},
    {"multi-digit index",
     "x",
     {{5, 6, 9, 9},
      {5, 6, 9, 9},
      {5, 6, 9, 9},
      {5, 6, 9, 9},
      {5, 6, 9, 9},
      {5, 6, 9, 9},
      {5, 6, 9, 9},
      {5, 6, 9, 9},
      {5, 6, 9, 9},
      {5, 6, 9, 9},
      {0, 1, 7, 2}},
     "<p><a class=\"cite\" href=\"#ref-7\" id=\"cite-7-2\">x</a></p>\n"},
    {"text with markup escaped",
     "Smith & <Jones> (2001)",
     {{0, 22, 1, 1}},
     "<p><a class=\"cite\" href=\"#ref-1\" id=\"cite-1-1\">Smith &amp; &lt;Jones&gt; (2001)</a>"
     "</p>\n"},
};

TEST(MarkdownToHtml, CitationLinks) {
  for (const CitationCase& c : kCitationCases) {
    MarkdownOptions options;
    options.citations = c.citations;
    EXPECT_EQ(markdown_to_html(c.markdown, options), c.expected) << c.name;
  }
}

TEST(MarkdownToHtml, HeadingIdsAvoidReservedIds) {
  AnchorIds ids;
  ids.reserve("evidence");
  MarkdownOptions options;
  options.ids = &ids;
  options.min_heading_level = 3;
  EXPECT_EQ(markdown_to_html("## Evidence\n\n#### 2003", options),
            "<h3 id=\"evidence-2\">Evidence</h3>\n<h4 id=\"s-2003\">2003</h4>\n");
  EXPECT_TRUE(ids.contains("evidence-2"));
}

TEST(UrlAllowed, Table) {
  const struct {
    const char* url;
    bool allow_mail;
    bool expected;
  } cases[] = {
      {"/relative/path/", false, true},
      {"#ref-1", false, true},
      {"page?q=a:b", false, true},
      {"https://x.org", false, true},
      {"HTTP://x.org", false, true},
      {"javascript:alert(1)", true, false},
      {"JavaScript:alert(1)", true, false},
      {"vbscript:x", true, false},
      {"data:image/png;base64,AA", false, false},
      {"mailto:a@b.org", true, true},
      {"mailto:a@b.org", false, false},
      {"tel:+123", true, true},
  };
  for (const auto& c : cases) EXPECT_EQ(url_allowed(c.url, c.allow_mail), c.expected) << c.url;
}

}  // namespace
}  // namespace mwp
