#include "pipeline/site_build.h"

#include <gtest/gtest.h>

#include <functional>

#include "checks/article_checks.h"
#include "cite/citation_resolver.h"
#include "cite/cited_works.h"
#include "content/released_text.h"
#include "content/site_loader.h"
#include "pipeline/site_fixture.h"
#include "render/article_page.h"
#include "render/theme.h"
#include "search/index_writer.h"
#include "search/search_document.h"

namespace mwp {
namespace {

namespace fs = std::filesystem;
using testing_support::kFixtureArticle;
using testing_support::SiteFixture;

std::string first_error(const Diagnostics& d) {
  for (const auto& item : d.items()) {
    if (item.severity == Severity::error) return format_text(item);
  }
  return "";
}

BuildOptions options_for(const SiteFixture& fixture) {
  BuildOptions options;
  options.site_dir = fixture.site();
  options.out_dir = fixture.out();
  options.jobs = 2;
  return options;
}

TEST(BuildSite, FixtureBuildsCleanly) {
  SiteFixture fixture("build-ok");
  const auto report = build_site(options_for(fixture));
  ASSERT_TRUE(report.ok()) << first_error(report.diagnostics);
  EXPECT_EQ(report.diagnostics.warning_count(), 0u)
      << (report.diagnostics.empty() ? "" : format_text(report.diagnostics.items()[0]));
  for (const char* file :
       {"index.html", "404.html", "sitemap.xml", "feed.xml", "robots.txt", "men-women/index.html",
        "men-women/emotions/index.html", "men-women/emotions/fixture/index.html",
        "research-methodology/index.html", "editorial-team/index.html"}) {
    EXPECT_TRUE(fs::exists(fixture.out() / file)) << file;
  }
  EXPECT_TRUE(fs::exists(search_index_dir(fixture.out())));
  std::vector<std::string> stages;
  for (const auto& s : report.stages) stages.push_back(s.stage);
  EXPECT_EQ(stages, (std::vector<std::string>{"load", "cite", "check", "theme", "render", "index",
                                              "write"}));
}

// The site of `fixture` loaded, cited and checked as the pipeline does it,
// with each article's Markdown released or held.
Site load_fixture(const SiteFixture& fixture, bool release_text) {
  Diagnostics d;
  std::vector<Reference> no_bibliography;
  ContentLoadOptions options;
  options.release_text = release_text;
  options.on_article = [&](const SiteConfig&, Article& article, const ArticleText& text,
                           Diagnostics& article_d) {
    resolve_article_citations(article, text, no_bibliography, article_d);
  };
  std::optional<Site> site = load_site_content(fixture.site(), options, d);
  EXPECT_TRUE(site && !d.has_errors()) << first_error(d);
  unify_cited_works(*site);
  return std::move(*site);
}

// A released article's text is read again from its file by the renderer and
// the index (content/released_text.h): both must make exactly what they make
// from text the model holds.
TEST(BuildSite, ReleasedTextRendersAndIndexesAsHeldText) {
  SiteFixture fixture("build-released");
  std::string second = kFixtureArticle;
  second.replace(second.find("How we test"), 11, "A second");
  fixture.write("content/men-women/emotions/second.md", second);
  const Site held = load_fixture(fixture, false);
  const Site released = load_fixture(fixture, true);
  ASSERT_EQ(released.articles.size(), 2u);
  Diagnostics d;
  const std::optional<Theme> theme = load_theme(held.config.theme_dir, d);
  ASSERT_TRUE(theme);
  const RenderContext held_context(held, *theme, {});
  const RenderContext released_context(released, *theme, {});
  for (size_t a = 0; a < 2; ++a) {
    EXPECT_FALSE(held.articles[a].text_released);
    EXPECT_TRUE(released.articles[a].text_released);
    EXPECT_TRUE(released.articles[a].sections[0].body.markdown.empty());
    const auto page = render_article_page(released_context, a, d);
    ASSERT_TRUE(page) << first_error(d);
    EXPECT_EQ(*page, *render_article_page(held_context, a, d));
  }
  const auto held_docs = collect_search_documents(held, d);
  const auto released_docs = collect_search_documents(released, d);
  ASSERT_TRUE(held_docs && released_docs) << first_error(d);
  ASSERT_EQ(held_docs->size(), released_docs->size());
  for (size_t i = 0; i < held_docs->size(); ++i) {
    EXPECT_EQ((*released_docs)[i].content_hash(), (*held_docs)[i].content_hash()) << i;
  }
  EXPECT_FALSE((*released_docs)[0].body.empty());
}

// What resolve_article_citations() and check_article_structure() find in
// each article of `site`, read through read_article_text(): its diagnostics,
// then its citations.
std::vector<std::string> cite_and_check(Site& site) {
  std::vector<std::string> found;
  for (Article& article : site.articles) {
    const std::string file = std::filesystem::path(article.display_path).filename().string();
    Diagnostics d;
    const std::optional<ArticleText> text = read_article_text(article, d);
    EXPECT_TRUE(text) << first_error(d);
    if (!text) continue;
    resolve_article_citations(article, *text, {}, d);
    check_article_structure(*text, site.config.article_template, d);
    for (const Diagnostic& item : d.items()) {
      found.push_back(file + ":" + std::to_string(item.line) + " [" + item.code + "]");
    }
    for (const Citation& c : article.citations) {
      const std::string_view part = text->part(c.part, c.index);
      found.push_back(file + ": \"" + std::string(part.substr(c.begin, c.end - c.begin)) +
                      "\" -> " + std::to_string(c.reference));
    }
  }
  return found;
}

// The checks read an article's text through ArticleText, so they find the
// same after its text is released as while it is held: a check may run in
// any stage.
TEST(BuildSite, ChecksFindInReleasedTextWhatTheyFindInHeldText) {
  SiteFixture fixture("build-checks-released");
  std::string second = kFixtureArticle;
  second.replace(second.find("Habit forms."), 12, "");  // an empty section
  second.replace(second.find("It shows."), 9, "Gross (2004) and (Gross & John, 2003, p. 350).");
  fixture.write("content/men-women/emotions/second.md", second);
  const std::vector<std::string> expected = {
      "fixture.md: \"Gross and John (2003)\" -> 0",
      "fixture.md: \"Gross and John's research (2003)\" -> 0",
      "second.md:19 [citation-year-mismatch]",
      "second.md:41 [citation-year-mismatch]",  // the note naming the work
      "second.md:13 [empty-section]",
      "second.md: \"Gross and John (2003)\" -> 0",
      "second.md: \"Gross & John, 2003\" -> 0",
      "second.md: \"Gross and John's research (2003)\" -> 0",
  };
  for (const bool release : {false, true}) {
    ContentLoadOptions options;
    options.release_text = release;
    Diagnostics d;
    std::optional<Site> site = load_site_content(fixture.site(), options, d);
    ASSERT_TRUE(site && !d.has_errors()) << first_error(d);
    EXPECT_EQ(site->articles[0].text_released, release);
    EXPECT_EQ(cite_and_check(*site), expected) << "released: " << release;
  }
}

// A file edited between load and index must fail the index with the cause,
// not index text the checks never saw.
TEST(BuildSite, IndexReportsAnArticleChangedSinceItWasLoaded) {
  SiteFixture fixture("build-changed");
  const Site site = load_fixture(fixture, true);
  ASSERT_TRUE(fixture.replace(SiteFixture::article_path(), "Habit forms.", "Habit grows."));
  Diagnostics d;
  EXPECT_FALSE(write_search_index(site, fixture.root() / "index", d));
  std::vector<std::string> codes;
  for (const Diagnostic& item : d.items()) codes.push_back(item.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"source-changed", "search-index-write"}));
  EXPECT_FALSE(fs::exists(fixture.root() / "index"));
}

// One row per kind of bad input: how to break the fixture, the diagnostic
// code the build must report, and the file it must name.
struct BadInputCase {
  const char* name;
  std::function<bool(const SiteFixture&)> mutate;
  const char* code;
  const char* path_suffix;
};

const std::string kArticle = SiteFixture::article_path();

const BadInputCase kBadInputs[] = {
    {"front matter is not YAML",
     [](const SiteFixture& f) {
       return f.replace(kArticle, "keywords: [testing]", "keywords: [testing");
     },
     "yaml-syntax", "fixture.md"},
    {"front matter field of the wrong type",
     [](const SiteFixture& f) {
       return f.replace(kArticle, "keywords: [testing]", "draft: maybe");
     },
     "field-type", "fixture.md"},
    {"front matter date that does not exist",
     [](const SiteFixture& f) {
       return f.replace(kArticle, "reviewed: 2025-06-02", "reviewed: 2025-02-30");
     },
     "bad-date", "fixture.md"},
    {"missing required section",
     [](const SiteFixture& f) {
       return f.replace(kArticle, "## In practice\n\nIt shows.\n\n", "");
     },
     "missing-section", "fixture.md"},
    {"sections out of template order",
     [](const SiteFixture& f) {
       return f.replace(kArticle, "## In practice\n\nIt shows.\n\n", "") &&
              f.replace(kArticle, "## Where it varies",
                        "## In practice\n\nIt shows.\n\n## Where it varies");
     },
     "section-order", "fixture.md"},
    {"empty section",
     [](const SiteFixture& f) { return f.replace(kArticle, "Habit forms.\n", ""); },
     "empty-section", "fixture.md"},
    {"FAQ question without an answer",
     [](const SiteFixture& f) {
       return f.replace(kArticle, "## Research sources",
                        "### And this one?\n\n## Research sources");
     },
     "faq-without-answer", "fixture.md"},
    {"article in an unknown category",
     [](const SiteFixture& f) {
       f.write("content/men-women/no-index/stray.md", kFixtureArticle);
       return true;
     },
     "unknown-category", "stray.md"},
    {"two pages with the same URL",
     [](const SiteFixture& f) {
       f.write("content/team.md", "---\ntitle: Team\nslug: editorial-team\n---\nAgain.\n");
       return true;
     },
     "duplicate-url", ".md"},
    {"invalid UTF-8",
     [](const SiteFixture& f) { return f.replace(kArticle, "Habit forms.", "Habit \xFF forms."); },
     "invalid-utf8", "fixture.md"},
    {"file over 10 MB",
     [](const SiteFixture& f) {
       f.write(kArticle, std::string(kFixtureArticle) + std::string(10 * 1024 * 1024, 'x'));
       return true;
     },
     "file-too-large", "fixture.md"},
};

class BadInputTest : public ::testing::TestWithParam<BadInputCase> {};

TEST_P(BadInputTest, FailsWithItsCodeAndLeavesPreviousOutputExactly) {
  const auto& c = GetParam();
  SiteFixture fixture("bad-input");
  const auto first = build_site(options_for(fixture));
  ASSERT_TRUE(first.ok()) << first_error(first.diagnostics);
  std::ofstream(fixture.out() / "sentinel.txt") << "previous build";
  const auto files_before = std::distance(fs::recursive_directory_iterator(fixture.out()),
                                          fs::recursive_directory_iterator());

  ASSERT_TRUE(c.mutate(fixture)) << c.name << ": the mutation did not apply";
  const auto report = build_site(options_for(fixture));

  EXPECT_FALSE(report.ok()) << c.name;
  bool found = false;
  for (const auto& d : report.diagnostics.items()) {
    if (d.code == c.code && d.severity == Severity::error) {
      found = true;
      EXPECT_TRUE(d.path.ends_with(c.path_suffix)) << c.name << ": " << format_text(d);
    }
  }
  EXPECT_TRUE(found) << c.name << ": expected [" << c.code << "], got "
                     << first_error(report.diagnostics);
  EXPECT_TRUE(fs::exists(fixture.out() / "sentinel.txt")) << c.name;
  EXPECT_EQ(std::distance(fs::recursive_directory_iterator(fixture.out()),
                          fs::recursive_directory_iterator()),
            files_before)
      << c.name;
  for (const auto& entry : fs::directory_iterator(fixture.root())) {
    EXPECT_EQ(entry.path().filename().string().find(".staging-"), std::string::npos)
        << c.name << ": staging folder left behind";
  }
}

INSTANTIATE_TEST_SUITE_P(EachBadInput, BadInputTest, ::testing::ValuesIn(kBadInputs),
                         [](const ::testing::TestParamInfo<BadInputCase>& param) {
                           std::string name;
                           for (char ch : std::string(param.param.name)) {
                             name += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
                           }
                           return name;
                         });

TEST(SearchIndexDir, SitsBesideTheOutput) {
  EXPECT_EQ(search_index_dir("public"), fs::path("public.index"));
  EXPECT_EQ(search_index_dir("out/site/"), fs::path("out/site.index"));
}

}  // namespace
}  // namespace mwp
