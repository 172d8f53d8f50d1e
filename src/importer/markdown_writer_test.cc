#include "importer/markdown_writer.h"

#include <gtest/gtest.h>

#include "checks/article_checks.h"
#include "content/article_parser.h"
#include "importer/import_test_support.h"

namespace mwp {
namespace {

Article sample_article(const SiteConfig& config) {
  Article a;
  a.title = "Quotes \"inside\": a title # with \\ marks";
  a.description = "One: two";
  a.published = *Date::parse("2025-01-15");
  a.reviewed = *Date::parse("2025-06-02");
  a.modified = *Date::parse("2025-07-01");
  a.reviewed_by = "Dr. Ana Ruiz";
  a.keywords = {"emotion", "men: women"};
  a.aliases = {"/old/path/"};
  a.sources_note = "Our own note.";
  for (const auto& s : config.article_template.sections) {
    a.sections.push_back({s.id, s.kicker, s.heading, {"Text of " + s.id + ".\n\nSecond.", 0}, 0});
  }
  a.sections[1].heading = "A heading of our own";
  a.faq.push_back({"Why\\?", 0, {"Because.", 0}});
  a.sources.push_back({"Hyde, J. S. (2005). The gender similarities hypothesis.", 0, 0});
  a.sources.push_back({"[@gross2003]", 0, 0});
  return a;
}

TEST(MarkdownWriter, WritesWhatTheArticleParserReadsBack) {
  const SiteConfig config = testing::bundled_config();
  const Article a = sample_article(config);
  const std::string markdown = write_article_markdown(ArticleText::held(a), config);
  Diagnostics d;
  const auto back = parse_article(markdown, "a.md", config, d);
  ASSERT_TRUE(back);
  check_article_structure(ArticleText::held(*back), config.article_template, d);
  EXPECT_FALSE(d.has_errors()) << testing::codes(d) << markdown;
  EXPECT_EQ(back->title, a.title);
  EXPECT_EQ(back->description, a.description);
  EXPECT_EQ(back->published, a.published);
  EXPECT_EQ(back->reviewed, a.reviewed);
  EXPECT_EQ(back->modified, a.modified);
  EXPECT_EQ(back->reviewed_by, a.reviewed_by);
  EXPECT_EQ(back->keywords, a.keywords);
  EXPECT_EQ(back->aliases, a.aliases);
  ASSERT_EQ(back->sections.size(), a.sections.size());
  for (size_t i = 0; i < a.sections.size(); ++i) {
    EXPECT_EQ(back->sections[i].id, a.sections[i].id);
    EXPECT_EQ(back->sections[i].heading, a.sections[i].heading);
    EXPECT_NE(back->sections[i].body.markdown.find(a.sections[i].body.markdown), std::string::npos);
  }
  ASSERT_EQ(back->faq.size(), 1u);
  EXPECT_EQ(back->faq[0].question, "Why\\?");
  ASSERT_EQ(back->sources.size(), 2u);
  EXPECT_EQ(back->sources[1].text, "[@gross2003]");
  EXPECT_NE(markdown.find("sources_note: \"Our own note.\""), std::string::npos);
  EXPECT_NE(markdown.find("headings:\n  mechanism: \"A heading of our own\""), std::string::npos);
  EXPECT_EQ(markdown.find("\n## " + config.article_template.sections[1].heading),
            std::string::npos);  // written under its kicker
}

TEST(MarkdownWriter, OmitsDefaults) {
  const SiteConfig config = testing::bundled_config();
  Article a = sample_article(config);
  a.reviewed_by = config.editorial_team;
  a.modified = a.reviewed;
  a.sources_note.clear();
  a.sections[1].heading = config.article_template.sections[1].heading;
  const std::string markdown = write_article_markdown(ArticleText::held(a), config);
  for (const char* key : {"reviewed_by:", "lastmod:", "headings:", "sources_note:", "draft:"}) {
    EXPECT_EQ(markdown.find(key), std::string::npos) << key;
  }
}

TEST(MarkdownWriter, AnEmptyArticleIsAValidSkeleton) {
  const SiteConfig config = testing::bundled_config();
  Article a;
  a.title = "New";
  a.description = "To be written.";
  a.published = a.reviewed = *Date::parse("2025-01-01");
  const std::string markdown = write_article_markdown(ArticleText::held(a), config);
  Diagnostics d;
  const auto back = parse_article(markdown, "a.md", config, d);
  ASSERT_TRUE(back);
  EXPECT_FALSE(d.has_errors()) << testing::codes(d);
  EXPECT_EQ(back->sections.size(), config.article_template.sections.size());
  EXPECT_EQ(back->sources_line,
            static_cast<int>(std::count(markdown.begin(), markdown.end(), '\n')));
}

TEST(MarkdownWriter, QuotesYamlScalars) {
  EXPECT_EQ(yaml_quote("plain"), "\"plain\"");
  EXPECT_EQ(yaml_quote("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"");
  EXPECT_EQ(yaml_quote("tab\there\nnew"), "\"tab\\there\\nnew\"");
  EXPECT_EQ(yaml_quote("bell\x07"), "\"bell\\x07\"");
}

}  // namespace
}  // namespace mwp
