#include "checks/site_checks.h"

#include <gtest/gtest.h>

#include <string>

namespace mwp {
namespace {

// A site with the editorial and methodology pages, one category and one article.
Site small_site() {
  Site site;
  site.config.root = "site";
  site.config.editorial_page = "/editorial-team/";
  site.config.methodology_page = "/research-methodology/";
  for (const char* slug : {"editorial-team", "research-methodology"}) {
    Page page;
    page.display_path = std::string("content/") + slug + ".md";
    page.url = std::string("/") + slug + "/";
    site.pages.push_back(page);
  }
  Category category;
  category.url = "/men-women/";
  category.display_path = "content/men-women/_index.md";
  site.categories.push_back(category);
  Article article;
  article.url = "/men-women/opening-up/";
  article.display_path = "content/men-women/opening-up.md";
  site.articles.push_back(article);
  return site;
}

std::string codes(const Site& site) {
  Diagnostics d;
  check_site(site, d);
  std::string out;
  for (const Diagnostic& x : d.items()) out += (out.empty() ? "" : " ") + x.code + "@" + x.path;
  return out;
}

TEST(SiteChecks, ASoundSiteHasNothingToReport) {
  EXPECT_EQ(codes(small_site()), "");
}

TEST(SiteChecks, EachUrlHasOneOwner) {
  Site site = small_site();
  site.articles[0].aliases = {"/men-women/"};  // the category's URL
  EXPECT_EQ(codes(site), "duplicate-url@content/men-women/opening-up.md");
  site = small_site();
  Page search;
  search.display_path = "content/search.md";
  search.url = "/search/";  // the renderer's own
  site.pages.push_back(search);
  EXPECT_EQ(codes(site), "duplicate-url@content/search.md");
}

TEST(SiteChecks, TheEditorialAndMethodologyPagesMustExist) {
  Site site = small_site();
  site.pages.pop_back();
  EXPECT_EQ(codes(site), "missing-page@site/site.yaml");
}

TEST(SiteChecks, ADraftsErrorsAreWarnings) {
  Site site = small_site();
  site.articles[0].draft = true;
  Diagnostics d;
  d.error(site.articles[0].display_path, 3, 1, "missing-faq", "no questions");
  d.error("content/other.md", 3, 1, "missing-faq", "no questions");
  demote_draft_errors(site, d);
  EXPECT_EQ(d.error_count(), 1u);
  EXPECT_EQ(d.warning_count(), 1u);
}

}  // namespace
}  // namespace mwp
