#include "model/article_text.h"

#include <utility>

namespace mwp {

ArticleText ArticleText::held(const Article& article) {
  return ArticleText(article);
}

ArticleText::ArticleText(const Article& article, std::string source)
    : article_(&article), source_(std::move(source)) {}

std::string_view ArticleText::text_of(const MarkdownBlock& block) const {
  if (!article_->text_released) return block.markdown;
  if (block.offset > source_.size()) return {};
  return std::string_view(source_).substr(block.offset, block.size);
}

const MarkdownBlock& ArticleText::block_of(TextPart part, size_t index) const {
  return part == TextPart::section ? article_->sections[index].body : article_->faq[index].answer;
}

std::string_view ArticleText::section(size_t index) const {
  return text_of(article_->sections[index].body);
}

std::string_view ArticleText::faq_answer(size_t index) const {
  return text_of(article_->faq[index].answer);
}

std::string_view ArticleText::part(TextPart part, size_t index) const {
  return text_of(block_of(part, index));
}

}  // namespace mwp
