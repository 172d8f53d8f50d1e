#include "serve/search_endpoint.h"

#include <charconv>

#include "search/searcher.h"
#include "serve/search_page_context.h"
#include "serve/search_results_page.h"
#include "text/utf8.h"

namespace mwp::serve {
namespace {

// The HTTP status of each outcome of a query.
int http_status(QueryOutcome outcome) {
  switch (outcome) {
    case QueryOutcome::answered:
      return 200;
    case QueryOutcome::bad_request:
      return 400;
    case QueryOutcome::unavailable:
      break;
  }
  return 503;
}

template <typename Result>
ApiAnswer api_answer(const Result& result) {
  return {http_status(result.outcome),
          to_json(result).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

// A query the server could not put to an index: there is none, or the query
// failed in a way the index does not explain.
template <typename Result>
Result unanswered(std::string message) {
  Result result;
  result.outcome = QueryOutcome::unavailable;
  result.error = std::move(message);
  return result;
}

// Runs `query` on `searcher`, or says why it could not.
template <typename Result, typename Query>
Result run(const Searcher* searcher, const std::string& unavailable, Query query) {
  if (searcher == nullptr) return unanswered<Result>(unavailable);
  try {
    return query(*searcher);
  } catch (const std::exception& e) {
    return unanswered<Result>(std::string("search failed: ") + e.what());
  }
}

}  // namespace

SearchEndpoint::SearchEndpoint(std::filesystem::path index_dir) : index_dir_(std::move(index_dir)) {
  reopen();
}

SearchEndpoint::~SearchEndpoint() = default;

void SearchEndpoint::reopen() {
  Diagnostics diagnostics;
  std::shared_ptr<const Searcher> searcher = Searcher::open(index_dir_, diagnostics);
  std::string message;
  if (searcher == nullptr) {
    message = diagnostics.empty() ? "search index missing: run mwp build"
                                  : diagnostics.items().front().message;
  }
  std::string bundle_error;
  std::shared_ptr<const SearchResultsPage> page = SearchResultsPage::load(index_dir_, bundle_error);
  std::lock_guard lock(mutex_);
  searcher_ = std::move(searcher);
  unavailable_ = std::move(message);
  // A missing index keeps the last bundle: the page can still say so.
  if (page != nullptr || searcher_ != nullptr) results_page_ = std::move(page);
}

std::shared_ptr<const Searcher> SearchEndpoint::current(std::string& unavailable) const {
  std::lock_guard lock(mutex_);
  unavailable = unavailable_;
  return searcher_;
}

SearchRequest SearchEndpoint::search_request(const std::string& q, const std::string& category,
                                             const std::string& page, const std::string& sort,
                                             const std::string& nocorrect) {
  SearchRequest request;
  request.query = q;
  request.category = category;
  request.page = page;
  request.sort = sort;
  request.correct_spelling = nocorrect != "1";
  return request;
}

ApiAnswer SearchEndpoint::search(const SearchRequest& request) const {
  std::string unavailable;
  const std::shared_ptr<const Searcher> searcher = current(unavailable);
  return api_answer(run<SearchResult>(
      searcher.get(), unavailable, [&](const Searcher& index) { return index.search(request); }));
}

std::optional<PageAnswer> SearchEndpoint::render_page(const SearchRequest& request) const {
  std::shared_ptr<const SearchResultsPage> page;
  std::string unavailable;
  std::shared_ptr<const Searcher> searcher;
  {
    std::lock_guard lock(mutex_);
    page = results_page_;
    searcher = searcher_;
    unavailable = unavailable_;
  }
  if (page == nullptr) return std::nullopt;
  SearchResult result = run<SearchResult>(
      searcher.get(), unavailable, [&](const Searcher& index) { return index.search(request); });
  if (result.outcome == QueryOutcome::unavailable && !find_invalid_utf8(request.query)) {
    result.query = request.query;
  }
  std::optional<AskResult> answers;
  if (result.outcome == QueryOutcome::answered && result.page == 1) {
    answers = run<AskResult>(searcher.get(), unavailable, [&](const Searcher& index) {
      return index.ask({.query = result.query});
    });
  }
  std::optional<std::string> html =
      page->render(search_template_context(result, answers ? &*answers : nullptr));
  if (!html) return std::nullopt;
  return PageAnswer{http_status(result.outcome), std::move(*html)};
}

ApiAnswer SearchEndpoint::ask(const std::string& q, const std::string& limit) const {
  AskRequest request;
  request.query = q;
  if (!limit.empty()) {
    size_t value = 0;
    auto [end, error] = std::from_chars(limit.data(), limit.data() + limit.size(), value);
    if (error != std::errc() || end != limit.data() + limit.size() || value == 0 || value > 10) {
      return {400, R"({"error":"limit must be a whole number from 1 to 10"})"};
    }
    request.limit = value;
  }
  std::string unavailable;
  const std::shared_ptr<const Searcher> searcher = current(unavailable);
  return api_answer(run<AskResult>(searcher.get(), unavailable,
                                   [&](const Searcher& index) { return index.ask(request); }));
}

}  // namespace mwp::serve
