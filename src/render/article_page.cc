#include "render/article_page.h"

#include <algorithm>

#include "cite/apa_formatter.h"
#include "content/released_text.h"
#include "render/citation_links.h"
#include "render/json_ld.h"

namespace mwp {
namespace {

using nlohmann::json;

// Objects are filled member by member: nlohmann's initializer lists build a
// temporary array per member, which costs twice as much on every page.

void toc_entry(json& toc, const std::string& id, const std::string& title) {
  json& entry = toc.emplace_back();
  entry["id"] = id;
  entry["title"] = title;
}

std::string rendered(const RenderContext& context, std::string_view markdown,
                     std::vector<CitationLink> citations, AnchorIds& ids) {
  MarkdownOptions options = context.markdown_options();
  options.citations = std::move(citations);
  options.ids = &ids;
  options.min_heading_level = 3;  // inside a section headed by an h2
  return markdown_to_html(markdown, options);
}

json faq_context(const RenderContext& context, const Article& article, const ArticleText& text,
                 const ArticleCitationLinks& links, AnchorIds& ids) {
  json items = json::array();
  for (size_t i = 0; i < article.faq.size(); ++i) {
    const FaqEntry& entry = article.faq[i];
    json& item = items.emplace_back();
    item["id"] = ids.claim("faq " + entry.question);
    item["question"] = entry.question;
    item["html"] = rendered(context, text.faq_answer(i), links.faq_answers[i], ids);
  }
  json faq;
  faq["id"] = "faq";
  faq["heading"] = context.site().config.article_template.faq_heading;
  faq["items"] = std::move(items);
  return faq;
}

json backlinks(size_t number, size_t count) {
  json out = json::array();
  for (size_t k = 1; k <= count; ++k) {
    const std::string label =
        count == 1
            ? "Back to where source " + std::to_string(number) + " is cited"
            : "Back to citation " + std::to_string(k) + " of source " + std::to_string(number);
    json& link = out.emplace_back();
    link["href"] = "#cite-" + std::to_string(number) + "-" + std::to_string(k);
    link["label"] = label;
    link["text"] = count == 1 ? std::string("↩") : "↩" + std::to_string(k);
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
    json& item = items.emplace_back();
    item["number"] = number;
    item["id"] = "ref-" + std::to_string(number);
    item["html"] = format_apa_html(article.references[r]);
    item["backlinks"] = backlinks(number, links.occurrences[r]);
    const auto work = context.work_of(index, r);
    item["work_url"] = work ? href("/sources/" + context.works()[*work].key + "/") : "";
    item["has_work_url"] = work.has_value();
  }
  json sources;
  sources["id"] = "sources";
  sources["heading"] = anatomy.sources_heading;
  sources["note_html"] = rendered(
      context, article.sources_note.empty() ? anatomy.sources_note : article.sources_note, {}, ids);
  sources["items"] = std::move(items);
  // The writer's notes on the list, as written above and below it.
  const auto notes_html = [&](const std::vector<SourceEntry>& notes) {
    std::string markdown;
    for (const SourceEntry& note : notes) markdown += note.text + "\n\n";
    return markdown.empty() ? std::string() : rendered(context, markdown, {}, ids);
  };
  sources["before_html"] = notes_html(article.sources_before);
  sources["after_html"] = notes_html(article.sources_after);
  return sources;
}

// Up to related_articles others: the same category's first (newest review
// first), then the rest of its top-level category.
json related_context(const RenderContext& context, size_t index) {
  const Site& site = context.site();
  const Article& article = site.articles[index];
  const size_t wanted = static_cast<size_t>(std::max(0, site.config.related_articles));
  std::vector<size_t> taken;
  // Stops at `wanted`: a category can hold thousands of articles.
  auto take_from = [&](const std::vector<size_t>& articles) {
    for (size_t a : articles) {
      if (taken.size() >= wanted) return;
      if (a == index || !context.visible(site.articles[a])) continue;
      if (std::find(taken.begin(), taken.end(), a) == taken.end()) taken.push_back(a);
    }
  };
  if (article.category < site.categories.size()) {
    take_from(site.categories[article.category].articles);
    take_from(context.articles_under(site.category_chain(article.category).front()));
  }
  json out = json::array();
  for (size_t a : taken) {
    const Article& other = site.articles[a];
    json& item = out.emplace_back();
    item["title"] = other.title;
    item["url"] = href(other.url);
    item["description"] = other.description;
  }
  return out;
}

PageMeta article_meta(const RenderContext& context, size_t index, const ArticleText& text) {
  const Site& site = context.site();
  const Article& article = site.articles[index];
  PageMeta meta{.title = article.title,
                .description = article.description,
                .url = article.url,
                .og_type = "article",
                .breadcrumbs = {{"Home", "/"}}};
  meta.json_ld.push_back(json_ld_script(medical_web_page_json_ld(context, index)));
  if (const auto faq = faq_page_json_ld(context, index, text))
    meta.json_ld.push_back(json_ld_script(*faq));
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

json article_page_context(const RenderContext& context, size_t index, const ArticleText& text) {
  const Site& site = context.site();
  const Article& article = site.articles[index];
  json page = context.page_context(article_meta(context, index, text));
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
    json& entry = sections.emplace_back();
    entry["id"] = section.id;
    entry["heading_id"] = ids.claim(section.id + " heading");
    entry["kicker"] = section.kicker;
    entry["heading"] = section.heading;
    entry["html"] = rendered(context, text.section(i), links.sections[i], ids);
    toc_entry(toc, section.id, section.heading);
  }
  page["sections"] = std::move(sections);
  page["has_faq"] = !article.faq.empty();
  page["faq"] = faq_context(context, article, text, links, ids);
  if (!article.faq.empty()) toc_entry(toc, "faq", site.config.article_template.faq_heading);
  page["has_sources"] = !article.references.empty();
  page["sources"] = sources_context(context, index, links, ids);
  if (!article.references.empty()) {
    toc_entry(toc, "sources", site.config.article_template.sources_heading);
  }
  page["toc"] = std::move(toc);
  json related = related_context(context, index);
  page["has_related"] = !related.empty();
  page["related"] = std::move(related);
  const std::string reviewer =
      article.reviewed_by.empty() ? site.config.editorial_team : article.reviewed_by;
  json& about = page["article"];
  about["title"] = article.title;
  about["description"] = article.description;
  about["url"] = href(article.url);
  about["published"] = article.published.human();
  about["published_iso"] = article.published.iso();
  about["reviewed"] = article.reviewed.human();
  about["reviewed_iso"] = article.reviewed.iso();
  about["modified"] = article.modified.human();
  about["modified_iso"] = article.modified.iso();
  about["reviewed_by"] = reviewer;
  about["keywords"] = article.keywords;
  return page;
}

std::optional<std::string> render_article_page(const RenderContext& context, size_t article,
                                               Diagnostics& diagnostics) {
  const std::optional<ArticleText> text =
      read_article_text(context.site().articles[article], diagnostics);
  if (!text) return std::nullopt;
  return context.theme().render("article", article_page_context(context, article, *text),
                                diagnostics);
}

}  // namespace mwp
