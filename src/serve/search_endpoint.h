// GET /api/search and GET /api/ask over a Searcher that can be swapped for a
// freshly opened one while requests are running.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

namespace mwp {
class Searcher;
}

namespace mwp::serve {

struct ApiAnswer {
  int status = 200;
  std::string json;  // the response body
};

class SearchEndpoint {
 public:
  explicit SearchEndpoint(std::filesystem::path index_dir);
  ~SearchEndpoint();

  // (Re)opens the index. While it is missing or unreadable every answer is
  // a 503 with the searcher's message.
  void reopen();

  // `route` is the path after "/api/" ("search", "ask"); `parameter` returns
  // a decoded query parameter or "" when absent. Unknown routes are 404s.
  template <typename Parameter>
  ApiAnswer answer(const std::string& route, Parameter&& parameter) const;

 private:
  ApiAnswer search(const std::string& q, const std::string& category, const std::string& page,
                   const std::string& sort) const;
  ApiAnswer ask(const std::string& q, const std::string& limit) const;
  std::shared_ptr<const Searcher> current(std::string& unavailable) const;

  std::filesystem::path index_dir_;
  mutable std::mutex mutex_;  // guards searcher_ and unavailable_
  std::shared_ptr<const Searcher> searcher_;
  std::string unavailable_;  // why there is no searcher
};

template <typename Parameter>
ApiAnswer SearchEndpoint::answer(const std::string& route, Parameter&& parameter) const {
  if (route == "search") {
    return search(parameter("q"), parameter("category"), parameter("page"), parameter("sort"));
  }
  if (route == "ask") return ask(parameter("q"), parameter("limit"));
  return {404, R"({"error":"not found"})"};
}

}  // namespace mwp::serve
