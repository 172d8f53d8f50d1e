// The JSON bodies of /api/search and /api/ask.
#include <xapian.h>

#include <nlohmann/json.hpp>

#include "search/searcher.h"

namespace mwp {
namespace {

nlohmann::json response(int status, nlohmann::json body) {
  return {{"status", status}, {"body", std::move(body)}};
}

nlohmann::json error_body(const std::string& message) {
  return {{"error", message}};
}

// Runs `query` and maps an index failure to a 503 instead of letting it escape.
template <typename Query>
nlohmann::json guarded(Query query) {
  try {
    return query();
  } catch (const Xapian::Error& e) {
    return search_unavailable_json("search index unavailable: " + e.get_description() +
                                   " (run mwp build)");
  } catch (const std::exception& e) {
    return search_unavailable_json(std::string("search failed: ") + e.what());
  }
}

}  // namespace

nlohmann::json to_json(const SearchResult& result) {
  if (result.status != 200) return error_body(result.error);
  nlohmann::json hits = nlohmann::json::array();
  for (const SearchHit& hit : result.hits) {
    hits.push_back({{"kind", hit.kind},
                    {"title", hit.title},
                    {"url", hit.url},
                    {"category", hit.category},
                    {"category_path", hit.category_path},
                    {"category_url", hit.category_url},
                    {"reviewed", hit.reviewed},
                    {"description", hit.description},
                    {"snippet", hit.snippet_html},
                    {"matched_in", hit.matched_in},
                    {"score", hit.score},
                    {"percent", hit.percent}});
  }
  nlohmann::json facets = nlohmann::json::array();
  for (const CategoryFacet& facet : result.facets) {
    facets.push_back({{"path", facet.path},
                      {"name", facet.name},
                      {"url", facet.url},
                      {"depth", facet.depth},
                      {"count", facet.count}});
  }
  return {{"query", result.query},
          {"category", result.category},
          {"total", result.total},
          {"page", result.page},
          {"pages", result.pages},
          {"page_size", kSearchPageSize},
          {"hits", hits},
          {"facets", facets},
          {"suggestion", result.suggestion},
          {"corrected", result.corrected},
          {"query_ms", result.query_ms}};
}

nlohmann::json to_json(const AskResult& result) {
  if (result.status != 200) return error_body(result.error);
  nlohmann::json answers = nlohmann::json::array();
  for (const Answer& answer : result.answers) {
    answers.push_back({{"question", answer.question},
                       {"answer", answer.answer_text},
                       {"answer_html", answer.answer_html},
                       {"article_title", answer.article_title},
                       {"article_url", answer.article_url},
                       {"score", answer.score}});
  }
  return {{"query", result.query},
          {"answers", answers},
          {"threshold", kAnswerThreshold},
          {"query_ms", result.query_ms}};
}

nlohmann::json Searcher::search_json(const SearchRequest& request) const {
  return guarded([&] {
    const SearchResult result = search(request);
    return response(result.status, to_json(result));
  });
}

nlohmann::json Searcher::ask_json(const AskRequest& request) const {
  return guarded([&] {
    const AskResult result = ask(request);
    return response(result.status, to_json(result));
  });
}

nlohmann::json search_unavailable_json(std::string_view message) {
  return response(503, error_body(std::string(message)));
}

}  // namespace mwp
