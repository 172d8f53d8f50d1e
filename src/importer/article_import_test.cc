#include "importer/article_import.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "content/site_loader.h"
#include "importer/import_test_support.h"

namespace mwp {
namespace {
namespace fs = std::filesystem;

void write(const fs::path& path, std::string_view text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// A site with the bundled site.yaml and three categories, in a temp folder.
class ArticleImport : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("mwp-import-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    site_dir_ = root_ / "site";
    fs::create_directories(site_dir_);
    fs::copy_file(fs::path(MWP_SOURCE_DIR) / "site" / "site.yaml", site_dir_ / "site.yaml");
    write(site_dir_ / "content/men-women/_index.md", "---\ntitle: Men & Women\n---\n");
    write(site_dir_ / "content/men-women/emotions-and-feelings/_index.md",
          "---\ntitle: Emotions and Feelings\n---\n");
    write(site_dir_ / "content/men-women/communication/_index.md",
          "---\ntitle: Communication\n---\n");
    reload();
    options_.date = *Date::parse("2026-01-02");
  }
  void TearDown() override { fs::remove_all(root_); }

  void reload() {
    Diagnostics d;
    auto site = load_site_content(site_dir_, true, d);
    ASSERT_TRUE(site) << testing::codes(d);
    site_ = std::move(*site);
  }

  fs::path input(const std::string& name, std::string_view text) {
    const fs::path path = root_ / "in" / name;
    write(path, text);
    return path;
  }

  ImportResult import(const fs::path& file) {
    diagnostics_ = {};
    return import_plain_text_file(file, file.filename().string(), site_, options_, diagnostics_);
  }

  // Every file under content/ other than category indexes.
  std::vector<std::string> content_files() const {
    std::vector<std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(site_dir_ / "content")) {
      if (e.is_regular_file() && e.path().filename() != "_index.md") {
        files.push_back(fs::relative(e.path(), site_dir_).string());
      }
    }
    std::sort(files.begin(), files.end());
    return files;
  }

  fs::path root_;
  fs::path site_dir_;
  Site site_;
  ImportOptions options_;
  Diagnostics diagnostics_;
};

TEST_F(ArticleImport, ImportsTheSpacedSeedIntoItsBreadcrumbCategory) {
  const auto result =
      import(input("emotional-numbness.txt", testing::read_seed(testing::kSpacedSeed)));
  ASSERT_TRUE(result.written) << testing::codes(diagnostics_);
  EXPECT_FALSE(diagnostics_.has_errors());
  EXPECT_EQ(result.output, "content/men-women/emotions-and-feelings/emotional-numbness.md");
  EXPECT_EQ(result.url, "/men-women/emotions-and-feelings/emotional-numbness/");
  EXPECT_EQ(content_files(), std::vector<std::string>{result.output});
  reload();
  ASSERT_EQ(site_.articles.size(), 1u);
  const Article& a = site_.articles[0];
  EXPECT_EQ(a.url, result.url);
  EXPECT_EQ(a.reviewed.iso(), "2026-01-02");
  EXPECT_EQ(a.published.iso(), "2026-01-02");
  EXPECT_EQ(a.reviewed_by, site_.config.editorial_team);
  EXPECT_FALSE(a.description.empty());
  EXPECT_LE(a.description.size(), 240u);
  EXPECT_EQ(a.sections.size(), 6u);
  EXPECT_EQ(a.faq.size(), 6u);
  EXPECT_EQ(a.sources.size(), 5u);
}

TEST_F(ArticleImport, TheCompactSeedTakesItsCategoryFromTheOption) {
  const auto file =
      input("why-men-struggle-to-open-up.txt", testing::read_seed(testing::kCompactSeed));
  EXPECT_FALSE(import(file).written);
  EXPECT_TRUE(diagnostics_.contains("missing-category"));
  options_.category = "men-women/communication";
  const auto result = import(file);
  ASSERT_TRUE(result.written) << testing::codes(diagnostics_);
  EXPECT_EQ(result.output, "content/men-women/communication/why-men-struggle-to-open-up.md");
  options_.category = "men-women/hobbies";
  EXPECT_FALSE(import(file).written);
  EXPECT_TRUE(diagnostics_.contains("unknown-category"));
}

TEST_F(ArticleImport, NeverOverwritesWithoutForce) {
  const auto file = input("emotional-numbness.txt", testing::read_seed(testing::kSpacedSeed));
  const auto first = import(file);
  ASSERT_TRUE(first.written);
  const fs::path target = site_dir_ / first.output;
  write(target, "edited by hand");
  reload();
  EXPECT_FALSE(import(file).written);
  EXPECT_TRUE(diagnostics_.contains("article-exists"));
  EXPECT_EQ(testing::read_file(target), "edited by hand");
  options_.force = true;
  EXPECT_TRUE(import(file).written) << testing::codes(diagnostics_);
  EXPECT_NE(testing::read_file(target), "edited by hand");
}

// The seed with the answer to its second question removed.
std::string without_answer(const std::string& seed) {
  auto lines = testing::split_lines(seed);
  for (auto& line : lines) {
    if (line.starts_with("Generally no.")) line = "Is it really?";
  }
  return testing::join_lines(lines);
}

TEST_F(ArticleImport, BadInputWritesNothing) {
  const std::string seed = testing::read_seed(testing::kSpacedSeed);
  const struct {
    const char* name;
    std::string text;
    const char* code;
  } cases[] = {
      {"empty.txt", "", "empty-file"},
      {"binary.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "binary-file"},
      {"latin1.txt", testing::replace_all(seed, "\xE2\x80\x94", "\x97"), "invalid-utf8"},
      {"no-title.txt", testing::replace_all(seed, testing::split_lines(seed)[2] + "\n", ""),
       "missing-title"},
      {"no-answer.txt", without_answer(seed), "faq-without-answer"},
      {"unknown-category.txt",
       testing::replace_all(seed, "Men & Women Emotions and Feelings", "Men & Women Emotion"),
       "unknown-category"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const auto result = import(input(c.name, c.text));
    EXPECT_FALSE(result.written);
    EXPECT_TRUE(diagnostics_.contains(c.code)) << testing::codes(diagnostics_);
    ASSERT_FALSE(diagnostics_.empty());
    EXPECT_EQ(diagnostics_.items().front().path, c.name);
  }
  EXPECT_TRUE(content_files().empty());
}

TEST_F(ArticleImport, AnUnknownBreadcrumbGivesWayToTheOption) {
  const std::string seed = testing::read_seed(testing::kSpacedSeed);
  const auto file =
      input("numb.txt",
            testing::replace_all(seed, "Men & Women Emotions and Feelings", "Wellbeing Feelings"));
  options_.category = "men-women/emotions-and-feelings";
  const auto result = import(file);
  EXPECT_TRUE(result.written) << testing::codes(diagnostics_);
  EXPECT_EQ(diagnostics_.warning_count(), 1u);
  EXPECT_TRUE(diagnostics_.contains("unknown-category"));
}

TEST_F(ArticleImport, RejectsAFileOverTenMegabytesWithoutReadingIt) {
  const fs::path big = root_ / "in" / "big.txt";
  fs::create_directories(big.parent_path());
  { std::ofstream(big) << "x"; }
  fs::resize_file(big, 10 * 1024 * 1024 + 1);
  EXPECT_FALSE(import(big).written);
  EXPECT_TRUE(diagnostics_.contains("file-too-large"));
}

TEST_F(ArticleImport, AMissingFileIsAnInputOutputFailure) {
  const auto result = import(root_ / "in" / "nothing.txt");
  EXPECT_TRUE(result.io_failure);
  EXPECT_TRUE(diagnostics_.contains("file-unreadable"));
}

TEST_F(ArticleImport, ADryRunChecksAndWritesNothing) {
  options_.dry_run = true;
  const auto result =
      import(input("emotional-numbness.txt", testing::read_seed(testing::kSpacedSeed)));
  EXPECT_FALSE(result.written);
  EXPECT_FALSE(diagnostics_.has_errors()) << testing::codes(diagnostics_);
  EXPECT_EQ(result.output, "content/men-women/emotions-and-feelings/emotional-numbness.md");
  EXPECT_TRUE(content_files().empty());
}

TEST_F(ArticleImport, TheTextsReviewDateWins) {
  std::string seed = testing::read_seed(testing::kSpacedSeed);
  seed = testing::replace_all(seed, "Last reviewed by", "Last reviewed 2025-06-02 by");
  const auto result = import(input("numb.txt", seed));
  ASSERT_TRUE(result.written) << testing::codes(diagnostics_);
  EXPECT_NE(testing::read_file(site_dir_ / result.output).find("reviewed: 2025-06-02\n"),
            std::string::npos);
}

TEST(FirstSentence, CutsAtTheFirstSentenceOrAWordBoundary) {
  EXPECT_EQ(
      first_sentence("James Gross's work (1998) distinguishes strategies. Suppression costs."),
      "James Gross's work (1998) distinguishes strategies.");
  EXPECT_EQ(first_sentence("Work by J. J. Gross and O. P. John on regulation shows a cost. Then."),
            "Work by J. J. Gross and O. P. John on regulation shows a cost.");
  EXPECT_EQ(first_sentence("Short. Then a longer second sentence follows here for sure."),
            "Short. Then a longer second sentence follows here for sure.");
  EXPECT_EQ(first_sentence("one two three four five six", 12), "one two\u2026");
}

}  // namespace
}  // namespace mwp
