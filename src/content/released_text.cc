#include "content/released_text.h"

#include <functional>

#include "content/source_file.h"

namespace mwp {
namespace {

uint64_t text_hash(std::string_view text) {
  return std::hash<std::string_view>{}(text);
}

}  // namespace

std::optional<ArticleText> read_article_text(const Article& article, Diagnostics& diagnostics) {
  if (!article.text_released) return ArticleText::held(article);
  auto source = read_source_file(article.source_path, article.display_path, diagnostics);
  if (!source) return std::nullopt;
  if (source->size() != article.source_size || text_hash(*source) != article.source_hash) {
    diagnostics.error(article.display_path, 0, 0, "source-changed",
                      "the file changed while the site was being built; build again");
    return std::nullopt;
  }
  return ArticleText(article, std::move(*source));
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
