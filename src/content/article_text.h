// An article's section and FAQ Markdown, held by the model or read again
// from the source file once the model has released it.
//
// A build parses every article before it renders any. Holding all of their
// Markdown in between is most of a large site's memory, so the pipeline
// releases each article's text as soon as its citations and structure are
// checked, and the renderer reads it again.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "model/site.h"

namespace mwp {

class ArticleText {
 public:
  // The text of `article`, which must outlive the result. While the model
  // holds it, nothing is read. Once released, reads article.source_path
  // again; reports file-unreadable (or another read_source_file() code), or
  // source-changed when the file no longer holds the text that was parsed,
  // at the article's display_path, and returns nullopt.
  static std::optional<ArticleText> read(const Article& article, Diagnostics& diagnostics);

  // Requires: index < article.sections.size() (faq.size()).
  std::string_view section(size_t index) const;
  std::string_view faq_answer(size_t index) const;
  // Section or FAQ answer `index`, as Citation::part names it.
  std::string_view part(TextPart part, size_t index) const;

 private:
  explicit ArticleText(const Article& article) : article_(&article) {}
  std::string_view block(const MarkdownBlock& block) const;

  const Article* article_;
  std::string source_;  // the re-read source text; empty while the model holds the text
};

// Frees the Markdown of `article`'s sections and FAQ answers and records the
// size and hash of `source_text`, the text parse_article() read it from
// (whose offsets its MarkdownBlocks hold). Pages and category intros keep
// theirs: they are few.
void release_article_text(Article& article, std::string_view source_text);

}  // namespace mwp
