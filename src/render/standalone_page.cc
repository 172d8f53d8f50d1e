#include "render/standalone_page.h"

namespace mwp {

using nlohmann::json;

json standalone_page_context(const RenderContext& context, size_t index) {
  const Page& source = context.site().pages[index];
  const PageMeta meta{.title = source.title,
                      .description = source.description,
                      .url = source.url,
                      .breadcrumbs = {{"Home", "/"}}};
  json page = context.page_context(meta);
  page["content"] = {{"title", source.title},
                     {"html", markdown_to_html(source.body.markdown, context.markdown_options())},
                     {"has_modified", !source.modified.empty()},
                     {"modified", source.modified.empty() ? "" : source.modified.human()},
                     {"modified_iso", source.modified.empty() ? "" : source.modified.iso()}};
  return page;
}

std::optional<std::string> render_standalone_page(const RenderContext& context, size_t page,
                                                  Diagnostics& diagnostics) {
  return context.theme().render("page", standalone_page_context(context, page), diagnostics);
}

}  // namespace mwp
