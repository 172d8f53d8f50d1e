#include "content/released_text.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "content/article_parser.h"
#include "content/content_test_support.h"

namespace mwp {
namespace {

namespace fs = std::filesystem;
using testing_support::sample_config;

// Front matter, then a body whose blocks start at line ends, end at the end
// of the file, and sit after a CRLF-free, BOM-free normalisation.
const char* kArticle = R"(---
title: "Text that is read twice"
description: A test article.
date: 2025-01-15
reviewed: 2025-06-02
---

## The evidence

Gross and John (2003) found it, *twice*.

## Why this happens

Because.

## Questions people ask about this

### Is it real?

Yes.

### An empty answer?

## Research sources

1. Gross, J. J., & John, O. P. (2003). Title. *Journal*, *85*(2), 348–362.
)";

class ArticleTextTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = fs::temp_directory_path() / ("mwp-article-text-" + std::to_string(::getpid()) + ".md");
    write(kArticle);
    Diagnostics d;
    auto parsed = parse_article(kArticle, "a.md", sample_config(), d);
    ASSERT_TRUE(parsed);
    article_ = std::move(*parsed);
    article_.source_path = path_;
  }
  void TearDown() override { fs::remove(path_); }
  void write(const std::string& text) const { std::ofstream(path_, std::ios::binary) << text; }

  fs::path path_;
  Article article_;
};

TEST_F(ArticleTextTest, BlocksKnowWhereTheyLieInTheSource) {
  const std::string_view source = kArticle;
  std::vector<const MarkdownBlock*> blocks;
  for (const ArticleSection& section : article_.sections) blocks.push_back(&section.body);
  for (const FaqEntry& entry : article_.faq) blocks.push_back(&entry.answer);
  ASSERT_EQ(blocks.size(), 4u);
  for (const MarkdownBlock* block : blocks) {
    EXPECT_EQ(source.substr(block->offset, block->size), block->markdown);
  }
  EXPECT_EQ(blocks[3]->size, 0u);  // the empty answer
}

TEST_F(ArticleTextTest, HeldTextIsTheModelsAndReadsNoFile) {
  article_.source_path = path_.string() + ".absent";
  Diagnostics d;
  const auto text = read_article_text(article_, d);
  ASSERT_TRUE(text);
  EXPECT_TRUE(d.empty());
  EXPECT_EQ(text->section(0), article_.sections[0].body.markdown);
  EXPECT_EQ(text->part(TextPart::faq_answer, 0), "\nYes.");  // blocks keep their source lines
}

TEST_F(ArticleTextTest, ReleasedTextIsReadAgainFromTheFile) {
  const std::string first = article_.sections[0].body.markdown;
  const std::string answer = article_.faq[0].answer.markdown;
  release_article_text(article_, kArticle);
  EXPECT_TRUE(article_.text_released);
  EXPECT_TRUE(article_.sections[0].body.markdown.empty());
  EXPECT_EQ(article_.sections[0].body.markdown.capacity(), std::string().capacity());
  Diagnostics d;
  const auto text = read_article_text(article_, d);
  ASSERT_TRUE(text);
  EXPECT_TRUE(d.empty());
  EXPECT_EQ(text->section(0), first);
  EXPECT_EQ(text->part(TextPart::section, 1), "\nBecause.");
  EXPECT_EQ(text->faq_answer(0), answer);
  EXPECT_EQ(text->faq_answer(1), "");
}

// Each row changes the file after it was parsed; reading the released text
// again must report the change rather than render the wrong bytes.
TEST_F(ArticleTextTest, AChangedOrMissingFileIsReported) {
  struct Case {
    const char* name;
    std::string replacement;  // the file's new text; empty = delete the file
    const char* code;
  };
  std::string same_size = kArticle;
  same_size[same_size.find("twice")] = 'T';
  const Case cases[] = {
      {"same size, other bytes", same_size, "source-changed"},
      {"longer", std::string(kArticle) + "\nMore.\n", "source-changed"},
      {"deleted", "", "file-unreadable"},
  };
  release_article_text(article_, kArticle);
  for (const Case& c : cases) {
    if (c.replacement.empty()) {
      fs::remove(path_);
    } else {
      write(c.replacement);
    }
    Diagnostics d;
    EXPECT_FALSE(read_article_text(article_, d)) << c.name;
    ASSERT_EQ(d.items().size(), 1u) << c.name;
    EXPECT_EQ(d.items()[0].code, c.code) << c.name;
    EXPECT_EQ(d.items()[0].path, "a.md") << c.name;
  }
}

}  // namespace
}  // namespace mwp
