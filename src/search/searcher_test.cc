#include "search/searcher.h"

#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include "search/index_writer.h"
#include "search/test_site.h"

namespace mwp {
namespace {

using search_test::TempDir;

class SearcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    Diagnostics diagnostics;
    ASSERT_TRUE(write_search_index(search_test::make_site(), index_dir(), diagnostics));
    searcher_ = Searcher::open(index_dir(), diagnostics).release();
    ASSERT_NE(searcher_, nullptr);
  }
  static void TearDownTestSuite() {
    delete searcher_;
    delete dir_;
  }
  static std::filesystem::path index_dir() { return dir_->path() / "public.index"; }
  static const Searcher& searcher() { return *searcher_; }

  static std::vector<std::string> urls(const SearchResult& result) {
    std::vector<std::string> out;
    for (const SearchHit& hit : result.hits) out.push_back(hit.url);
    return out;
  }

  static TempDir* dir_;
  static Searcher* searcher_;
};

TempDir* SearcherTest::dir_ = nullptr;
Searcher* SearcherTest::searcher_ = nullptr;

TEST_F(SearcherTest, FindsArticleByTitleWordsAndHighlights) {
  const SearchResult result = searcher().search({.query = "emotional numbness"});
  ASSERT_EQ(result.outcome, QueryOutcome::answered);
  ASSERT_FALSE(result.hits.empty());
  EXPECT_EQ(result.hits[0].url, "/feelings/numbness/");
  EXPECT_EQ(result.hits[0].category, "Feelings");
  EXPECT_EQ(result.hits[0].reviewed, "2025-06-02");
  EXPECT_NE(result.hits[0].snippet_html.find("<mark>"), std::string::npos);
  EXPECT_NE(std::find(result.hits[0].matched_in.begin(), result.hits[0].matched_in.end(), "title"),
            result.hits[0].matched_in.end());
  EXPECT_GT(result.hits[0].score, 0);
}

TEST_F(SearcherTest, SnippetEscapesMarkupFromContent) {
  const SearchResult result = searcher().search({.query = "numbness quoted scores"});
  ASSERT_FALSE(result.hits.empty());
  const std::string& snippet = result.hits[0].snippet_html;
  EXPECT_NE(snippet.find("5 &lt; 6 &amp; \"<mark>quoted</mark>\""), std::string::npos) << snippet;
}

TEST_F(SearcherTest, StemmingMatchesOtherWordForms) {
  EXPECT_EQ(urls(searcher().search({.query = "arguing partners"})).front(),
            "/feelings/conflict/stonewalling/");
}

TEST_F(SearcherTest, AuthorsOfCitedWorksAreSearchable) {
  const SearchResult result = searcher().search({.query = "author:gross"});
  ASSERT_EQ(urls(result), std::vector<std::string>{"/feelings/numbness/"});
}

TEST_F(SearcherTest, PagesAreSearchableAndDraftsAreNot) {
  EXPECT_EQ(urls(searcher().search({.query = "editorial team"})),
            std::vector<std::string>{"/about/"});
  EXPECT_EQ(searcher().search({.query = "zebras"}).total, 0u);
}

TEST_F(SearcherTest, CategoryFilterIncludesSubcategories) {
  const SearchResult all = searcher().search({.query = "stress OR argument OR burnout"});
  EXPECT_EQ(all.total, 3u);
  const SearchResult feelings =
      searcher().search({.query = "stress OR argument OR burnout", .category = "feelings"});
  EXPECT_EQ(feelings.total, 2u);
  const SearchResult conflict = searcher().search(
      {.query = "stress OR argument OR burnout", .category = "/feelings/conflict/"});
  EXPECT_EQ(urls(conflict), std::vector<std::string>{"/feelings/conflict/stonewalling/"});
}

TEST_F(SearcherTest, FacetsCountEachCategoryWithItsSubcategories) {
  const SearchResult result = searcher().search({.query = "stress OR argument OR burnout"});
  std::map<std::string, uint64_t> counts;
  for (const CategoryFacet& facet : result.facets) counts[facet.path] = facet.count;
  EXPECT_EQ(counts, (std::map<std::string, uint64_t>{
                        {"feelings", 2}, {"feelings/conflict", 1}, {"work", 1}}));
  EXPECT_EQ(result.facets[1].depth, 1);
  EXPECT_EQ(result.facets[1].name, "Conflict & Repair");
}

TEST_F(SearcherTest, MisspeltQueryIsCorrected) {
  const SearchResult result = searcher().search({.query = "numbnes"});
  EXPECT_EQ(result.suggestion, "numbness");
  EXPECT_TRUE(result.corrected);
  ASSERT_FALSE(result.hits.empty());
  EXPECT_EQ(result.hits[0].url, "/feelings/numbness/");

  const SearchResult exact = searcher().search({.query = "numbnes", .correct_spelling = false});
  EXPECT_EQ(exact.suggestion, "numbness");
  EXPECT_FALSE(exact.corrected);
  EXPECT_TRUE(exact.hits.empty());
}

TEST_F(SearcherTest, SynonymsBridgeReaderWords) {
  // "fights" is not in the stonewalling article; "argument" is.
  EXPECT_EQ(urls(searcher().search({.query = "fights"})).front(),
            "/feelings/conflict/stonewalling/");
}

TEST_F(SearcherTest, SortByReviewedPutsNewestFirst) {
  const SearchResult result =
      searcher().search({.query = "stress OR argument OR burnout", .sort = "reviewed"});
  EXPECT_EQ(urls(result),
            (std::vector<std::string>{"/feelings/numbness/", "/feelings/conflict/stonewalling/",
                                      "/work/burnout/"}));
}

TEST_F(SearcherTest, PaginationPastTheEndIsEmpty) {
  const SearchResult result = searcher().search({.query = "stress", .page = "99999"});
  EXPECT_EQ(result.outcome, QueryOutcome::answered);
  EXPECT_EQ(result.page, 99999u);
  EXPECT_GT(result.total, 0u);
  EXPECT_TRUE(result.hits.empty());
}

struct BadInputCase {
  std::string name;
  std::string query;
  std::string category;
  std::string page;
  QueryOutcome outcome;
  std::string error_contains;  // for bad requests
};

TEST_F(SearcherTest, BadInputGetsValidJson) {
  constexpr QueryOutcome kAnswered = QueryOutcome::answered;
  constexpr QueryOutcome kBad = QueryOutcome::bad_request;
  const BadInputCase kCases[] = {
      {"empty", "", "", "", kAnswered, ""},
      {"only spaces", "   \t ", "", "", kAnswered, ""},
      {"ten kilobytes", std::string(10240, 'a'), "", "", kBad, "too long"},
      {"ten kilobytes of words",
       [] {
         std::string q;
         while (q.size() < 10240) q += "stress ";
         return q;
       }(),
       "", "", kBad, "too long"},
      {"unbalanced quote", "\"emotional numbness", "", "", kAnswered, ""},
      {"unbalanced brackets", "(stress AND (numb", "", "", kAnswered, ""},
      {"lone operator", "AND", "", "", kAnswered, ""},
      {"operators only", "AND OR NOT", "", "", kAnswered, ""},
      {"dangling not", "stress NOT", "", "", kAnswered, ""},
      {"love hate", "+stress -burnout", "", "", kAnswered, ""},
      {"unknown prefix", "nosuchfield:value", "", "", kAnswered, ""},
      {"wildcard-like", "str* ?? **", "", "", kAnswered, ""},
      {"cyrillic", "эмоциональное онемение", "", "", kAnswered, ""},
      {"chinese", "情绪麻木", "", "", kAnswered, ""},
      {"arabic", "الخدر العاطفي", "", "", kAnswered, ""},
      {"emoji", "\xF0\x9F\x98\xA2 sad", "", "", kAnswered, ""},
      {"invalid utf8", "numb\xC3\x28ness", "", "", kBad, "UTF-8"},
      {"lone continuation", "\x80", "", "", kBad, "UTF-8"},
      {"nul byte", std::string("numb\0ness", 9), "", "", kAnswered, ""},
      {"html payload", "<script>alert('x')</script>", "", "", kAnswered, ""},
      {"unknown category", "stress", "no/such", "", kBad, "unknown category"},
      {"category invalid utf8", "stress", "\xFF", "", kBad, "UTF-8"},
      {"page -1", "stress", "", "-1", kBad, "page"},
      {"page 0", "stress", "", "0", kBad, "page"},
      {"page text", "stress", "", "two", kBad, "page"},
      {"page huge", "stress", "", "99999999999999999999", kBad, "page"},
      {"page 99999", "stress", "", "99999", kAnswered, ""},
      {"page plus", "stress", "", "+2", kBad, "page"},
  };
  for (const BadInputCase& c : kCases) {
    SCOPED_TRACE(c.name);
    const SearchResult result =
        searcher().search({.query = c.query, .category = c.category, .page = c.page});
    EXPECT_EQ(result.outcome, c.outcome);
    const nlohmann::json body = to_json(result);
    ASSERT_TRUE(body.is_object());
    EXPECT_NO_THROW((void)body.dump());
    if (c.outcome == kBad) {
      EXPECT_NE(body["error"].get<std::string>().find(c.error_contains), std::string::npos)
          << body.dump();
    } else {
      EXPECT_TRUE(body["hits"].is_array());
      EXPECT_TRUE(body["facets"].is_array());
      EXPECT_TRUE(body["query_ms"].is_number());
    }
    const AskResult ask = searcher().ask({.query = c.query});
    EXPECT_NE(ask.outcome, QueryOutcome::unavailable) << ask.error;
    EXPECT_NO_THROW((void)to_json(ask).dump());
  }
}

TEST_F(SearcherTest, JsonBodyCarriesEveryField) {
  const SearchResult result = searcher().search({.query = "burnout"});
  ASSERT_EQ(result.outcome, QueryOutcome::answered);
  const nlohmann::json body = to_json(result);
  for (const char* key : {"query", "category", "total", "page", "pages", "page_size", "hits",
                          "facets", "suggestion", "corrected", "query_ms"}) {
    EXPECT_TRUE(body.contains(key)) << key;
  }
  const nlohmann::json& hit = body["hits"][0];
  for (const char* key :
       {"title", "url", "category", "reviewed", "snippet", "score", "matched_in"}) {
    EXPECT_TRUE(hit.contains(key)) << key;
  }
  EXPECT_EQ(hit["url"], "/work/burnout/");
}

TEST_F(SearcherTest, AskReturnsTheMatchingFaqAnswer) {
  const AskResult result = searcher().ask({.query = "is being numb the same as not caring"});
  ASSERT_FALSE(result.answers.empty());
  EXPECT_EQ(result.answers[0].question, "Is feeling numb the same as not caring?");
  EXPECT_EQ(result.answers[0].article_url, "/feelings/numbness/");
  EXPECT_EQ(result.answers[0].article_title, "Emotional numbness after stress");
  EXPECT_GE(result.answers[0].score, kAnswerThreshold);
  EXPECT_EQ(result.answers[0].answer_html.rfind("<p>", 0), 0u);
}

TEST_F(SearcherTest, AskReturnsNothingForOffTopicQuestions) {
  for (const char* query : {"best pizza in town", "how do I change a car tyre", "weather tomorrow",
                            "stock market prices"}) {
    EXPECT_TRUE(searcher().ask({.query = query}).answers.empty()) << query;
  }
}

TEST_F(SearcherTest, ConcurrentQueriesAgree) {
  const std::vector<std::string> expected = urls(searcher().search({.query = "stress"}));
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) {
        if (urls(searcher().search({.query = "stress"})) != expected) ++mismatches;
        if (searcher().ask({.query = "can a holiday cure burnout"}).answers.empty()) ++mismatches;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST(SearcherOpen, MissingIndexIsReportedClearly) {
  TempDir dir;
  Diagnostics diagnostics;
  EXPECT_EQ(Searcher::open(dir.path() / "public.index", diagnostics), nullptr);
  ASSERT_TRUE(diagnostics.contains("search-index-missing"));
  EXPECT_EQ(diagnostics.items()[0].message, "search index missing: run mwp build");
}

TEST(SearcherOpen, DamagedIndexIsReported) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "x.index");
  std::ofstream(dir.path() / "x.index" / "manifest.json")
      << "{\"format\": 1, \"shards\": [\"nope\"], \"categories\": []}";
  Diagnostics diagnostics;
  EXPECT_EQ(Searcher::open(dir.path() / "x.index", diagnostics), nullptr);
  EXPECT_TRUE(diagnostics.contains("search-index-unreadable"));
}

// A rebuild swaps a new index in under an open searcher: the next query
// and question are answered from the new one, not reported unavailable.
TEST(SearcherOpen, AnswersFromAnIndexSwappedInUnderIt) {
  TempDir dir;
  const std::filesystem::path index = dir.path() / "public.index";
  Diagnostics diagnostics;
  ASSERT_TRUE(write_search_index(search_test::make_site(), index, diagnostics));
  const std::unique_ptr<Searcher> searcher = Searcher::open(index, diagnostics);
  ASSERT_NE(searcher, nullptr);
  EXPECT_EQ(searcher->search({.query = "emotional numbness"}).outcome, QueryOutcome::answered);
  ASSERT_TRUE(write_search_index(search_test::make_site(), index, diagnostics));
  for (int query = 0; query < 2; ++query) {
    const SearchResult found = searcher->search({.query = "emotional numbness"});
    EXPECT_EQ(found.outcome, QueryOutcome::answered) << found.error;
    EXPECT_FALSE(found.hits.empty());
    const AskResult asked = searcher->ask({.query = "is being numb the same as not caring"});
    EXPECT_EQ(asked.outcome, QueryOutcome::answered) << asked.error;
    EXPECT_FALSE(asked.answers.empty());
  }
}

}  // namespace
}  // namespace mwp
