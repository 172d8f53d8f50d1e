// What the index holds for each article, page and FAQ entry: the fields of a
// Site flattened to plain text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "model/article_text.h"
#include "model/site.h"

namespace mwp {

enum class SearchKind { article, page, faq };

std::string_view search_kind_name(SearchKind kind);

struct SearchDocument {
  SearchKind kind = SearchKind::article;
  std::string id;  // unique: "article:/men-women/x/", "page:/about/", "faq:/men-women/x/#2"
  std::string url;
  std::string title;  // article or page title; the question for an FAQ entry
  std::string description;
  std::string category_path;  // leaf category; empty for pages
  std::string category_name;
  std::string category_url;
  std::vector<std::string> category_filters;  // the leaf's path and each ancestor's
  std::string reviewed;                       // ISO date; empty for pages
  std::vector<std::string> keywords;
  std::vector<std::string> headings;
  std::string body;  // plain text of the sections (or page body)
  std::vector<std::string> faq_questions;
  std::vector<std::string> faq_answers;  // plain text, one per question
  std::vector<std::string> authors;      // cited authors: "James J. Gross"
  // FAQ entries only: the article they belong to.
  std::string article_title;
  std::string article_url;
  std::string answer;  // plain text, paragraphs separated by "\n"

  // FNV-1a 64 over every field above: unchanged documents hash the same
  // (for incremental reindexing).
  uint64_t content_hash() const;
  // The text snippets are cut from: description and body.
  std::string snippet_source() const;
};

// Where a document comes from: article or page `index` of the site, or FAQ
// entry `faq` of article `index`.
struct SearchDocumentSource {
  SearchKind kind = SearchKind::article;
  size_t index = 0;
  size_t faq = 0;
};

// Every non-draft article and page of `site`, then one document per FAQ entry
// of each article, in site order.
std::vector<SearchDocumentSource> search_document_sources(const Site& site);
// Makes the documents of a site's sources. The text of an article whose
// Markdown the model has released (content/released_text.h) is read again
// once for each run of consecutive requests for its documents: use one maker
// per thread, asking in source order. Reads `site` only.
class SearchDocumentMaker {
 public:
  explicit SearchDocumentMaker(const Site& site) : site_(site) {}

  // The document `source`; nullopt, with a diagnostic (file-unreadable,
  // source-changed), when its article's text cannot be read again.
  std::optional<SearchDocument> make(const SearchDocumentSource& source, Diagnostics& diagnostics);

 private:
  const ArticleText* text_of(size_t article, Diagnostics& diagnostics);

  const Site& site_;
  size_t article_ = SIZE_MAX;  // whose text `text_` is
  std::optional<ArticleText> text_;
};

// Every document of search_document_sources(); nullopt (with diagnostics)
// when an article's text cannot be read again.
std::optional<std::vector<SearchDocument>> collect_search_documents(const Site& site,
                                                                    Diagnostics& diagnostics);

// The documents collect_search_documents() makes of article `article`: its
// own, then one per FAQ entry. Empty for a draft.
std::optional<std::vector<SearchDocument>> article_search_documents(const Site& site,
                                                                    size_t article,
                                                                    Diagnostics& diagnostics);

}  // namespace mwp
