#include "search/index_writer.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "search/content_hashes.h"
#include "search/search_document.h"
#include "search/searcher.h"
#include "search/test_site.h"

namespace mwp {
namespace {

using search_test::TempDir;

// collect_search_documents() of a site whose text the model holds.
std::vector<SearchDocument> documents_of(const Site& site) {
  Diagnostics diagnostics;
  auto docs = collect_search_documents(site, diagnostics);
  EXPECT_TRUE(docs.has_value());
  return docs ? std::move(*docs) : std::vector<SearchDocument>{};
}

nlohmann::json read_manifest(const std::filesystem::path& index_dir) {
  std::ifstream in(index_dir / "manifest.json");
  return nlohmann::json::parse(in);
}

std::vector<std::string> top_urls(const Searcher& searcher, const std::string& query) {
  std::vector<std::string> urls;
  for (const SearchHit& hit : searcher.search({.query = query}).hits) urls.push_back(hit.url);
  return urls;
}

std::vector<std::string> top_snippets(const Searcher& searcher, const std::string& query) {
  std::vector<std::string> snippets;
  for (const SearchHit& hit : searcher.search({.query = query}).hits) {
    snippets.push_back(hit.snippet_html);
  }
  return snippets;
}

TEST(WriteSearchIndex, ShardedIndexAnswersLikeASingleDatabase) {
  TempDir dir;
  const Site site = search_test::make_site();
  Diagnostics diagnostics;
  ASSERT_TRUE(write_search_index(site, dir.path() / "one", IndexOptions{1}, diagnostics));
  ASSERT_TRUE(write_search_index(site, dir.path() / "three", IndexOptions{3}, diagnostics));
  EXPECT_EQ(read_manifest(dir.path() / "three")["shards"].size(), 3u);
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "three" / "XAPIANDB"));
  auto one = Searcher::open(dir.path() / "one", diagnostics);
  auto three = Searcher::open(dir.path() / "three", diagnostics);
  ASSERT_TRUE(one && three);
  EXPECT_EQ(one->document_count(), three->document_count());
  for (const char* query : {"stress", "burnout", "argument partner", "numbnes"}) {
    EXPECT_EQ(top_urls(*one, query), top_urls(*three, query)) << query;
    // Each hit's snippet comes from its own shard's snippet file.
    EXPECT_EQ(top_snippets(*one, query), top_snippets(*three, query)) << query;
  }
  for (const std::string& snippet : top_snippets(*three, "stress")) {
    EXPECT_NE(snippet.find("<mark>"), std::string::npos) << snippet;
  }
  EXPECT_EQ(three->search({.query = "numbnes"}).suggestion, "numbness");
  EXPECT_FALSE(three->ask({.query = "can a holiday cure burnout"}).answers.empty());
}

TEST(WriteSearchIndex, IndexesArticlesPagesAndFaqEntries) {
  TempDir dir;
  Diagnostics diagnostics;
  ASSERT_TRUE(write_search_index(search_test::make_site(), dir.path() / "i", diagnostics));
  auto searcher = Searcher::open(dir.path() / "i", diagnostics);
  ASSERT_TRUE(searcher);
  // 3 published articles + 1 page + 4 FAQ entries; the draft is left out.
  EXPECT_EQ(searcher->document_count(), 8u);
  EXPECT_EQ(read_content_hashes(dir.path() / "i" / kContentHashesFile)->size(), 8u);
}

TEST(WriteSearchIndex, RebuildReplacesThePreviousIndex) {
  TempDir dir;
  Site site = search_test::make_site();
  Diagnostics diagnostics;
  ASSERT_TRUE(write_search_index(site, dir.path() / "i", diagnostics));
  site.articles[2].title = "Occupational exhaustion";
  ASSERT_TRUE(write_search_index(site, dir.path() / "i", diagnostics));
  auto searcher = Searcher::open(dir.path() / "i", diagnostics);
  ASSERT_TRUE(searcher);
  EXPECT_EQ(top_urls(*searcher, "occupational").front(), "/work/burnout/");
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    EXPECT_EQ(entry.path().filename(), "i") << "staging folder left behind";
  }
}

// The test site with `extra` more articles, so that one change is a small
// share of the documents.
Site larger_site(size_t extra) {
  Site site = search_test::make_site();
  for (size_t i = 0; i < extra; ++i) {
    const std::string n = std::to_string(i);
    site.articles.push_back(
        search_test::make_article(2, "/work/filler-" + n + "/", "Filler " + n, "Filler.",
                                  "Meetings and deadlines " + n + ".", "2024-01-01", {}));
  }
  return site;
}

// Docid of the document with `id` in the single-shard index `index_dir`.
Xapian::docid docid_of(const std::filesystem::path& index_dir, const std::string& id) {
  Xapian::Database db((index_dir / "shard-0").string());
  auto posting = db.postlist_begin("Q" + id);
  return posting == db.postlist_end("Q" + id) ? 0 : *posting;
}

TEST(WriteSearchIndex, RebuildReindexesOnlyChangedDocuments) {
  TempDir dir;
  const std::filesystem::path index = dir.path() / "i";
  Site site = larger_site(20);
  Diagnostics diagnostics;
  ASSERT_TRUE(write_search_index(site, index, IndexOptions{1}, diagnostics));
  const Xapian::docid last = Xapian::Database((index / "shard-0").string()).get_lastdocid();
  const Xapian::docid numbness = docid_of(index, "article:/feelings/numbness/");
  site.articles[2].title = "Occupational exhaustion";
  site.articles.erase(site.articles.begin() + 1);  // stonewalling and its FAQ entry
  ASSERT_TRUE(write_search_index(site, index, IndexOptions{1}, diagnostics));
  EXPECT_EQ(docid_of(index, "article:/feelings/numbness/"), numbness);  // reused
  EXPECT_GT(docid_of(index, "article:/work/burnout/"), last);           // reindexed
  EXPECT_GT(docid_of(index, "faq:/work/burnout/#1"), last);             // its article title changed
  EXPECT_EQ(docid_of(index, "article:/feelings/conflict/stonewalling/"), 0u);
  auto searcher = Searcher::open(index, diagnostics);
  ASSERT_TRUE(searcher);
  EXPECT_EQ(searcher->document_count(), documents_of(site).size());
  EXPECT_EQ(top_urls(*searcher, "occupational").front(), "/work/burnout/");
  EXPECT_TRUE(top_urls(*searcher, "stonewalling").empty());
  for (const std::string& snippet : top_snippets(*searcher, "numbness")) {
    EXPECT_NE(snippet.find("<mark>"), std::string::npos) << snippet;  // reused and new alike
  }
  EXPECT_EQ(read_content_hashes(index / kContentHashesFile)->size(), searcher->document_count());
}

TEST(WriteSearchIndex, OtherShardCountBuildsAfresh) {
  TempDir dir;
  const std::filesystem::path index = dir.path() / "i";
  const Site site = larger_site(20);
  Diagnostics diagnostics;
  ASSERT_TRUE(write_search_index(site, index, IndexOptions{1}, diagnostics));
  ASSERT_TRUE(write_search_index(site, index, IndexOptions{2}, diagnostics));
  EXPECT_EQ(read_manifest(index)["shards"].size(), 2u);
  auto searcher = Searcher::open(index, diagnostics);
  ASSERT_TRUE(searcher);
  EXPECT_EQ(searcher->document_count(), documents_of(site).size());
  EXPECT_EQ(top_urls(*searcher, "burnout").front(), "/work/burnout/");
}

TEST(WriteSearchIndex, UnwritableLocationIsADiagnostic) {
  TempDir dir;
  std::ofstream(dir.path() / "file") << "x";
  Diagnostics diagnostics;
  EXPECT_FALSE(
      write_search_index(search_test::make_site(), dir.path() / "file" / "i", diagnostics));
  EXPECT_TRUE(diagnostics.has_errors());
}

TEST(ContentHash, ChangesWithContentOnly) {
  const Site site = search_test::make_site();
  const std::vector<SearchDocument> a = documents_of(site);
  const std::vector<SearchDocument> b = documents_of(site);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].content_hash(), b[i].content_hash());
  Site changed = site;
  changed.articles[0].sections[0].body.markdown += " One more sentence.";
  const std::vector<SearchDocument> c = documents_of(changed);
  EXPECT_NE(a[0].content_hash(), c[0].content_hash());
  EXPECT_EQ(a[1].content_hash(), c[1].content_hash());
}

TEST(CollectSearchDocuments, FlattensArticleFields) {
  const std::vector<SearchDocument> docs = documents_of(search_test::make_site());
  ASSERT_GE(docs.size(), 1u);
  const SearchDocument& numbness = docs[0];
  EXPECT_EQ(numbness.id, "article:/feelings/numbness/");
  EXPECT_EQ(numbness.category_filters, (std::vector<std::string>{"feelings"}));
  EXPECT_EQ(numbness.authors, std::vector<std::string>{"James J. Gross"});
  EXPECT_EQ(numbness.faq_questions.size(), 2u);
  EXPECT_EQ(numbness.body.find('*'), std::string::npos);
  const SearchDocument& stonewalling = docs[1];
  EXPECT_EQ(stonewalling.category_filters,
            (std::vector<std::string>{"feelings", "feelings/conflict"}));
  EXPECT_EQ(docs.back().kind, SearchKind::faq);
  EXPECT_EQ(docs.back().article_url, "/work/burnout/");
}

}  // namespace
}  // namespace mwp
