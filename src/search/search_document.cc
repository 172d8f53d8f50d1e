#include "search/search_document.h"

#include <set>

#include "content/released_text.h"
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

// A document of `kind` for the page at `url`, with its id and title.
SearchDocument document_of(SearchKind kind, std::string_view id_prefix, const std::string& url,
                           std::string title) {
  SearchDocument doc;
  doc.kind = kind;
  doc.id = std::string(id_prefix) + url;
  doc.url = url;
  doc.title = std::move(title);
  return doc;
}

std::string reviewed_iso(const Article& article) {
  return article.reviewed.empty() ? std::string() : article.reviewed.iso();
}

SearchDocument article_document(const Site& site, const Article& article, const ArticleText& text) {
  SearchDocument doc = document_of(SearchKind::article, "article:", article.url, article.title);
  doc.description = article.description;
  set_category(doc, site, article.category);
  doc.reviewed = reviewed_iso(article);
  doc.keywords = article.keywords;
  for (size_t i = 0; i < article.sections.size(); ++i) {
    doc.headings.push_back(article.sections[i].heading);
    if (!doc.body.empty()) doc.body += '\n';
    doc.body += markdown_to_plain_text(text.section(i));
  }
  for (size_t i = 0; i < article.faq.size(); ++i) {
    doc.faq_questions.push_back(article.faq[i].question);
    doc.faq_answers.push_back(markdown_to_plain_text(text.faq_answer(i)));
  }
  doc.authors = cited_authors(article);
  return doc;
}

// FAQ entry `index` of `article`, under the article's category and review date.
SearchDocument faq_document(const Site& site, const Article& article, const ArticleText& text,
                            size_t index) {
  SearchDocument doc =
      document_of(SearchKind::faq, "faq:", article.url, article.faq[index].question);
  doc.id += "#" + std::to_string(index + 1);
  doc.answer = markdown_to_plain_text(text.faq_answer(index));
  doc.article_title = article.title;
  doc.article_url = article.url;
  set_category(doc, site, article.category);
  doc.reviewed = reviewed_iso(article);
  return doc;
}

SearchDocument page_document(const Page& page) {
  SearchDocument doc = document_of(SearchKind::page, "page:", page.url, page.title);
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

std::vector<SearchDocumentSource> search_document_sources(const Site& site) {
  std::vector<SearchDocumentSource> sources;
  for (size_t i = 0; i < site.articles.size(); ++i) {
    if (!site.articles[i].draft) sources.push_back({SearchKind::article, i, 0});
  }
  for (size_t i = 0; i < site.pages.size(); ++i) {
    if (!site.pages[i].draft) sources.push_back({SearchKind::page, i, 0});
  }
  for (size_t i = 0; i < site.articles.size(); ++i) {
    if (site.articles[i].draft) continue;
    for (size_t q = 0; q < site.articles[i].faq.size(); ++q) {
      sources.push_back({SearchKind::faq, i, q});
    }
  }
  return sources;
}

const ArticleText* SearchDocumentMaker::text_of(size_t article, Diagnostics& diagnostics) {
  if (article != article_ || !text_) {
    text_ = read_article_text(site_.articles[article], diagnostics);
    article_ = article;
  }
  return text_ ? &*text_ : nullptr;
}

std::optional<SearchDocument> SearchDocumentMaker::make(const SearchDocumentSource& source,
                                                        Diagnostics& diagnostics) {
  if (source.kind == SearchKind::page) return page_document(site_.pages[source.index]);
  const ArticleText* text = text_of(source.index, diagnostics);
  if (text == nullptr) return std::nullopt;
  const Article& article = site_.articles[source.index];
  if (source.kind == SearchKind::faq) return faq_document(site_, article, *text, source.faq);
  return article_document(site_, article, *text);
}

std::optional<std::vector<SearchDocument>> collect_search_documents(const Site& site,
                                                                    Diagnostics& diagnostics) {
  SearchDocumentMaker maker(site);
  std::vector<SearchDocument> docs;
  for (const SearchDocumentSource& source : search_document_sources(site)) {
    auto doc = maker.make(source, diagnostics);
    if (!doc) return std::nullopt;
    docs.push_back(std::move(*doc));
  }
  return docs;
}

std::optional<std::vector<SearchDocument>> article_search_documents(const Site& site,
                                                                    size_t article,
                                                                    Diagnostics& diagnostics) {
  std::vector<SearchDocument> docs;
  if (site.articles[article].draft) return docs;
  std::vector<SearchDocumentSource> sources{{SearchKind::article, article, 0}};
  for (size_t q = 0; q < site.articles[article].faq.size(); ++q) {
    sources.push_back({SearchKind::faq, article, q});
  }
  SearchDocumentMaker maker(site);
  for (const SearchDocumentSource& source : sources) {
    auto doc = maker.make(source, diagnostics);
    if (!doc) return std::nullopt;
    docs.push_back(std::move(*doc));
  }
  return docs;
}

}  // namespace mwp
