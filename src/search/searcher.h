// Queries a search index written by write_search_index(): full-text search
// with category facets and spelling suggestions, and FAQ answers.
//
// Usage (the server maps query parameters onto the requests):
//   Diagnostics diags;
//   auto searcher = Searcher::open(search_index_dir(out_dir), diags);
//   if (!searcher) ... diags holds "search-index-missing" or "search-index-unreadable"
//   SearchResult r = searcher->search({.query = q, .category = c, .page = p});
//   r.outcome says whether it was answered; to_json(r) is the body of the reply
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"

namespace mwp {

class IndexReader;

// Longest query accepted, in bytes; longer ones get a 400.
inline constexpr size_t kMaxQueryBytes = 1000;
// Hits per page of /api/search.
inline constexpr size_t kSearchPageSize = 10;

// Raw request parameters, exactly as received (the searcher validates them).
struct SearchRequest {
  std::string query{};     // q
  std::string category{};  // category path ("men-women/emotions-and-feelings"); empty = all
  std::string page{};      // 1-based page number as text; empty = 1
  std::string sort{};      // "" or "relevance" (default), "reviewed" (newest review first)
  // When a query word is unknown and a close spelling is known, search for the
  // correction (the page offers "search instead for" with nocorrect=1).
  bool correct_spelling = true;  // false for nocorrect=1
};

// An answer is returned only when its score reaches this (tuned on the
// evaluation set in tests/search/; see docs/search.md).
inline constexpr double kAnswerThreshold = 0.45;

struct AskRequest {
  std::string query{};                  // q
  size_t limit = 3;                     // most answers returned
  double threshold = kAnswerThreshold;  // lower only to study scores (evaluation)
};

struct SearchHit {
  std::string kind;  // "article" or "page"
  std::string title;
  std::string url;
  std::string category;       // display name; empty for pages
  std::string category_path;  // "men-women/emotions-and-feelings"
  std::string category_url;
  std::string reviewed;  // ISO date; empty for pages
  std::string description;
  // HTML: an excerpt escaped for HTML, then the matched words wrapped in
  // <mark>…</mark>. Contains no other markup.
  std::string snippet_html;
  std::vector<std::string> matched_in;  // "title", "headings", "faq", "authors", "body"...
  double score = 0;                     // BM25 weight
  int percent = 0;                      // Xapian's relevance percentage
};

struct CategoryFacet {
  std::string path;
  std::string name;
  std::string url;
  int depth = 0;       // 0 for top-level categories
  uint64_t count = 0;  // matching documents in this category and its subcategories
};

struct Answer {
  std::string question;
  std::string answer_html;  // the answer paragraphs, escaped, as <p> elements
  std::string answer_text;  // plain text
  std::string article_title;
  std::string article_url;
  double score = 0;  // coverage of the question's words, 0..1 (see docs/search.md)
};

// Whether a query was answered. The server maps each to its HTTP status.
enum class QueryOutcome {
  answered,
  bad_request,  // the request is malformed: `error` says how
  unavailable,  // the index cannot be read: `error` says why
};

struct SearchResult {
  QueryOutcome outcome = QueryOutcome::answered;
  std::string error;  // when not answered
  std::string query;  // the query as received (valid UTF-8 only)
  std::string category;
  uint64_t total = 0;  // estimated matching documents
  size_t page = 1;
  size_t pages = 0;
  std::vector<SearchHit> hits;
  std::vector<CategoryFacet> facets;  // only categories with matches, in site order
  // "Did you mean" text when a query word is unknown to the index and a
  // close spelling is; when `corrected` the hits are for the suggestion.
  std::string suggestion;
  bool corrected = false;
  double query_ms = 0;
};

struct AskResult {
  QueryOutcome outcome = QueryOutcome::answered;
  std::string error;  // when not answered
  std::string query;
  std::vector<Answer> answers;  // best first; empty when none is good enough
  double query_ms = 0;
};

// A search index opened for queries. Thread-safe: any number of threads may
// query one Searcher at once (each query borrows a database handle from a
// pool).
class Searcher {
 public:
  // Opens the index in `index_dir`. Returns nullptr and adds
  // "search-index-missing" (message "search index missing: run mwp build")
  // when there is none, or "search-index-unreadable" when it is damaged.
  static std::unique_ptr<Searcher> open(const std::filesystem::path& index_dir,
                                        Diagnostics& diagnostics);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Validate the request (a bad request with `error` for bad input) and run
  // it. An index that became unreadable makes the query unavailable. Never
  // throws Xapian::Error.
  SearchResult search(const SearchRequest& request) const;
  AskResult ask(const AskRequest& request) const;

  uint64_t document_count() const;
  const std::filesystem::path& index_dir() const;

 private:
  explicit Searcher(std::unique_ptr<IndexReader> index);

  std::unique_ptr<IndexReader> index_;
};

// The JSON body of an answered query, or {"error": message} for one that
// was not. Every string is valid UTF-8, so dump() cannot throw.
nlohmann::json to_json(const SearchResult& result);
nlohmann::json to_json(const AskResult& result);

}  // namespace mwp
