#include "pipeline/live_site.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <sstream>

#include "search/searcher.h"

namespace mwp {
namespace {

namespace fs = std::filesystem;

const char* kArticle = "content/men-women/stress-and-coping/burnout.md";

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Every file under `root` (relative path -> content).
std::map<std::string, std::string> tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) files[fs::relative(entry.path(), root).string()] = read(entry);
  }
  return files;
}

// The bundled site copied into a temp folder, built once with a LiveSite.
class LiveSiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("mwp-live-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
    fs::copy(fs::path(MWP_SOURCE_DIR) / "site", root_ / "site", fs::copy_options::recursive);
    options_.site_dir = root_ / "site";
    options_.out_dir = root_ / "live";
    live_ = std::make_unique<LiveSite>(options_);
    ASSERT_TRUE(live_->build().ok());
  }
  void TearDown() override { fs::remove_all(root_); }

  void edit(const std::string& relative, const std::function<std::string(std::string)>& change) {
    const fs::path path = options_.site_dir / relative;
    const std::string text = change(read(path));
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
  }

  // A full build of the site as it is now, into a folder of its own.
  std::map<std::string, std::string> full_build() {
    BuildOptions full = options_;
    full.out_dir = root_ / "full";
    EXPECT_TRUE(build_site(full).ok());
    return tree(full.out_dir);
  }

  static bool incremental(const BuildReport& report) {
    return std::any_of(report.stages.begin(), report.stages.end(),
                       [](const StageTiming& s) { return s.stage == "incremental"; });
  }

  fs::path root_;
  BuildOptions options_;
  std::unique_ptr<LiveSite> live_;
};

std::string messages(const BuildReport& report) {
  std::string out;
  for (const Diagnostic& d : report.diagnostics.items()) out += format_text(d) + "\n";
  return out;
}

std::string replace(std::string text, const std::string& pattern, const std::string& with) {
  return std::regex_replace(text, std::regex(pattern, std::regex::multiline), with,
                            std::regex_constants::format_first_only);
}

struct EditCase {
  const char* name;
  std::function<std::string(std::string)> change;
  bool incremental;  // the fast path applies
};

TEST_F(LiveSiteTest, AnIncrementalRebuildWritesWhatAFullBuildWrites) {
  const std::vector<EditCase> cases = {
      {"body text",
       [](std::string t) { return replace(t, "^(## .*)$", "$1\n\nZyxwv marker words."); }, true},
      {"title",
       [](std::string t) { return replace(t, "^title: .*$", "title: \"Burnout, retold\""); }, true},
      {"review date (reorders lists)",
       [](std::string t) { return replace(t, "^reviewed: .*$", "reviewed: 2026-10-01"); }, true},
      {"description",
       [](std::string t) { return replace(t, "^description: .*$", "description: \"Changed.\""); },
       true},
      {"slug (moves the page)",
       [](std::string t) { return replace(t, "^title: ", "slug: burnout-moved\ntitle: "); }, false},
  };
  for (const EditCase& c : cases) {
    SCOPED_TRACE(c.name);
    edit(kArticle, c.change);
    const BuildReport report = live_->rebuild({kArticle});
    ASSERT_TRUE(report.ok()) << messages(report);
    EXPECT_EQ(incremental(report), c.incremental);
    const auto live = tree(options_.out_dir);
    const auto full = full_build();
    ASSERT_EQ(live.size(), full.size());
    for (const auto& [file, content] : full) {
      const auto found = live.find(file);
      ASSERT_NE(found, live.end()) << file;
      EXPECT_TRUE(found->second == content) << file << " differs from a full build";
    }
  }
}

TEST_F(LiveSiteTest, EveryBundledArticleTakesTheFastPathAndMatchesAFullBuild) {
  std::vector<std::string> articles;
  for (const auto& entry : fs::recursive_directory_iterator(options_.site_dir / "content")) {
    const fs::path path = entry.path();
    if (path.extension() == ".md" && path.filename() != "_index.md" &&
        path.parent_path() != options_.site_dir / "content") {
      articles.push_back(fs::relative(path, options_.site_dir).string());
    }
  }
  ASSERT_GE(articles.size(), 10u);
  for (const std::string& article : articles) {
    edit(article, [](std::string t) {
      return replace(replace(t, "^reviewed: .*$", "reviewed: 2026-11-01"), "^(## .*)$",
                     "$1\n\nEdited in a batch.");
    });
  }
  const BuildReport report = live_->rebuild(articles);
  ASSERT_TRUE(report.ok()) << messages(report);
  EXPECT_TRUE(incremental(report));
  EXPECT_TRUE(tree(options_.out_dir) == full_build());
}

TEST_F(LiveSiteTest, OnlyTheArticleAndListingsAreRewrittenForABodyEdit) {
  edit(kArticle, [](std::string t) { return replace(t, "^(## .*)$", "$1\n\nA new sentence."); });
  const BuildReport report = live_->rebuild({kArticle});
  ASSERT_TRUE(report.ok()) << messages(report);
  ASSERT_TRUE(incremental(report));
  // The article page itself, and at most the listings and feeds that embed
  // its modification date; never the other articles.
  EXPECT_GE(report.files_written, 1u);
  EXPECT_LT(report.files_written, 6u);
}

TEST_F(LiveSiteTest, TheIndexAnswersWithTheEditedText) {
  edit(kArticle,
       [](std::string t) { return replace(t, "^(## .*)$", "$1\n\nQuokkafied burnout."); });
  ASSERT_TRUE(live_->rebuild({kArticle}).ok());
  Diagnostics diagnostics;
  auto searcher = Searcher::open(search_index_dir(options_.out_dir), diagnostics);
  ASSERT_NE(searcher, nullptr);
  const SearchResult result = searcher->search({.query = "quokkafied"});
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(result.hits[0].url, "/men-women/stress-and-coping/burnout/");
  EXPECT_EQ(searcher->search({.query = "burnout"}).total, [&] {
    BuildOptions full = options_;
    full.out_dir = root_ / "full";
    EXPECT_TRUE(build_site(full).ok());
    Diagnostics d;
    return Searcher::open(search_index_dir(full.out_dir), d)->search({.query = "burnout"}).total;
  }());
}

TEST_F(LiveSiteTest, AFullBuildAfterAnUpdateReusesOnlyWhatIsUnchanged) {
  const std::string original = read(options_.site_dir / kArticle);
  edit(kArticle,
       [](std::string t) { return replace(t, "^(## .*)$", "$1\n\nQuokkafied burnout."); });
  ASSERT_TRUE(live_->rebuild({kArticle}).ok());
  // Reverted while no server watches: the next full build reuses the index
  // documents whose content hash is unchanged, and must not keep the edit.
  edit(kArticle, [&](const std::string&) { return original; });
  ASSERT_TRUE(build_site(options_).ok());
  Diagnostics diagnostics;
  auto searcher = Searcher::open(search_index_dir(options_.out_dir), diagnostics);
  ASSERT_NE(searcher, nullptr);
  EXPECT_EQ(searcher->search({.query = "quokkafied"}).total, 0u);
  EXPECT_GT(searcher->search({.query = "burnout"}).total, 0u);
}

TEST_F(LiveSiteTest, ABrokenEditReportsErrorsAndWritesNothing) {
  const std::string original = read(options_.site_dir / kArticle);
  const char* other = "content/men-women/stress-and-coping/rumination-and-gender.md";
  const struct {
    const char* name;
    const char* pattern;
    const char* with;
  } breaks[] = {
      {"a bad date (the article still parses)", "^reviewed: .*$", "reviewed: someday"},
      {"invalid UTF-8 (the file cannot be read)", "^title: .*$", "title: \"Burn\xff\""},
  };
  for (const auto& broken : breaks) {
    SCOPED_TRACE(broken.name);
    const auto before = tree(options_.out_dir);
    edit(kArticle, [&](std::string t) { return replace(t, broken.pattern, broken.with); });
    EXPECT_FALSE(live_->rebuild({kArticle}).ok());
    EXPECT_EQ(tree(options_.out_dir), before);
    // Saving another file while this one is broken must not hide its errors.
    edit(other, [](std::string t) { return replace(t, "^(## .*)$", "$1\n\nEdited meanwhile."); });
    EXPECT_FALSE(live_->rebuild({other}).ok());
    EXPECT_EQ(tree(options_.out_dir), before);
    edit(kArticle, [&](const std::string&) { return original; });
    EXPECT_TRUE(live_->rebuild({kArticle}).ok());
  }
}

TEST_F(LiveSiteTest, AnUnfinishedArticleMarkedAsADraftNeverFailsTheRebuild) {
  const fs::path page = options_.out_dir / "men-women/stress-and-coping/burnout/index.html";
  ASSERT_TRUE(fs::exists(page));
  const auto unfinished_draft = [](std::string t) {
    t = replace(t, "^description: .*$", "description: \"\"");
    return replace(t, "^(reviewed: .*)$", "$1\ndraft: true");
  };
  edit(kArticle, unfinished_draft);
  const BuildReport report = live_->rebuild({kArticle});
  ASSERT_TRUE(report.ok()) << messages(report);
  EXPECT_TRUE(report.diagnostics.empty()) << messages(report);  // a draft left out says nothing
  EXPECT_FALSE(fs::exists(page));

  // Built with the drafts, it is there, and what it lacks is a warning.
  options_.drafts = true;
  LiveSite with_drafts(options_);
  const BuildReport full = with_drafts.build();
  ASSERT_TRUE(full.ok()) << messages(full);
  EXPECT_TRUE(full.diagnostics.contains("missing-field"));
  EXPECT_TRUE(fs::exists(page));
  edit(kArticle, [](std::string t) { return replace(t, "^(## .*)$", "$1\n\nA draft edited."); });
  const BuildReport edited = with_drafts.rebuild({kArticle});
  ASSERT_TRUE(edited.ok()) << messages(edited);
  EXPECT_TRUE(incremental(edited));
  EXPECT_EQ(edited.diagnostics.error_count(), 0u);
  EXPECT_TRUE(edited.diagnostics.contains("missing-field"));
}

TEST_F(LiveSiteTest, AnEditorsVanishedTemporaryFileDoesNotForceAFullBuild) {
  edit(kArticle, [](std::string t) { return replace(t, "^(## .*)$", "$1\n\nSaved by sed."); });
  const BuildReport report =
      live_->rebuild({"content/men-women/stress-and-coping/sedX1b2c3", kArticle});
  ASSERT_TRUE(report.ok()) << messages(report);
  EXPECT_TRUE(incremental(report));
}

TEST_F(LiveSiteTest, ATemplateChangeIsAFullBuild) {
  edit("theme/templates/article.mustache", [](std::string t) { return t + "\n"; });
  const BuildReport report = live_->rebuild({"theme/templates/article.mustache"});
  ASSERT_TRUE(report.ok());
  EXPECT_FALSE(incremental(report));
}

}  // namespace
}  // namespace mwp
