#include "serve/search_results_page.h"

#include <fstream>
#include <sstream>

#include "search/index_schema.h"

namespace mwp::serve {
namespace {

using nlohmann::json;

bool valid_bundle(const json& bundle) {
  return bundle.is_object() && bundle.value("format", 0) == 1 && bundle.contains("context") &&
         bundle["context"].is_object() && bundle.contains("templates") &&
         bundle["templates"].is_object() && bundle["templates"].contains("search") &&
         bundle["templates"]["search"].is_string() && bundle.contains("partials") &&
         bundle["partials"].is_object();
}

}  // namespace

std::unique_ptr<SearchResultsPage> SearchResultsPage::load(const std::filesystem::path& index_dir,
                                                           std::string& error) {
  const std::filesystem::path path = index_dir / search_schema::kSearchPageBundleFile;
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  std::ostringstream text;
  text << in.rdbuf();
  json bundle = json::parse(text.str(), nullptr, false);
  if (!valid_bundle(bundle)) {
    error = path.string() + ": not a search page bundle of format 1";
    return nullptr;
  }
  PartialTexts templates;
  for (const auto& [name, source] : bundle["templates"].items()) {
    if (source.is_string()) templates[name] = source.get<std::string>();
  }
  PartialTexts partials;
  for (const auto& [name, source] : bundle["partials"].items()) {
    if (source.is_string()) partials[name] = source.get<std::string>();
  }
  Diagnostics diagnostics;
  std::optional<Theme> theme =
      parse_theme(index_dir, std::move(templates), std::move(partials), diagnostics);
  if (!theme) {
    error = path.string() + ": " + diagnostics.items().front().message;
    return nullptr;
  }
  return std::unique_ptr<SearchResultsPage>(
      new SearchResultsPage(std::move(*theme), std::move(bundle["context"])));
}

SearchResultsPage::SearchResultsPage(Theme theme, json context)
    : theme_(std::move(theme)), context_(std::move(context)) {}

std::optional<std::string> SearchResultsPage::render(json search) const {
  json page = context_;
  page["search"] = std::move(search);
  Diagnostics diagnostics;
  return theme_.render("search", page, diagnostics);
}

}  // namespace mwp::serve
