#include "checks/site_checks.h"

#include <fmt/format.h>

#include <map>
#include <set>
#include <string_view>

#include "checks/article_checks.h"

namespace mwp {
namespace {

class UrlRegistry {
 public:
  explicit UrlRegistry(Diagnostics& d) : d_(d) {
    for (const char* path : kReservedPaths) owners_.emplace(path, "mwp itself");
  }

  void claim(const std::string& url, const std::string& owner, const std::string& path) {
    const auto [it, inserted] = owners_.emplace(url, owner);
    if (!inserted) {
      d_.error(path, 0, 0, "duplicate-url",
               fmt::format("{} is already the URL of {}", url, it->second));
    }
  }

 private:
  Diagnostics& d_;
  std::map<std::string, std::string> owners_;
};

void check_required_page(const Site& site, const std::string& url, const char* what,
                         Diagnostics& d) {
  for (const auto& page : site.pages) {
    if (page.url == url) return;
  }
  d.error((site.config.root / "site.yaml").lexically_normal().string(), 0, 0, "missing-page",
          fmt::format("the {} page {} does not exist; add content/{}.md", what, url,
                      url.size() > 2 ? url.substr(1, url.size() - 2) : std::string("index")));
}

}  // namespace

void check_site(const Site& site, Diagnostics& d) {
  UrlRegistry urls(d);
  for (const auto& c : site.categories) urls.claim(c.url, c.display_path, c.display_path);
  for (const auto& p : site.pages) {
    urls.claim(p.url, p.display_path, p.display_path);
    for (const auto& alias : p.aliases) urls.claim(alias, p.display_path, p.display_path);
  }
  for (const auto& a : site.articles) {
    urls.claim(a.url, a.display_path, a.display_path);
    for (const auto& alias : a.aliases) urls.claim(alias, a.display_path, a.display_path);
  }
  check_required_page(site, site.config.editorial_page, "editorial team", d);
  check_required_page(site, site.config.methodology_page, "research methodology", d);
}

void demote_draft_errors(const Site& site, Diagnostics& diagnostics) {
  std::set<std::string_view> drafts;
  for (const Article& article : site.articles) {
    if (article.draft) drafts.insert(article.display_path);
  }
  for (const Page& page : site.pages) {
    if (page.draft) drafts.insert(page.display_path);
  }
  if (drafts.empty()) return;
  diagnostics.demote_errors([&](const Diagnostic& d) { return drafts.count(d.path) > 0; });
}

}  // namespace mwp
