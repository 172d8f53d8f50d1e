#include "render/listing.h"

namespace mwp {

using nlohmann::json;

json article_summary(const RenderContext& context, size_t index) {
  const Site& site = context.site();
  const Article& article = site.articles[index];
  json out;  // filled member by member: cheaper than an initializer list
  out["title"] = article.title;
  out["url"] = href(article.url);
  out["description"] = article.description;
  out["reviewed"] = article.reviewed.human();
  out["reviewed_iso"] = article.reviewed.iso();
  if (article.category < site.categories.size()) {
    const Category& category = site.categories[article.category];
    json& about = out["category"];
    about["name"] = category.name;
    about["url"] = href(category.url);
  }
  return out;
}

json article_summaries(const RenderContext& context, const std::vector<size_t>& articles,
                       size_t limit) {
  json out = json::array();
  for (size_t a : articles) {
    if (out.size() >= limit) break;
    out.push_back(article_summary(context, a));
  }
  return out;
}

json category_summary(const RenderContext& context, size_t index, size_t latest) {
  const Category& category = context.site().categories[index];
  const std::vector<size_t>& articles = context.articles_under(index);
  return {{"name", category.name},
          {"url", href(category.url)},
          {"description", category.description},
          {"article_count", articles.size()},
          {"has_articles", !articles.empty()},
          {"latest", article_summaries(context, articles, latest)}};
}

json category_summaries(const RenderContext& context, std::optional<size_t> parent, size_t latest) {
  json out = json::array();
  for (size_t c : ordered_children(context.site(), parent)) {
    out.push_back(category_summary(context, c, latest));
  }
  return out;
}

std::string block_html(const RenderContext& context, const MarkdownBlock& block) {
  if (block.markdown.empty()) return "";
  return markdown_to_html(block.markdown, context.markdown_options());
}

}  // namespace mwp
