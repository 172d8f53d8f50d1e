#include "content/article_parser.h"

#include <gtest/gtest.h>

#include "content/content_test_support.h"

namespace mwp {
namespace {

using testing_support::sample_config;

const char* kFrontMatter = R"(---
title: "Why we go quiet"
description: A test article.
date: 2025-01-15
reviewed: 2025-06-02
---
)";

std::string article_with_body(const std::string& body) {
  return kFrontMatter + body;
}

TEST(ParseArticle, ReadsSectionsByKickerOrHeadingFaqAndSources) {
  const std::string text = article_with_body(R"(
## The evidence

Gross and John (2003) found it.

## Why this happens

Because.

```
## not a heading inside a fence
```

## Questions people ask about this

### Is it real?

Yes.

Still the answer.

### Why?

Because.

## Research sources

1. Gross, J. J., & John, O. P. (2003). Title. *Journal*, *85*(2),
   348–362.
- [@hyde2005]
)");
  Diagnostics d;
  const auto a = parse_article(text, "a.md", sample_config(), d);
  ASSERT_TRUE(a);
  EXPECT_FALSE(d.has_errors()) << (d.empty() ? "" : format_text(d.items()[0]));
  ASSERT_EQ(a->sections.size(), 2u);
  EXPECT_EQ(a->sections[0].id, "evidence");
  EXPECT_EQ(a->sections[0].heading, "What the research actually shows");
  EXPECT_EQ(a->sections[1].id, "mechanism");
  EXPECT_EQ(a->sections[1].kicker, "The mechanism");
  EXPECT_NE(a->sections[1].body.markdown.find("not a heading"), std::string::npos);
  EXPECT_EQ(a->sections[0].heading_line, 8);
  EXPECT_EQ(a->sections[0].body.line, 9);
  ASSERT_EQ(a->faq.size(), 2u);
  EXPECT_EQ(a->faq[0].question, "Is it real?");
  EXPECT_NE(a->faq[0].answer.markdown.find("Still the answer."), std::string::npos);
  ASSERT_EQ(a->sources.size(), 2u);
  EXPECT_EQ(a->sources[0].text,
            "Gross, J. J., & John, O. P. (2003). Title. *Journal*, *85*(2), 348–362.");
  EXPECT_EQ(a->sources[0].column, 4);
  EXPECT_EQ(a->sources[1].text, "[@hyde2005]");
  EXPECT_EQ(a->title, "Why we go quiet");
  EXPECT_EQ(a->reviewed.iso(), "2025-06-02");
  EXPECT_EQ(a->modified.iso(), "2025-06-02");
  EXPECT_EQ(a->reviewed_by, sample_config().editorial_team);
}

// Paragraphs before and after a list of list items are the writer's notes
// on it; a paragraph that holds a date stays an entry, and a list pasted as
// paragraphs is all entries.
TEST(ParseArticle, NotesAroundTheSourcesListAreNoEntries) {
  struct Case {
    const char* sources;
    const char* entries;  // first words of each, joined by "|"
    const char* before;
    const char* after;
  };
  const Case cases[] = {
      {"Links checked March 2025.\n\n- Gross, J. J. (1998). T. *J*, *2*, 1.\n- Hyde, J. S. "
       "(2005). T. *J*, *6*, 5.\n\nSee our reading list.\n",
       "Gross|Hyde", "Links", "See"},
      {"Pasted first. Gross, J. J. (1998). T. *J*, *2*, 1.\n\n- Hyde, J. S. (2005). T. *J*, "
       "*6*, 5.\n",
       "Pasted|Hyde", "", ""},
      {"Links checked March 2025.\n\nGross, J. J. (1998). T. *J*, *2*, 1.\n", "Links|Gross", "",
       ""},
  };
  for (const Case& c : cases) {
    Diagnostics d;
    const auto a =
        parse_article(article_with_body(std::string("## Research sources\n\n") + c.sources), "a.md",
                      sample_config(), d);
    ASSERT_TRUE(a);
    const auto first_words = [](const std::vector<SourceEntry>& entries) {
      std::string out;
      for (const SourceEntry& e : entries) {
        out += (out.empty() ? "" : "|") + e.text.substr(0, e.text.find_first_of(" ,"));
      }
      return out;
    };
    EXPECT_EQ(first_words(a->sources), c.entries) << c.sources;
    EXPECT_EQ(first_words(a->sources_before), c.before) << c.sources;
    EXPECT_EQ(first_words(a->sources_after), c.after) << c.sources;
  }
}

TEST(ParseArticle, HeadingOverrideRenamesAndMatches) {
  const std::string text = R"(---
title: T
description: D
date: 2025-01-15
reviewed: 2025-06-02
headings:
  why-it-matters: What this means at work
---
## What this means at work

Text.
)";
  Diagnostics d;
  const auto a = parse_article(text, "a.md", sample_config(), d);
  ASSERT_TRUE(a);
  ASSERT_EQ(a->sections.size(), 1u);
  EXPECT_EQ(a->sections[0].id, "why-it-matters");
  EXPECT_EQ(a->sections[0].heading, "What this means at work");
  EXPECT_FALSE(d.has_errors());
}

// Bad input, one row per problem: the text, the code it must raise, and its line.
struct BadArticleCase {
  const char* name;
  std::string text;
  const char* code;
  int line;
};

TEST(ParseArticle, ReportsBadInputTable) {
  const BadArticleCase cases[] = {
      {"yaml syntax", "---\ntitle: [unclosed\n---\n", "yaml-syntax", 3},
      {"unclosed front matter", "---\ntitle: x\n", "front-matter-unclosed", 1},
      {"no front matter", "## The evidence\n", "missing-front-matter", 1},
      {"title is a list",
       "---\ntitle: [a, b]\ndescription: d\ndate: 2025-01-01\nreviewed: 2025-01-01\n---\n",
       "field-type", 2},
      {"bad date", "---\ntitle: t\ndescription: d\ndate: 2025-02-30\nreviewed: 2025-01-01\n---\n",
       "bad-date", 4},
      {"missing title", "---\ndescription: d\ndate: 2025-01-01\nreviewed: 2025-01-01\n---\n",
       "missing-field", 1},
      {"bad slug",
       "---\ntitle: t\ndescription: d\ndate: 2025-01-01\nreviewed: 2025-01-01\nslug: Bad "
       "Slug\n---\n",
       "invalid-slug", 6},
      {"draft not bool",
       "---\ntitle: t\ndescription: d\ndate: 2025-01-01\nreviewed: 2025-01-01\ndraft: maybe\n---\n",
       "field-type", 6},
      {"unknown section", article_with_body("## The verdict\n\nText.\n"), "unknown-section", 7},
      {"duplicate section", article_with_body("## The evidence\n\nA.\n\n## The evidence\n\nB.\n"),
       "duplicate-section", 11},
      {"level-1 heading", article_with_body("# Title again\n"), "unexpected-heading", 7},
      {"text before sections", article_with_body("\nStray paragraph.\n\n## The evidence\n\nA.\n"),
       "text-outside-section", 8},
      {"faq text before question",
       article_with_body("## Questions people ask about this\n\nStray.\n\n### Q?\n\nA.\n"),
       "faq-text-outside-question", 9},
      {"override of unknown id",
       "---\ntitle: t\ndescription: d\ndate: 2025-01-01\nreviewed: 2025-01-01\nheadings:\n  nope: "
       "X\n---\n",
       "unknown-section", 6},
  };
  for (const auto& c : cases) {
    Diagnostics d;
    parse_article(c.text, "a.md", sample_config(), d);
    ASSERT_TRUE(d.contains(c.code)) << c.name;
    for (const auto& item : d.items()) {
      if (item.code == c.code) {
        EXPECT_EQ(item.line, c.line) << c.name << ": " << format_text(item);
        EXPECT_EQ(item.path, "a.md") << c.name;
        break;
      }
    }
  }
}

TEST(ParseArticle, WarnsOnUnknownField) {
  Diagnostics d;
  parse_article(
      "---\ntitle: t\ndescription: d\ndate: 2025-01-01\nreviewed: 2025-01-01\nreviewd: x\n---\n",
      "a.md", sample_config(), d);
  EXPECT_TRUE(d.contains("unknown-field"));
  EXPECT_FALSE(d.has_errors());
}

TEST(IsValidSlug, Table) {
  const std::pair<const char*, bool> cases[] = {
      {"emotional-numbness", true},
      {"a1", true},
      {"", false},
      {"-a", false},
      {"a-", false},
      {"a--b", false},
      {"A", false},
      {"a_b", false},
      {"caf\xC3\xA9", false},
  };
  for (const auto& [slug, valid] : cases) EXPECT_EQ(is_valid_slug(slug), valid) << slug;
}

}  // namespace
}  // namespace mwp
