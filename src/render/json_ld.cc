#include "render/json_ld.h"

#include "render/markdown.h"
#include "text/escape.h"

namespace mwp {
namespace {

using nlohmann::json;

json person(const PersonName& name) {
  if (!name.literal.empty()) return {{"@type", "Organization"}, {"name", name.literal}};
  std::string family = name.non_dropping_particle.empty()
                           ? name.family
                           : name.non_dropping_particle + " " + name.family;
  std::string full = name.given.empty() ? family : name.given + " " + family;
  if (!name.suffix.empty()) full += ", " + name.suffix;
  json out = {{"@type", "Person"}, {"name", full}, {"familyName", family}};
  if (!name.given.empty()) out["givenName"] = name.given;
  return out;
}

const char* schema_type(ReferenceType type) {
  switch (type) {
    case ReferenceType::article_journal:
      return "ScholarlyArticle";
    case ReferenceType::book:
      return "Book";
    case ReferenceType::chapter:
      return "Chapter";
    case ReferenceType::report:
      return "Report";
    case ReferenceType::webpage:
      return "WebPage";
  }
  return "CreativeWork";
}

json citation(const Reference& reference) {
  json out = {{"@type", schema_type(reference.type)}, {"name", reference.title}};
  json authors = json::array();
  for (const PersonName& name : reference.authors) authors.push_back(person(name));
  if (!authors.empty()) out["author"] = authors;
  if (!reference.editors.empty()) {
    json editors = json::array();
    for (const PersonName& name : reference.editors) editors.push_back(person(name));
    out["editor"] = editors;
  }
  if (reference.year > 0) out["datePublished"] = std::to_string(reference.year);
  if (!reference.container_title.empty()) {
    const char* container = reference.type == ReferenceType::chapter   ? "Book"
                            : reference.type == ReferenceType::webpage ? "WebSite"
                                                                       : "Periodical";
    out["isPartOf"] = {{"@type", container}, {"name", reference.container_title}};
    if (!reference.volume.empty()) out["isPartOf"]["volumeNumber"] = reference.volume;
    if (!reference.issue.empty()) out["isPartOf"]["issueNumber"] = reference.issue;
  }
  if (!reference.page.empty()) out["pagination"] = reference.page;
  if (!reference.publisher.empty()) {
    out["publisher"] = {{"@type", "Organization"}, {"name", reference.publisher}};
  }
  if (!reference.doi.empty()) {
    out["sameAs"] = "https://doi.org/" + reference.doi;
  } else if (!reference.url.empty()) {
    out["url"] = reference.url;
  }
  return out;
}

json breadcrumb_list(const RenderContext& context, const Article& article) {
  const Site& site = context.site();
  json items = json::array();
  auto add = [&](const std::string& name, const std::string& url) {
    items.push_back({{"@type", "ListItem"},
                     {"position", items.size() + 1},
                     {"name", name},
                     {"item", context.absolute_url(url)}});
  };
  add(site.config.title, "/");
  const std::vector<size_t> chain = article.category < site.categories.size()
                                        ? site.category_chain(article.category)
                                        : std::vector<size_t>{};
  for (size_t c : chain) {
    add(site.categories[c].name, site.categories[c].url);
  }
  add(article.title, article.url);
  return {{"@type", "BreadcrumbList"}, {"itemListElement", items}};
}

json about(const Site& site, const Article& article) {
  json out = json::array();
  for (const std::string& keyword : article.keywords) {
    out.push_back({{"@type", "Thing"}, {"name", keyword}});
  }
  if (out.empty() && article.category < site.categories.size()) {
    out.push_back({{"@type", "Thing"}, {"name", site.categories[article.category].name}});
  }
  return out;
}

}  // namespace

json medical_web_page_json_ld(const RenderContext& context, size_t index) {
  const Site& site = context.site();
  const Article& article = site.articles[index];
  const std::string url = context.absolute_url(article.url);
  const json organisation = {
      {"@type", "Organization"}, {"name", site.config.title}, {"url", context.absolute_url("/")}};
  json citations = json::array();
  for (const Reference& reference : article.references) citations.push_back(citation(reference));
  json main_entity = {
      {"@type", "Article"},
      {"headline", article.title},
      {"description", article.description},
      {"datePublished", article.published.iso()},
      {"dateModified", article.modified.iso()},
      {"author", organisation},
      {"publisher", organisation},
      {"mainEntityOfPage", url},
      {"citation", citations},
  };
  if (!article.keywords.empty()) main_entity["keywords"] = article.keywords;
  return {
      {"@context", "https://schema.org"},
      {"@type", "MedicalWebPage"},
      {"@id", url},
      {"url", url},
      {"name", article.title},
      {"description", article.description},
      {"inLanguage", site.config.language},
      {"lastReviewed", article.reviewed.iso()},
      {"reviewedBy",
       {{"@type", "Organization"},
        {"name", article.reviewed_by.empty() ? site.config.editorial_team : article.reviewed_by},
        {"url", context.absolute_url(site.config.editorial_page)}}},
      {"breadcrumb", breadcrumb_list(context, article)},
      {"about", about(site, article)},
      {"mainEntity", main_entity},
  };
}

json faq_page_json_ld(const RenderContext& context, size_t index) {
  const Article& article = context.site().articles[index];
  if (article.faq.empty()) return nullptr;
  json questions = json::array();
  for (const FaqEntry& entry : article.faq) {
    questions.push_back(
        {{"@type", "Question"},
         {"name", entry.question},
         {"acceptedAnswer",
          {{"@type", "Answer"}, {"text", markdown_to_text(entry.answer.markdown)}}}});
  }
  return {{"@context", "https://schema.org"},
          {"@type", "FAQPage"},
          {"url", context.absolute_url(article.url)},
          {"mainEntity", questions}};
}

std::string json_ld_script(const json& data) {
  const std::string text = data.dump(-1, ' ', false, json::error_handler_t::replace);
  return "<script type=\"application/ld+json\">" + json_for_script(text) + "</script>";
}

}  // namespace mwp
