#include "render/category_page.h"

#include "render/listing.h"

namespace mwp {
namespace {

using nlohmann::json;

constexpr size_t kLatestPerCategory = 3;

}  // namespace

json category_page_context(const RenderContext& context, size_t index) {
  const Site& site = context.site();
  const Category& category = site.categories[index];
  PageMeta meta{.title = category.name,
                .description = category.description,
                .url = category.url,
                .breadcrumbs = {{"Home", "/"}}};
  const std::vector<size_t> chain = site.category_chain(index);
  for (size_t i = 0; i + 1 < chain.size(); ++i) {
    meta.breadcrumbs.push_back({site.categories[chain[i]].name, site.categories[chain[i]].url});
  }
  meta.top_category = chain.front();
  json page = context.page_context(meta);
  page["category"] = {{"name", category.name},
                      {"description", category.description},
                      {"url", href(category.url)},
                      {"intro_html", block_html(context, category.intro)}};
  page["subcategories"] = category_summaries(context, index, kLatestPerCategory);
  page["has_subcategories"] = !page["subcategories"].empty();
  page["articles"] = article_summaries(context, context.visible_articles(category.articles));
  page["has_articles"] = !page["articles"].empty();
  return page;
}

std::optional<std::string> render_category_page(const RenderContext& context, size_t category,
                                                Diagnostics& diagnostics) {
  return context.theme().render("category", category_page_context(context, category), diagnostics);
}

}  // namespace mwp
