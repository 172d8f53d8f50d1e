#include "render/json_ld.h"

#include "cite/apa_formatter.h"
#include "render/json_writer.h"
#include "text/markdown_text.h"

namespace mwp {
namespace {

// Keys are written in the order JsonWriter writes them out, ascending byte
// order ("@" before letters, capitals before lower case), so that it has
// nothing to reorder.

void person(JsonWriter& json, const PersonName& name) {
  json.begin_object();
  if (!name.literal.empty()) {
    json.key("@type").value("Organization").key("name").value(name.literal);
    json.end_object();
    return;
  }
  const std::string family = name.non_dropping_particle.empty()
                                 ? name.family
                                 : name.non_dropping_particle + " " + name.family;
  std::string full = name.given.empty() ? family : name.given + " " + family;
  if (!name.suffix.empty()) full += ", " + name.suffix;
  json.key("@type").value("Person").key("familyName").value(family);
  if (!name.given.empty()) json.key("givenName").value(name.given);
  json.key("name").value(full).end_object();
}

void people(JsonWriter& json, const std::vector<PersonName>& names) {
  json.begin_array();
  for (const PersonName& name : names) person(json, name);
  json.end_array();
}

const char* schema_type(ReferenceType type) {
  switch (type) {
    case ReferenceType::article_journal:
    case ReferenceType::paper_conference:
    case ReferenceType::preprint:
      return "ScholarlyArticle";
    case ReferenceType::article_magazine:
      return "Article";
    case ReferenceType::article_newspaper:
      return "NewsArticle";
    case ReferenceType::book:
      return "Book";
    case ReferenceType::chapter:
      return "Chapter";
    case ReferenceType::report:
      return "Report";
    case ReferenceType::thesis:
      return "Thesis";
    case ReferenceType::speech:
      return "PresentationDigitalDocument";
    case ReferenceType::webpage:
      return "WebPage";
    case ReferenceType::entry_dictionary:
    case ReferenceType::entry_encyclopedia:
      return "Article";
    case ReferenceType::motion_picture:
      return "VideoObject";
    case ReferenceType::broadcast:
      return "Episode";
    case ReferenceType::post:
      return "SocialMediaPosting";
    case ReferenceType::dataset:
      return "Dataset";
    case ReferenceType::software:
      return "SoftwareApplication";
    case ReferenceType::legislation:
      return "Legislation";
    case ReferenceType::legal_case:
      return "CreativeWork";
  }
  return "CreativeWork";
}

// The schema.org type of what a work is part of: a journal, a book, a site.
const char* container_type(ReferenceType type) {
  switch (type) {
    case ReferenceType::chapter:
    case ReferenceType::paper_conference:
    case ReferenceType::entry_dictionary:
    case ReferenceType::entry_encyclopedia:
      return "Book";
    case ReferenceType::webpage:
    case ReferenceType::post:
      return "WebSite";
    case ReferenceType::broadcast:
    case ReferenceType::legislation:  // a code: "Stat."
    case ReferenceType::legal_case:   // a reporter: "Cal. 3d"
      return "CreativeWorkSeries";
    default:
      return "Periodical";
  }
}

void citation(JsonWriter& json, const Reference& reference) {
  if (!reference.verbatim.empty()) {
    // Not read with confidence: only the entry as written, no fields that may be wrong.
    json.begin_object().key("@type").value("CreativeWork");
    json.key("name").value(format_apa_text(reference)).end_object();
    return;
  }
  json.begin_object().key("@type").value(schema_type(reference.type));
  if (!reference.authors.empty()) people(json.key("author"), reference.authors);
  if (reference.year > 0) json.key("datePublished").value(std::to_string(reference.year));
  if (!reference.editors.empty()) people(json.key("editor"), reference.editors);
  if (!reference.container_title.empty()) {
    const char* container = container_type(reference.type);
    json.key("isPartOf").begin_object().key("@type").value(container);
    if (!reference.issue.empty()) json.key("issueNumber").value(reference.issue);
    json.key("name").value(reference.container_title);
    if (!reference.volume.empty()) json.key("volumeNumber").value(reference.volume);
    json.end_object();
  }
  json.key("name").value(reference.title);
  if (!reference.page.empty()) json.key("pagination").value(reference.page);
  if (!reference.publisher.empty()) {
    json.key("publisher").begin_object().key("@type").value("Organization");
    json.key("name").value(reference.publisher).end_object();
  }
  if (!reference.doi.empty()) {
    json.key("sameAs").value("https://doi.org/" + reference.doi);
  } else if (!reference.url.empty()) {
    json.key("url").value(reference.url);
  }
  json.end_object();
}

void breadcrumb_list(JsonWriter& json, const RenderContext& context, const Article& article) {
  const Site& site = context.site();
  json.begin_object().key("@type").value("BreadcrumbList").key("itemListElement").begin_array();
  size_t position = 0;
  auto add = [&](const std::string& name, const std::string& url) {
    json.begin_object().key("@type").value("ListItem").key("item").value(context.absolute_url(url));
    json.key("name").value(name).key("position").value(++position).end_object();
  };
  add(site.config.title, "/");
  if (article.category < site.categories.size()) {
    for (size_t c : site.category_chain(article.category)) {
      add(site.categories[c].name, site.categories[c].url);
    }
  }
  add(article.title, article.url);
  json.end_array().end_object();
}

void thing(JsonWriter& json, const std::string& name) {
  json.begin_object().key("@type").value("Thing").key("name").value(name).end_object();
}

void about(JsonWriter& json, const Site& site, const Article& article) {
  json.begin_array();
  for (const std::string& keyword : article.keywords) thing(json, keyword);
  if (article.keywords.empty() && article.category < site.categories.size()) {
    thing(json, site.categories[article.category].name);
  }
  json.end_array();
}

void organisation(JsonWriter& json, const std::string& name, const std::string& url) {
  json.begin_object().key("@type").value("Organization").key("name").value(name);
  json.key("url").value(url).end_object();
}

void main_entity(JsonWriter& json, const RenderContext& context, const Article& article,
                 const std::string& url) {
  const Site& site = context.site();
  const std::string home = context.absolute_url("/");
  json.begin_object().key("@type").value("Article");
  organisation(json.key("author"), site.config.title, home);
  json.key("citation").begin_array();
  for (const Reference& reference : article.references) citation(json, reference);
  json.end_array();
  json.key("dateModified").value(article.modified.iso());
  json.key("datePublished").value(article.published.iso());
  json.key("description").value(article.description);
  json.key("headline").value(article.title);
  if (!article.keywords.empty()) json.key("keywords").value(article.keywords);
  json.key("mainEntityOfPage").value(url);
  organisation(json.key("publisher"), site.config.title, home);
  json.end_object();
}

}  // namespace

std::string medical_web_page_json_ld(const RenderContext& context, size_t index) {
  const Site& site = context.site();
  const Article& article = site.articles[index];
  const std::string url = context.absolute_url(article.url);
  JsonWriter json;
  json.begin_object().key("@context").value("https://schema.org").key("@id").value(url);
  json.key("@type").value("MedicalWebPage");
  about(json.key("about"), site, article);
  breadcrumb_list(json.key("breadcrumb"), context, article);
  json.key("description").value(article.description);
  json.key("inLanguage").value(site.config.language);
  json.key("lastReviewed").value(article.reviewed.iso());
  main_entity(json.key("mainEntity"), context, article, url);
  json.key("name").value(article.title);
  organisation(json.key("reviewedBy"),
               article.reviewed_by.empty() ? site.config.editorial_team : article.reviewed_by,
               context.absolute_url(site.config.editorial_page));
  json.key("url").value(url).end_object();
  return json.take();
}

std::optional<std::string> faq_page_json_ld(const RenderContext& context, size_t index,
                                            const ArticleText& text) {
  const Article& article = context.site().articles[index];
  if (article.faq.empty()) return std::nullopt;
  JsonWriter json;
  json.begin_object().key("@context").value("https://schema.org").key("@type").value("FAQPage");
  json.key("mainEntity").begin_array();
  for (size_t i = 0; i < article.faq.size(); ++i) {
    const FaqEntry& entry = article.faq[i];
    json.begin_object().key("@type").value("Question").key("acceptedAnswer").begin_object();
    json.key("@type").value("Answer").key("text").value(markdown_to_text(text.faq_answer(i)));
    json.end_object().key("name").value(entry.question).end_object();
  }
  json.end_array().key("url").value(context.absolute_url(article.url)).end_object();
  return json.take();
}

std::string json_ld_script(std::string_view json_text) {
  std::string out = "<script type=\"application/ld+json\">";
  out.reserve(out.size() + json_text.size() + 9);
  out += json_text;
  out += "</script>";
  return out;
}

}  // namespace mwp
