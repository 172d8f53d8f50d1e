#include "render/site_renderer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "render/fixture_site.h"

namespace mwp {
namespace {

namespace fs = std::filesystem;

class SiteRendererTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("mwp-render-test-" + std::to_string(getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
    Diagnostics diagnostics;
    theme_ = *load_theme(MWP_SOURCE_DIR "/site/theme", diagnostics);
  }
  void TearDown() override { fs::remove_all(root_); }

  // Renders site_ into root_/out; returns the diagnostics.
  Diagnostics build(RenderOptions options = {}) {
    Diagnostics diagnostics;
    OutputTree out(root_ / "out");
    EXPECT_TRUE(out.open(diagnostics));
    render_site(site_, theme_, options, out, diagnostics);
    if (!diagnostics.has_errors()) {
      EXPECT_TRUE(out.commit(diagnostics));
    }
    return diagnostics;
  }

  std::string read(const std::string& file) {
    std::ifstream in(root_ / "out" / file);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }

  fs::path root_;
  Site site_ = fixture::fixture_site();
  Theme theme_;
};

TEST_F(SiteRendererTest, WritesEveryPageAndFile) {
  const Diagnostics diagnostics = build();
  ASSERT_TRUE(diagnostics.empty()) << format_text(diagnostics.items()[0]);
  for (const char* file :
       {"index.html", "404.html", "men-women/index.html", "men-women/emotions/index.html",
        "men-women/emotions/numbness/index.html", "men-women/emotions/opening-up/index.html",
        "editorial-team/index.html", "sources/index.html", "sitemap.xml", "feed.xml", "robots.txt",
        "old/numbness/index.html", "assets/style.css", "assets/site.js"}) {
    EXPECT_TRUE(fs::is_regular_file(root_ / "out" / file)) << file;
  }
  EXPECT_FALSE(fs::exists(root_ / "out" / "men-women/emotions/draft-piece"));
  EXPECT_NE(
      read("old/numbness/index.html").find("url=https://example.org/men-women/emotions/numbness/"),
      std::string::npos);
  const std::string home = read("index.html");
  EXPECT_NE(home.find("Welcome to <em>Test Psychology</em>."), std::string::npos);
  EXPECT_NE(home.find(">Understanding numbness</a>"), std::string::npos);
  const std::string category = read("men-women/emotions/index.html");
  EXPECT_NE(category.find("<h1>Emotions and Feelings</h1>"), std::string::npos);
  EXPECT_NE(category.find("Articles about <em>feelings</em>."), std::string::npos);
  EXPECT_NE(category.find(">Why opening up is hard</a>"), std::string::npos);
  const std::string page = read("editorial-team/index.html");
  EXPECT_NE(page.find("<h2 id=\"how-we-work\">How we work</h2>"), std::string::npos);
  EXPECT_NE(read("404.html").find("<meta name=\"robots\" content=\"noindex\">"), std::string::npos);
}

TEST_F(SiteRendererTest, SourcePagesListCitingArticles) {
  ASSERT_TRUE(build().empty());
  const std::string index = read("sources/index.html");
  const size_t gross = index.find("Gross, J. J. (2003)");
  const size_t hyde = index.find("Hyde, J. S. (2005)");
  ASSERT_NE(gross, std::string::npos);
  ASSERT_NE(hyde, std::string::npos);
  EXPECT_LT(gross, hyde);  // by first author
  EXPECT_NE(index.find("Cited in 2 articles"), std::string::npos);
  bool found_hyde_page = false;
  for (const auto& entry : fs::directory_iterator(root_ / "out" / "sources")) {
    if (!entry.is_directory()) continue;
    const std::string page = read("sources/" + entry.path().filename().string() + "/index.html");
    if (page.find("The gender similarities hypothesis") == std::string::npos) continue;
    found_hyde_page = true;
    EXPECT_NE(page.find(">Understanding numbness</a>"), std::string::npos);
    EXPECT_NE(page.find(">Why opening up is hard</a>"), std::string::npos);
    EXPECT_NE(page.find("href=\"https://doi.org/10.1037/0003-066X.60.6.581\""), std::string::npos);
  }
  EXPECT_TRUE(found_hyde_page);
}

TEST_F(SiteRendererTest, DraftsRenderedWhenRequested) {
  ASSERT_TRUE(build({.drafts = true, .jobs = 1}).empty());
  EXPECT_TRUE(fs::is_regular_file(root_ / "out/men-women/emotions/draft-piece/index.html"));
}

TEST_F(SiteRendererTest, ConflictingPathsAreReported) {
  site_.articles[1].aliases = {"/men-women/emotions/numbness/"};
  site_.pages[0].aliases = {"/bad/../path/"};
  const Diagnostics diagnostics = build();
  EXPECT_TRUE(diagnostics.contains("output-path-conflict"));
  EXPECT_TRUE(diagnostics.contains("output-path-invalid"));
}

TEST_F(SiteRendererTest, SameOutputWithOneOrManyThreads) {
  ASSERT_TRUE(build({.jobs = 1}).empty());
  const std::string one = read("men-women/emotions/numbness/index.html");
  ASSERT_TRUE(build({.jobs = 4}).empty());
  EXPECT_EQ(read("men-women/emotions/numbness/index.html"), one);
}

TEST(Theme, MissingTemplatesAreDiagnosed) {
  const fs::path dir = fs::temp_directory_path() / ("mwp-theme-test-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "templates/partials");
  std::ofstream(dir / "templates/home.mustache") << "{{> greeting}}, {{name}}! {{{raw}}}";
  std::ofstream(dir / "templates/partials/greeting.mustache") << "Hello";
  Diagnostics diagnostics;
  EXPECT_FALSE(load_theme(dir, diagnostics).has_value());
  EXPECT_TRUE(diagnostics.contains("theme-template-missing"));
  for (const std::string& name : required_templates()) {
    std::ofstream(dir / "templates" / (name + ".mustache")) << name;
  }
  std::ofstream(dir / "templates/home.mustache") << "{{> greeting}}, {{name}}! {{{raw}}}";
  Diagnostics second;
  const std::optional<Theme> theme = load_theme(dir, second);
  ASSERT_TRUE(theme.has_value());
  EXPECT_EQ(theme->render("home", {{"name", "<A&B>"}, {"raw", "<i>x</i>"}}, second),
            "Hello, &lt;A&amp;B&gt;! <i>x</i>");
  EXPECT_FALSE(theme->render("nope", nlohmann::json::object(), second).has_value());
  EXPECT_TRUE(second.contains("theme-template-missing"));
  Diagnostics third;
  EXPECT_FALSE(load_theme(dir / "absent", third).has_value());
  EXPECT_TRUE(third.contains("theme-not-found"));
  fs::remove_all(dir);
}

TEST(Theme, InvalidTemplatesAreDiagnosedAtLoad) {
  const fs::path dir = fs::temp_directory_path() / ("mwp-theme-bad-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "templates/partials");
  for (const std::string& name : required_templates()) {
    std::ofstream(dir / "templates" / (name + ".mustache")) << name;
  }
  std::ofstream(dir / "templates/page.mustache") << "{{> broken}}";
  std::ofstream(dir / "templates/partials/broken.mustache") << "{{#open}}never closed";
  Diagnostics diagnostics;
  EXPECT_FALSE(load_theme(dir, diagnostics).has_value());
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].code, "theme-template-invalid");
  EXPECT_EQ(diagnostics.items()[0].path, (dir / "templates/page.mustache").string());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace mwp
