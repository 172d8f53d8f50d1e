#include "serve/search_endpoint.h"

#include <charconv>

#include "search/searcher.h"

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
  std::lock_guard lock(mutex_);
  searcher_ = std::move(searcher);
  unavailable_ = std::move(message);
}

std::shared_ptr<const Searcher> SearchEndpoint::current(std::string& unavailable) const {
  std::lock_guard lock(mutex_);
  unavailable = unavailable_;
  return searcher_;
}

ApiAnswer SearchEndpoint::search(const std::string& q, const std::string& category,
                                 const std::string& page, const std::string& sort) const {
  std::string unavailable;
  std::shared_ptr<const Searcher> searcher = current(unavailable);
  if (searcher == nullptr) return from_json(search_unavailable_json(unavailable));
  SearchRequest request;
  request.query = q;
  request.category = category;
  request.page = page;
  request.sort = sort;
  return from_json(searcher->search_json(request));
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
