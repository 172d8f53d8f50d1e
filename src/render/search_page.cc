#include "render/search_page.h"

namespace mwp {
namespace {

using nlohmann::json;

json search_page_context(const RenderContext& context) {
  return context.page_context({.title = "Search",
                               .description = "Search " + context.site().config.title,
                               .url = "/search/",
                               .breadcrumbs = {{"Home", "/"}},
                               .noindex = true});
}

}  // namespace

std::optional<std::string> render_search_page(const RenderContext& context,
                                              Diagnostics& diagnostics) {
  if (!context.theme().has("search")) return std::nullopt;
  json page = search_page_context(context);
  page["search"] = {{"query", ""}, {"results", json::array()}, {"has_results", false}};
  return context.theme().render("search", page, diagnostics);
}

std::optional<std::string> search_page_bundle(const RenderContext& context) {
  const Theme& theme = context.theme();
  const auto search = theme.template_texts.find("search");
  if (search == theme.template_texts.end()) return std::nullopt;
  json partials = json::object();
  for (const auto& [name, source] : theme.partial_texts) partials[name] = source;
  const json bundle = {{"format", 1},
                       {"context", search_page_context(context)},
                       {"templates", {{"search", search->second}}},
                       {"partials", partials}};
  return bundle.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace mwp
