#include "render/search_page.h"

namespace mwp {

using nlohmann::json;

std::optional<std::string> render_search_page(const RenderContext& context,
                                              Diagnostics& diagnostics) {
  if (!context.theme().has("search")) return std::nullopt;
  PageMeta meta;
  meta.title = "Search";
  meta.description = "Search " + context.site().config.title;
  meta.url = "/search/";
  meta.breadcrumbs.push_back({"Home", "/"});
  meta.noindex = true;
  json page = context.page_context(meta);
  page["search"] = {{"query", ""}, {"results", json::array()}, {"has_results", false}};
  return context.theme().render("search", page, diagnostics);
}

}  // namespace mwp
