#include "cite/pasted_html.h"

#include <gtest/gtest.h>

#include <string>

namespace mwp {
namespace {

struct TagCase {
  const char* text;
  size_t length;  // 0: no tag
  HtmlTagKind kind;
  const char* href;
};

TEST(PastedHtml, ReadsTheTagsReferencesHold) {
  const TagCase cases[] = {
      {"<i>Title</i>", 3, HtmlTagKind::italic_open, ""},
      {"</em>, 5", 5, HtmlTagKind::italic_close, ""},
      {"<i class=\"x\">T", 13, HtmlTagKind::italic_open, ""},
      {"<br />next", 6, HtmlTagKind::line_break, ""},
      {"<br/>next", 5, HtmlTagKind::line_break, ""},
      {"<a href=\"https://doi.org/10.1/x\">link</a>", 33, HtmlTagKind::link_open,
       "https://doi.org/10.1/x"},
      {"</a></p>", 4, HtmlTagKind::link_close, ""},
      {"<p>Open Science", 3, HtmlTagKind::other, ""},
      {"<span class=\"journal-title\">Psychological Inquiry</span>", 28, HtmlTagKind::other, ""},
      {"<div class=\"csl-entry\">Addis", 23, HtmlTagKind::other, ""},
      // Not tags: a comparison, a tag mwp does not know, one never closed.
      {"< .05 and x > y", 0, HtmlTagKind::other, ""},
      {"<script>alert(1)</script>", 0, HtmlTagKind::other, ""},
      {"<3 and more", 0, HtmlTagKind::other, ""},
      {"<p", 0, HtmlTagKind::other, ""},
      {"<pre>x", 0, HtmlTagKind::other, ""},
  };
  for (const TagCase& c : cases) {
    const HtmlTag tag = html_tag_at(c.text, 0);
    EXPECT_EQ(tag.length, c.length) << c.text;
    if (c.length == 0) continue;
    EXPECT_EQ(tag.kind, c.kind) << c.text;
    EXPECT_EQ(std::string(tag.href), c.href) << c.text;
  }
}

TEST(PastedHtml, LooksNoFurtherThanTheBound) {
  const std::string open = "<span " + std::string(kMaxHtmlTag, 'x') + ">";
  EXPECT_EQ(html_tag_at(open, 0).length, 0u);
}

}  // namespace
}  // namespace mwp
