// The JSON bodies of /api/search and /api/ask.
#include <nlohmann/json.hpp>

#include "search/searcher.h"

namespace mwp {
namespace {

nlohmann::json error_body(const std::string& message) {
  return {{"error", message}};
}

}  // namespace

nlohmann::json to_json(const SearchResult& result) {
  if (result.outcome != QueryOutcome::answered) return error_body(result.error);
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
  if (result.outcome != QueryOutcome::answered) return error_body(result.error);
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

}  // namespace mwp
