#include "serve/search_endpoint.h"

#include <xapian.h>

#include <charconv>

#include "search/search_page_context.h"
#include "search/searcher.h"
#include "serve/search_results_page.h"
#include "text/utf8.h"

namespace mwp::serve {
namespace {

ApiAnswer from_json(const nlohmann::json& reply) {
  ApiAnswer answer;
  answer.status = reply.value("status", 500);
  answer.json = reply["body"].dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return answer;
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
  std::shared_ptr<const Searcher> searcher = current(unavailable);
  if (searcher == nullptr) return from_json(search_unavailable_json(unavailable));
  return from_json(searcher->search_json(request));
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
  SearchResult result;
  std::optional<AskResult> answers;
  if (searcher == nullptr) {
    result.status = 503;
    result.error = unavailable;
    if (!find_invalid_utf8(request.query)) result.query = request.query;
  } else {
    try {
      result = searcher->search(request);
      if (result.status == 200 && result.page == 1)
        answers = searcher->ask({.query = result.query});
    } catch (const Xapian::Error&) {  // the index changed under us: the next build reopens it
      result = SearchResult{};
      result.status = 503;
      result.error = "search index unreadable: run mwp build";
    }
  }
  std::optional<std::string> html =
      page->render(search_template_context(result, answers ? &*answers : nullptr));
  if (!html) return std::nullopt;
  return PageAnswer{result.status, std::move(*html)};
}

ApiAnswer SearchEndpoint::ask(const std::string& q, const std::string& limit) const {
  std::string unavailable;
  std::shared_ptr<const Searcher> searcher = current(unavailable);
  if (searcher == nullptr) return from_json(search_unavailable_json(unavailable));
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
  return from_json(searcher->ask_json(request));
}

}  // namespace mwp::serve
