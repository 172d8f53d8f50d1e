// GET /api/search and GET /api/ask over a Searcher that can be swapped for a
// freshly opened one while requests are running.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "search/searcher.h"

namespace mwp::serve {

class SearchResultsPage;

struct ApiAnswer {
  int status = 200;
  std::string json;  // the response body
};

struct PageAnswer {
  int status = 200;  // 400 for a bad query, 503 while the index is missing
  std::string html;
};

class SearchEndpoint {
 public:
  explicit SearchEndpoint(std::filesystem::path index_dir);
  ~SearchEndpoint();

  // (Re)opens the index and its search page bundle. While the index is
  // missing or unreadable every answer is a 503 with the searcher's message.
  void reopen();

  // `route` is the path after "/api/" ("search", "ask"); `parameter` returns
  // a decoded query parameter or "" when absent. Unknown routes are 404s.
  template <typename Parameter>
  ApiAnswer answer(const std::string& route, Parameter&& parameter) const;

  // GET /search/?q=&category=&page=&nocorrect=: the search page with the
  // results and the best FAQ answer, as search.js would show them. Nullopt
  // when there is no page bundle (the static page is served instead).
  template <typename Parameter>
  std::optional<PageAnswer> page(Parameter&& parameter) const;

 private:
  static SearchRequest search_request(const std::string& q, const std::string& category,
                                      const std::string& page, const std::string& sort,
                                      const std::string& nocorrect);
  ApiAnswer search(const SearchRequest& request) const;
  std::optional<PageAnswer> render_page(const SearchRequest& request) const;
  ApiAnswer ask(const std::string& q, const std::string& limit) const;
  std::shared_ptr<const Searcher> current(std::string& unavailable) const;

  std::filesystem::path index_dir_;
  mutable std::mutex mutex_;  // guards searcher_ and unavailable_
  std::shared_ptr<const Searcher> searcher_;
  std::string unavailable_;  // why there is no searcher
  std::shared_ptr<const SearchResultsPage> results_page_;
};

template <typename Parameter>
ApiAnswer SearchEndpoint::answer(const std::string& route, Parameter&& parameter) const {
  if (route == "search") {
    return search(search_request(parameter("q"), parameter("category"), parameter("page"),
                                 parameter("sort"), parameter("nocorrect")));
  }
  if (route == "ask") return ask(parameter("q"), parameter("limit"));
  return {404, R"({"error":"not found"})"};
}

template <typename Parameter>
std::optional<PageAnswer> SearchEndpoint::page(Parameter&& parameter) const {
  return render_page(search_request(parameter("q"), parameter("category"), parameter("page"), "",
                                    parameter("nocorrect")));
}

}  // namespace mwp::serve
