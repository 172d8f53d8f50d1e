#include "render/home_page.h"

#include <algorithm>

#include "render/listing.h"

namespace mwp {
namespace {

using nlohmann::json;

constexpr size_t kLatestOnHome = 10;
constexpr size_t kLatestPerCategory = 3;

}  // namespace

json home_page_context(const RenderContext& context) {
  const Site& site = context.site();
  const PageMeta meta{.description = site.config.description, .url = "/"};
  json page = context.page_context(meta);
  page["intro_html"] = block_html(context, site.home_intro);
  json categories = json::array();
  for (size_t c : ordered_children(site, std::nullopt)) {
    json summary = category_summary(context, c, kLatestPerCategory);
    summary["subcategories"] = category_summaries(context, c, kLatestPerCategory);
    summary["has_subcategories"] = !summary["subcategories"].empty();
    categories.push_back(std::move(summary));
  }
  page["has_categories"] = !categories.empty();
  page["categories"] = std::move(categories);
  std::vector<size_t> all;
  for (size_t a = 0; a < site.articles.size(); ++a) all.push_back(a);
  all = context.visible_articles(all);
  std::stable_sort(all.begin(), all.end(), [&site](size_t a, size_t b) {
    if (site.articles[a].reviewed != site.articles[b].reviewed) {
      return site.articles[a].reviewed > site.articles[b].reviewed;
    }
    return site.articles[a].title < site.articles[b].title;
  });
  page["latest"] = article_summaries(context, all, kLatestOnHome);
  page["has_latest"] = !page["latest"].empty();
  return page;
}

std::optional<std::string> render_home_page(const RenderContext& context,
                                            Diagnostics& diagnostics) {
  return context.theme().render("home", home_page_context(context), diagnostics);
}

}  // namespace mwp
