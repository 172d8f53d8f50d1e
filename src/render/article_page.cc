#include "render/article_page.h"

#include <algorithm>

#include "cite/apa_formatter.h"
#include "render/citation_links.h"
#include "render/json_ld.h"

namespace mwp {
namespace {

using nlohmann::json;

std::string rendered(const RenderContext& context, const std::string& markdown,
                     std::vector<CitationLink> citations, AnchorIds& ids) {
  MarkdownOptions options = context.markdown_options();
  options.citations = std::move(citations);
  options.ids = &ids;
  options.min_heading_level = 3;  // inside a section headed by an h2
  return markdown_to_html(markdown, options);
}

json faq_context(const RenderContext& context, const Article& article,
                 const ArticleCitationLinks& links, AnchorIds& ids) {
  json items = json::array();
  for (size_t i = 0; i < article.faq.size(); ++i) {
    const FaqEntry& entry = article.faq[i];
    const std::string id = ids.claim("faq " + entry.question);
    items.push_back(
        {{"id", id},
         {"question", entry.question},
         {"html", rendered(context, entry.answer.markdown, links.faq_answers[i], ids)}});
  }
  return {{"id", "faq"},
          {"heading", context.site().config.article_template.faq_heading},
          {"items", std::move(items)}};
}

json backlinks(size_t number, size_t count) {
  json out = json::array();
  for (size_t k = 1; k <= count; ++k) {
    const std::string label =
        count == 1
            ? "Back to where source " + std::to_string(number) + " is cited"
            : "Back to citation " + std::to_string(k) + " of source " + std::to_string(number);
    out.push_back({{"href", "#cite-" + std::to_string(number) + "-" + std::to_string(k)},
                   {"label", label},
                   {"text", count == 1 ? std::string("↩") : "↩" + std::to_string(k)}});
  }
  return out;
}

json sources_context(const RenderContext& context, size_t index, const ArticleCitationLinks& links,
                     AnchorIds& ids) {
  const Article& article = context.site().articles[index];
  const ArticleTemplate& anatomy = context.site().config.article_template;
  json items = json::array();
  for (size_t r = 0; r < article.references.size(); ++r) {
    const size_t number = r + 1;
    json item = {{"number", number},
                 {"id", "ref-" + std::to_string(number)},
                 {"html", format_apa_html(article.references[r])},
                 {"backlinks", backlinks(number, links.occurrences[r])},
                 {"work_url", ""},
                 {"has_work_url", false}};
    if (const auto work = context.work_of(index, r)) {
      item["work_url"] = href("/sources/" + context.works()[*work].key + "/");
      item["has_work_url"] = true;
    }
    items.push_back(std::move(item));
  }
  return {
      {"id", "sources"},
      {"heading", anatomy.sources_heading},
      {"note_html",
       rendered(context, article.sources_note.empty() ? anatomy.sources_note : article.sources_note,
                {}, ids)},
      {"items", std::move(items)}};
}

// Up to related_articles others: the same category's first (newest review
// first), then the rest of its top-level category.
json related_context(const RenderContext& context, size_t index) {
  const Site& site = context.site();
  const Article& article = site.articles[index];
  const size_t wanted = static_cast<size_t>(std::max(0, site.config.related_articles));
  std::vector<size_t> taken;
  auto consider = [&](size_t a) {
    if (taken.size() >= wanted || a == index || !context.visible(site.articles[a])) return;
    if (std::find(taken.begin(), taken.end(), a) == taken.end()) taken.push_back(a);
  };
  if (article.category < site.categories.size()) {
    for (size_t a : site.categories[article.category].articles) consider(a);
    for (size_t a : context.articles_under(site.category_chain(article.category).front())) {
      consider(a);
    }
  }
  json out = json::array();
  for (size_t a : taken) {
    const Article& other = site.articles[a];
    out.push_back(
        {{"title", other.title}, {"url", href(other.url)}, {"description", other.description}});
  }
  return out;
}

PageMeta article_meta(const RenderContext& context, size_t index) {
  const Site& site = context.site();
  const Article& article = site.articles[index];
  PageMeta meta;
  meta.title = article.title;
  meta.description = article.description;
  meta.url = article.url;
  meta.og_type = "article";
  meta.json_ld.push_back(json_ld_script(medical_web_page_json_ld(context, index)));
  if (const auto faq = faq_page_json_ld(context, index))
    meta.json_ld.push_back(json_ld_script(*faq));
  meta.breadcrumbs.push_back({"Home", "/"});
  if (article.category < site.categories.size()) {
    const std::vector<size_t> chain = site.category_chain(article.category);
    for (size_t c : chain) {
      meta.breadcrumbs.push_back({site.categories[c].name, site.categories[c].url});
    }
    meta.top_category = chain.front();
  }
  return meta;
}

}  // namespace

json article_page_context(const RenderContext& context, size_t index) {
  const Site& site = context.site();
  const Article& article = site.articles[index];
  json page = context.page_context(article_meta(context, index));
  AnchorIds ids;
  for (const char* fixed : {"main", "toc", "toc-title", "faq", "faq-heading", "sources",
                            "sources-heading", "related", "related-heading"}) {
    ids.reserve(fixed);
  }
  for (const ArticleSection& section : article.sections) ids.reserve(section.id);
  for (size_t r = 1; r <= article.references.size(); ++r) ids.reserve("ref-" + std::to_string(r));

  const ArticleCitationLinks links = number_citations(article);
  json toc = json::array();
  json sections = json::array();
  for (size_t i = 0; i < article.sections.size(); ++i) {
    const ArticleSection& section = article.sections[i];
    const std::string heading_id = ids.claim(section.id + " heading");
    sections.push_back(
        {{"id", section.id},
         {"heading_id", heading_id},
         {"kicker", section.kicker},
         {"heading", section.heading},
         {"html", rendered(context, section.body.markdown, links.sections[i], ids)}});
    toc.push_back({{"id", section.id}, {"title", section.heading}});
  }
  page["sections"] = std::move(sections);
  page["has_faq"] = !article.faq.empty();
  page["faq"] = faq_context(context, article, links, ids);
  if (!article.faq.empty()) toc.push_back({{"id", "faq"}, {"title", page["faq"]["heading"]}});
  page["has_sources"] = !article.references.empty();
  page["sources"] = sources_context(context, index, links, ids);
  if (!article.references.empty()) {
    toc.push_back({{"id", "sources"}, {"title", page["sources"]["heading"]}});
  }
  page["toc"] = std::move(toc);
  json related = related_context(context, index);
  page["has_related"] = !related.empty();
  page["related"] = std::move(related);
  const std::string reviewer =
      article.reviewed_by.empty() ? site.config.editorial_team : article.reviewed_by;
  page["article"] = {
      {"title", article.title},
      {"description", article.description},
      {"url", href(article.url)},
      {"published", article.published.human()},
      {"published_iso", article.published.iso()},
      {"reviewed", article.reviewed.human()},
      {"reviewed_iso", article.reviewed.iso()},
      {"modified", article.modified.human()},
      {"modified_iso", article.modified.iso()},
      {"reviewed_by", reviewer},
      {"keywords", article.keywords},
  };
  return page;
}

std::optional<std::string> render_article_page(const RenderContext& context, size_t article,
                                               Diagnostics& diagnostics) {
  return context.theme().render("article", article_page_context(context, article), diagnostics);
}

}  // namespace mwp
