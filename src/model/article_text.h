// The Markdown of an article's sections and FAQ answers, wherever the model
// keeps it. Every reader of an article's prose (the checks, the citation
// resolver, the renderer, the search index) takes an ArticleText, so that
// what it reads does not depend on when it runs.
//
// A parsed article holds its Markdown in its blocks. A large build releases
// it once the article is checked (release_article_text(),
// content/released_text.h), and read_article_text() gives it back from the
// source file, whose text the blocks' offsets point into.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "model/site.h"

namespace mwp {

class ArticleText {
 public:
  // The text `article` holds in its blocks. `article` must outlive the
  // result. Requires: !article.text_released.
  static ArticleText held(const Article& article);

  // The text of a released `article`, from `source`: the text of its source
  // file as parse_article() read it, whose size and hash the article keeps
  // (read_article_text() checks them).
  ArticleText(const Article& article, std::string source);

  const Article& article() const { return *article_; }

  // Requires: index < article().sections.size() (faq.size()).
  std::string_view section(size_t index) const;
  std::string_view faq_answer(size_t index) const;
  // Section or FAQ answer `index`, as Citation::part names it.
  std::string_view part(TextPart part, size_t index) const;
  const MarkdownBlock& block_of(TextPart part, size_t index) const;

 private:
  explicit ArticleText(const Article& article) : article_(&article) {}
  std::string_view text_of(const MarkdownBlock& block) const;

  const Article* article_;
  std::string source_;  // the source file's text; empty while the article holds its text
};

}  // namespace mwp
