#include "content/article_text.h"

#include <functional>

#include "content/source_file.h"

namespace mwp {
namespace {

uint64_t text_hash(std::string_view text) {
  return std::hash<std::string_view>{}(text);
}

}  // namespace

std::optional<ArticleText> ArticleText::read(const Article& article, Diagnostics& diagnostics) {
  ArticleText text(article);
  if (!article.text_released) return text;
  auto source = read_source_file(article.source_path, article.display_path, diagnostics);
  if (!source) return std::nullopt;
  if (source->size() != article.source_size || text_hash(*source) != article.source_hash) {
    diagnostics.error(article.display_path, 0, 0, "source-changed",
                      "the file changed while the site was being built; build again");
    return std::nullopt;
  }
  text.source_ = std::move(*source);
  return text;
}

std::string_view ArticleText::block(const MarkdownBlock& block) const {
  if (!article_->text_released) return block.markdown;
  return std::string_view(source_).substr(block.offset, block.size);
}

std::string_view ArticleText::section(size_t index) const {
  return block(article_->sections[index].body);
}

std::string_view ArticleText::faq_answer(size_t index) const {
  return block(article_->faq[index].answer);
}

std::string_view ArticleText::part(TextPart part, size_t index) const {
  return part == TextPart::section ? section(index) : faq_answer(index);
}

void release_article_text(Article& article, std::string_view source_text) {
  // Swapped, not assigned: assigning an empty string keeps the capacity.
  for (ArticleSection& section : article.sections) std::string().swap(section.body.markdown);
  for (FaqEntry& entry : article.faq) std::string().swap(entry.answer.markdown);
  article.source_size = source_text.size();
  article.source_hash = text_hash(source_text);
  article.text_released = true;
}

}  // namespace mwp
