#include "search/search_document.h"

#include <set>

#include "search/plain_text.h"

namespace mwp {
namespace {

std::string author_name(const PersonName& name) {
  if (!name.literal.empty()) return name.literal;
  std::string out = name.given;
  for (const std::string* part : {&name.non_dropping_particle, &name.family}) {
    if (part->empty()) continue;
    if (!out.empty()) out += ' ';
    out += *part;
  }
  return out;
}

std::vector<std::string> cited_authors(const Article& article) {
  std::vector<std::string> authors;
  std::set<std::string> seen;
  for (const Reference& reference : article.references) {
    for (const PersonName& name : reference.authors) {
      std::string full = author_name(name);
      if (!full.empty() && seen.insert(full).second) authors.push_back(std::move(full));
    }
  }
  return authors;
}

void set_category(SearchDocument& doc, const Site& site, size_t category) {
  if (category >= site.categories.size()) return;
  const Category& leaf = site.categories[category];
  doc.category_path = leaf.path;
  doc.category_name = leaf.name;
  doc.category_url = leaf.url;
  for (size_t at : site.category_chain(category)) {
    doc.category_filters.push_back(site.categories[at].path);
  }
}

SearchDocument article_document(const Site& site, const Article& article) {
  SearchDocument doc;
  doc.kind = SearchKind::article;
  doc.id = "article:" + article.url;
  doc.url = article.url;
  doc.title = article.title;
  doc.description = article.description;
  set_category(doc, site, article.category);
  doc.reviewed = article.reviewed.empty() ? std::string() : article.reviewed.iso();
  doc.keywords = article.keywords;
  for (const ArticleSection& section : article.sections) {
    doc.headings.push_back(section.heading);
    if (!doc.body.empty()) doc.body += '\n';
    doc.body += markdown_to_plain_text(section.body.markdown);
  }
  for (const FaqEntry& entry : article.faq) {
    doc.faq_questions.push_back(entry.question);
    doc.faq_answers.push_back(markdown_to_plain_text(entry.answer.markdown));
  }
  doc.authors = cited_authors(article);
  return doc;
}

SearchDocument faq_document(const SearchDocument& article, size_t index) {
  SearchDocument doc;
  doc.kind = SearchKind::faq;
  doc.id = "faq:" + article.url + "#" + std::to_string(index + 1);
  doc.url = article.url;
  doc.title = article.faq_questions[index];
  doc.answer = article.faq_answers[index];
  doc.article_title = article.title;
  doc.article_url = article.url;
  doc.category_path = article.category_path;
  doc.category_name = article.category_name;
  doc.category_url = article.category_url;
  doc.category_filters = article.category_filters;
  doc.reviewed = article.reviewed;
  return doc;
}

SearchDocument page_document(const Page& page) {
  SearchDocument doc;
  doc.kind = SearchKind::page;
  doc.id = "page:" + page.url;
  doc.url = page.url;
  doc.title = page.title;
  doc.description = page.description;
  doc.body = markdown_to_plain_text(page.body.markdown);
  return doc;
}

void hash_bytes(uint64_t& hash, std::string_view bytes) {
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  hash ^= 0xFF;  // field separator: ("ab","c") and ("a","bc") differ
  hash *= 1099511628211ull;
}

}  // namespace

std::string_view search_kind_name(SearchKind kind) {
  switch (kind) {
    case SearchKind::article:
      return "article";
    case SearchKind::page:
      return "page";
    case SearchKind::faq:
      return "faq";
  }
  return "article";
}

uint64_t SearchDocument::content_hash() const {
  uint64_t hash = 14695981039346656037ull;
  for (std::string_view field :
       {search_kind_name(kind), std::string_view(id), std::string_view(url),
        std::string_view(title), std::string_view(description), std::string_view(category_path),
        std::string_view(category_name), std::string_view(category_url), std::string_view(reviewed),
        std::string_view(body), std::string_view(article_title), std::string_view(article_url),
        std::string_view(answer)}) {
    hash_bytes(hash, field);
  }
  for (const auto* list :
       {&category_filters, &keywords, &headings, &faq_questions, &faq_answers, &authors}) {
    for (const std::string& item : *list) hash_bytes(hash, item);
    hash_bytes(hash, "");
  }
  return hash;
}

std::string SearchDocument::snippet_source() const {
  if (kind == SearchKind::faq) return answer;
  if (description.empty()) return body;
  return description + "\n" + body;
}

std::vector<SearchDocument> collect_search_documents(const Site& site) {
  std::vector<SearchDocument> docs;
  for (const Article& article : site.articles) {
    if (!article.draft) docs.push_back(article_document(site, article));
  }
  for (const Page& page : site.pages) {
    if (!page.draft) docs.push_back(page_document(page));
  }
  const size_t content_count = docs.size();
  for (size_t i = 0; i < content_count; ++i) {
    for (size_t q = 0; q < docs[i].faq_questions.size(); ++q) {
      docs.push_back(faq_document(docs[i], q));
    }
  }
  return docs;
}

std::vector<SearchDocument> article_search_documents(const Site& site, const Article& article) {
  std::vector<SearchDocument> docs;
  if (article.draft) return docs;
  docs.push_back(article_document(site, article));
  for (size_t q = 0; q < docs.front().faq_questions.size(); ++q) {
    docs.push_back(faq_document(docs.front(), q));
  }
  return docs;
}

}  // namespace mwp
