// The template context of the /search/ page: what search.mustache shows,
// built from a search and (optionally) an ask result. The server renders
// /search/?q= with it (search_results_page.h) so the page works without
// JavaScript; search.js builds the same markup from /api/search and /api/ask.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "search/searcher.h"

namespace mwp::serve {

// The URL of the search page for these parameters: "/search/?q=...&category=...&page=N"
// (page omitted when 1, category when empty). Values are percent-encoded.
std::string search_page_url(std::string_view query, std::string_view category, size_t page);

// The "search" object search.mustache reads (merge it into the common page
// context under "search"):
//   query, has_query, error, has_error, total, total_label ("3 results"),
//   has_results, no_results, suggestion, suggestion_url, corrected, did_you_mean,
//   original_url, results[] {title, url, category, category_url, reviewed,
//   snippet (HTML: escaped text and <mark>), description},
//   answer {question, answer_html, article_title, article_url}, has_answer,
//   facets[] {name, url, count, depth, current}, has_facets, all_url,
//   pagination {page, pages, prev_url, next_url, has_prev, has_next}, has_pagination.
// Every string is plain text for {{x}} except `snippet` and `answer_html`,
// which are built escaped and are for {{{x}}}.
nlohmann::json search_template_context(const SearchResult& result, const AskResult* answers);

}  // namespace mwp::serve
