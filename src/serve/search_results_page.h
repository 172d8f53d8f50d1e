// /search/?q= rendered by the server, so the search page works without
// JavaScript: the page bundle the build wrote into the index folder
// (render/search_page.h) filled with a search and an ask result.
#pragma once

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "render/theme.h"

namespace mwp::serve {

class SearchResultsPage {
 public:
  // Loads <index_dir>/search-page.json. Nullptr when there is none (a site
  // without a search template, or an index written before bundles existed)
  // or it cannot be used; `error` then says why (empty when simply absent).
  static std::unique_ptr<SearchResultsPage> load(const std::filesystem::path& index_dir,
                                                 std::string& error);

  // The page with `search` as its "search" object (search_template_context()).
  // Nullopt only when the theme's template fails to render.
  std::optional<std::string> render(nlohmann::json search) const;

 private:
  SearchResultsPage(Theme theme, nlohmann::json context);

  Theme theme_;
  nlohmann::json context_;  // the page context without "search"
};

}  // namespace mwp::serve
