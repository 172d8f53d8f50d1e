// What the index holds for each article, page and FAQ entry: the fields of a
// Site flattened to plain text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

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
// The document `source` of `site` (thread-safe; `site` is only read).
// Requires: the site's articles hold their text (none released by
// release_article_text(); the pipeline keeps it when it indexes).
SearchDocument make_search_document(const Site& site, const SearchDocumentSource& source);
// make_search_document() of every search_document_sources().
std::vector<SearchDocument> collect_search_documents(const Site& site);

// The documents collect_search_documents() makes of one article: its own,
// then one per FAQ entry. Empty for a draft.
std::vector<SearchDocument> article_search_documents(const Site& site, const Article& article);

}  // namespace mwp
