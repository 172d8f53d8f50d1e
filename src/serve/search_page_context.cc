#include "serve/search_page_context.h"

#include "text/escape.h"

namespace mwp::serve {
namespace {

using nlohmann::json;

// Percent-encodes a query-string value (RFC 3986 unreserved bytes kept).
std::string encode_component(std::string_view value) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~';
    if (unreserved) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

std::string total_label(uint64_t total) {
  return std::to_string(total) + (total == 1 ? " result" : " results");
}

json results_of(const SearchResult& result) {
  json results = json::array();
  for (const SearchHit& hit : result.hits) {
    results.push_back({{"title", hit.title},
                       {"url", hit.url},
                       {"category", hit.category},
                       {"category_url", hit.category_url},
                       {"reviewed", hit.reviewed},
                       {"description", hit.description},
                       {"snippet", hit.snippet_html}});
  }
  return results;
}

json facets_of(const SearchResult& result) {
  json facets = json::array();
  for (const CategoryFacet& facet : result.facets) {
    facets.push_back({{"name", facet.name},
                      {"url", search_page_url(result.query, facet.path, 1)},
                      {"count", facet.count},
                      {"depth", facet.depth},
                      {"current", facet.path == result.category}});
  }
  return facets;
}

json pagination_of(const SearchResult& result) {
  const bool has_prev = result.page > 1 && result.pages > 0;
  const bool has_next = result.page < result.pages;
  return {{"page", result.page},
          {"pages", result.pages},
          {"has_prev", has_prev},
          {"has_next", has_next},
          {"prev_url", has_prev ? search_page_url(result.query, result.category,
                                                  std::min(result.page - 1, result.pages))
                                : ""},
          {"next_url",
           has_next ? search_page_url(result.query, result.category, result.page + 1) : ""}};
}

}  // namespace

std::string search_page_url(std::string_view query, std::string_view category, size_t page) {
  std::string url = "/search/?q=" + encode_component(query);
  if (!category.empty()) url += "&category=" + encode_component(category);
  if (page > 1) url += "&page=" + std::to_string(page);
  return url;
}

json search_template_context(const SearchResult& result, const AskResult* answers) {
  const bool has_query = !result.query.empty();
  const bool ok = result.outcome == QueryOutcome::answered;
  json context = {
      {"query", result.query},
      {"has_query", has_query},
      {"error", result.error},
      {"has_error", !ok},
      {"total", result.total},
      {"total_label", total_label(result.total)},
      {"has_results", ok && !result.hits.empty()},
      {"no_results", ok && has_query && result.hits.empty()},
      {"suggestion", result.suggestion},
      {"suggestion_url",
       result.suggestion.empty() ? "" : search_page_url(result.suggestion, result.category, 1)},
      {"corrected", result.corrected},
      {"did_you_mean", !result.suggestion.empty() && !result.corrected},
      {"original_url", search_page_url(result.query, result.category, 1) + "&nocorrect=1"},
      {"results", results_of(result)},
      {"facets", facets_of(result)},
      {"has_facets", !result.facets.empty()},
      {"all_url", search_page_url(result.query, "", 1)},
      {"pagination", pagination_of(result)},
      {"has_pagination", result.pages > 1},
      {"has_answer", false}};
  if (answers != nullptr && answers->outcome == QueryOutcome::answered &&
      !answers->answers.empty()) {
    const Answer& best = answers->answers.front();
    context["answer"] = {{"question", best.question},
                         {"answer_html", best.answer_html},
                         {"article_title", best.article_title},
                         {"article_url", best.article_url}};
    context["has_answer"] = true;
  }
  return context;
}

}  // namespace mwp::serve
