#include "pipeline/site_build.h"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <iterator>

#include "pipeline/site_fixture.h"

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

// Without an index the build releases each article's Markdown once it is
// checked and the renderer reads it again (content/article_text.h); with one
// the model holds it. Both must render the same bytes.
TEST(BuildSite, ReleasedTextRendersTheSamePagesAsHeldText) {
  SiteFixture fixture("build-released");
  fixture.write("content/men-women/emotions/second.md",
                std::string(kFixtureArticle)
                    .replace(std::string(kFixtureArticle).find("How we test"), 11, "A second"));
  BuildOptions held = options_for(fixture);
  BuildOptions released = options_for(fixture);
  released.out_dir = fixture.root() / "released";
  released.search_index = false;
  ASSERT_TRUE(build_site(held).ok());
  const auto report = build_site(released);
  ASSERT_TRUE(report.ok()) << first_error(report.diagnostics);
  for (const char* page : {"men-women/emotions/fixture/index.html",
                           "men-women/emotions/second/index.html", "sitemap.xml"}) {
    std::ifstream a(held.out_dir / page, std::ios::binary);
    std::ifstream b(released.out_dir / page, std::ios::binary);
    const std::string held_text{std::istreambuf_iterator<char>(a), {}};
    const std::string released_text{std::istreambuf_iterator<char>(b), {}};
    EXPECT_FALSE(held_text.empty()) << page;
    EXPECT_EQ(held_text, released_text) << page;
  }
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
