#include "importer/plain_text_writer.h"

#include <gtest/gtest.h>

#include "content/article_parser.h"
#include "importer/category_lookup.h"
#include "importer/import_test_support.h"
#include "importer/markdown_writer.h"
#include "importer/plain_text_lines.h"
#include "importer/plain_text_parser.h"

namespace mwp {
namespace {

// Imports `seed`, writes it as Markdown, reads that back as the site would,
// and exports it again in `style`.
std::string round_trip(const std::string& seed, const PlainTextStyle& style, bool breadcrumb) {
  const SiteConfig config = testing::bundled_config();
  const auto categories = testing::sample_categories();
  Diagnostics d;
  const auto text = decode_import_text(seed, "in.txt", d);
  EXPECT_TRUE(text);
  if (!text) return {};
  auto parsed = parse_plain_text_article(*text, "in.txt", config, categories, d);
  EXPECT_TRUE(parsed) << testing::codes(d);
  if (!parsed) return {};
  parsed->article.description = "What the seed is about.";
  parsed->article.published = parsed->article.reviewed = *Date::parse("2026-01-02");
  const std::string markdown = write_article_markdown(ArticleText::held(parsed->article), config);
  auto back = parse_article(markdown, "a.md", config, d);
  EXPECT_TRUE(back && !d.has_errors()) << testing::codes(d);
  if (!back) return {};
  // The site's article parser leaves sources_note to front matter readers.
  back->sources_note = parsed->article.sources_note;
  const auto names = breadcrumb && parsed->category ? category_names(categories, *parsed->category)
                                                    : std::vector<std::string>{};
  return write_article_plain_text(ArticleText::held(*back), config, names, style);
}

TEST(PlainTextWriter, ExportsTheSpacedSeedAsItWas) {
  const std::string seed = testing::read_seed(testing::kSpacedSeed);
  EXPECT_EQ(round_trip(seed, {TextLayout::spaced, ListStyle::numbered}, true),
            testing::with_final_newline(seed));
}

TEST(PlainTextWriter, ExportsTheCompactSeedAsItWas) {
  const std::string seed = testing::read_seed(testing::kCompactSeed);
  EXPECT_EQ(round_trip(seed, {TextLayout::compact, ListStyle::bulleted}, false),
            testing::with_final_newline(seed));
}

TEST(PlainTextWriter, ExportsInTheOtherLayoutAndReadsBack) {
  const std::string seed = testing::read_seed(testing::kCompactSeed);
  const std::string spaced = round_trip(seed, {TextLayout::spaced, ListStyle::plain}, false);
  EXPECT_NE(spaced, testing::with_final_newline(seed));
  EXPECT_EQ(round_trip(spaced, {TextLayout::compact, ListStyle::bulleted}, false),
            testing::with_final_newline(seed));
}

TEST(PlainTextWriter, ReducesMarkdownToText) {
  const SiteConfig config = testing::bundled_config();
  Article a;
  a.title = "T";
  a.sections.push_back({"evidence",
                        "The evidence",
                        "H",
                        {"Some *emphasis*, a [link](https://x.org) and 1\\. escapes.", 1},
                        1});
  a.faq.push_back({"Is \\*this\\* plain?", 1, {"Yes.", 1}});
  a.sources.push_back({"Hyde, J. S. (2005). *The* title.", 1, 1});
  const std::string text = write_article_plain_text(ArticleText::held(a), config, {},
                                                    {TextLayout::compact, ListStyle::plain});
  EXPECT_NE(text.find("\nSome emphasis, a link and 1. escapes.\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\nIs *this* plain?\nYes.\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\nHyde, J. S. (2005). The title.\n"), std::string::npos) << text;
  EXPECT_NE(text.find("Last reviewed by the " + config.editorial_team + ".\n"), std::string::npos);
  // The template's note, as text, when the article has none of its own.
  EXPECT_NE(text.find("Our research methodology explains"), std::string::npos) << text;
}

}  // namespace
}  // namespace mwp
