#include "render/sources_pages.h"

#include "cite/apa_formatter.h"
#include "render/listing.h"
#include "text/utf8.h"

namespace mwp {
namespace {

using nlohmann::json;

std::string cited_label(size_t count) {
  return "Cited in " + std::to_string(count) + (count == 1 ? " article" : " articles");
}

// "G" for Gross, from the name the works are sorted by; "#" when it does
// not start with a letter.
std::string index_letter(const CitedWork& work) {
  const Reference& reference = work.reference;
  std::string name = reference.title;
  if (!reference.authors.empty()) {
    const PersonName& first = reference.authors.front();
    name = first.literal.empty() ? first.family : first.literal;
  }
  const std::string folded = fold_for_matching(name);
  for (char c : folded) {
    if (c >= 'a' && c <= 'z') return std::string(1, static_cast<char>(c - 'a' + 'A'));
    if (c != ' ' && c != '"' && c != '\'') break;
  }
  return "#";
}

}  // namespace

std::string work_url(const CitedWork& work) {
  return "/sources/" + work.key + "/";
}

json source_page_context(const RenderContext& context, size_t index) {
  const CitedWork& work = context.works()[index];
  PageMeta meta{.title = format_apa_citation(work.reference),
                .description = format_apa_text(work.reference),
                .url = work_url(work),
                .breadcrumbs = {{"Home", "/"}, {"Sources", "/sources/"}}};
  if (!work.reference.title.empty()) meta.title += ": " + work.reference.title;
  json page = context.page_context(meta);
  const std::vector<size_t> articles = context.visible_articles(work.articles);
  const std::string doi_url =
      work.reference.doi.empty() ? "" : "https://doi.org/" + work.reference.doi;
  page["work"] = {{"key", work.key},
                  {"html", format_apa_html(work.reference)},
                  {"in_text", format_apa_citation(work.reference)},
                  {"doi_url", doi_url},
                  {"has_doi", !doi_url.empty()},
                  {"articles", article_summaries(context, articles)},
                  {"article_count", articles.size()},
                  {"cited_label", cited_label(articles.size())}};
  return page;
}

std::optional<std::string> render_source_page(const RenderContext& context, size_t work,
                                              Diagnostics& diagnostics) {
  return context.theme().render("source", source_page_context(context, work), diagnostics);
}

json sources_index_context(const RenderContext& context) {
  const PageMeta meta{
      .title = "Research sources",
      .description = "Every published work cited on " + context.site().config.title + ".",
      .url = "/sources/",
      .breadcrumbs = {{"Home", "/"}}};
  json page = context.page_context(meta);
  json groups = json::array();
  json letters = json::array();
  for (const CitedWork& work : context.works()) {
    const std::string letter = index_letter(work);
    if (groups.empty() || groups.back()["letter"] != letter) {
      const std::string id = letter == "#" ? "other" : "letter-" + letter;
      groups.push_back({{"letter", letter}, {"id", id}, {"works", json::array()}});
      letters.push_back({{"letter", letter}, {"id", id}});
    }
    const size_t count = context.visible_articles(work.articles).size();
    groups.back()["works"].push_back({{"html", format_apa_html(work.reference)},
                                      {"url", href(work_url(work))},
                                      {"article_count", count},
                                      {"cited_label", cited_label(count)}});
  }
  page["groups"] = groups;
  page["letters"] = letters;
  page["has_works"] = !groups.empty();
  return page;
}

std::optional<std::string> render_sources_index(const RenderContext& context,
                                                Diagnostics& diagnostics) {
  return context.theme().render("sources", sources_index_context(context), diagnostics);
}

}  // namespace mwp
