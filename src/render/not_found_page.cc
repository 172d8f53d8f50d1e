#include "render/not_found_page.h"

namespace mwp {

using nlohmann::json;

std::optional<std::string> render_not_found_page(const RenderContext& context,
                                                 Diagnostics& diagnostics) {
  const PageMeta meta{.title = "Page not found", .url = "/404.html", .noindex = true};
  json page = context.page_context(meta);
  json categories = json::array();
  for (size_t c : ordered_children(context.site(), std::nullopt)) {
    const Category& category = context.site().categories[c];
    categories.push_back({{"name", category.name}, {"url", href(category.url)}});
  }
  page["has_categories"] = !categories.empty();
  page["categories"] = categories;
  return context.theme().render("404", page, diagnostics);
}

}  // namespace mwp
