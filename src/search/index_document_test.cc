#include "search/index_document.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "search/index_schema.h"
#include "search/test_site.h"

namespace mwp {
namespace {

std::set<std::string> terms_of(const Xapian::Document& doc) {
  return {doc.termlist_begin(), doc.termlist_end()};
}

// Spelling data needs a database to go to (the in-memory backend has no
// spelling table).
Xapian::Document indexed(const SearchDocument& doc) {
  const search_test::TempDir dir;
  Xapian::WritableDatabase db((dir.path() / "db").string(),
                              Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
  Xapian::TermGenerator terms = make_term_generator();
  terms.set_database(db);
  return make_index_document(terms, doc);
}

SearchDocument article() {
  SearchDocument doc;
  doc.kind = SearchKind::article;
  doc.id = "article:/a/";
  doc.title = "Suppressing feelings";
  doc.headings = {"The nuance"};
  doc.body = "People who suppress their emotions report more stress.";
  doc.faq_questions = {"Is crying healthy?"};
  doc.faq_answers = {"Often it is."};
  doc.authors = {"James J. Gross"};
  doc.category_filters = {"emotions"};
  doc.reviewed = "2024-05-01";
  return doc;
}

SearchDocument faq_entry() {
  SearchDocument doc;
  doc.kind = SearchKind::faq;
  doc.id = "faq:/a/#1";
  doc.title = "Is crying healthy?";
  doc.answer = "Often it relieves stress.";
  doc.article_title = "Suppressing feelings";
  doc.category_filters = {"emotions"};  // /api/ask does not filter by category
  doc.reviewed = "2024-05-01";
  return doc;
}

struct TermCase {
  const char* what;
  Xapian::Document (*make)();
  const char* term;
  bool present;
};

const TermCase kCases[] = {
    {"article body stem", [] { return indexed(article()); }, "Zsuppress", true},
    {"no unstemmed copy", [] { return indexed(article()); }, "suppress", false},
    {"no unstemmed title word", [] { return indexed(article()); }, "feelings", false},
    {"stop words count too", [] { return indexed(article()); }, "Zwho", true},
    {"title field", [] { return indexed(article()); }, "ZSsuppress", true},
    {"heading field", [] { return indexed(article()); }, "ZXHnuanc", true},
    {"question field", [] { return indexed(article()); }, "ZXQcri", true},
    {"author field", [] { return indexed(article()); }, "ZAgross", true},
    {"FAQ answer counts for its article", [] { return indexed(article()); }, "Zoften", true},
    {"FAQ answer has no XA in the article", [] { return indexed(article()); }, "ZXAoften", false},
    {"FAQ entry: plain question words", [] { return indexed(faq_entry()); }, "Zcri", true},
    {"FAQ entry: plain article title", [] { return indexed(faq_entry()); }, "Zsuppress", true},
    {"FAQ entry: no question field", [] { return indexed(faq_entry()); }, "ZXQcri", false},
    {"FAQ entry: no answer field", [] { return indexed(faq_entry()); }, "ZXAstress", false},
    {"FAQ entry: kind filter", [] { return indexed(faq_entry()); }, "XKfaq", true},
    {"article: category filter", [] { return indexed(article()); }, "XCemotions", true},
    {"FAQ entry: no category filter", [] { return indexed(faq_entry()); }, "XCemotions", false},
    {"scoring: question field",
     [] {
       return faq_scoring_document("Is crying healthy?", "Often it relieves stress.",
                                   "Suppressing feelings");
     },
     "ZXQcri", true},
    {"scoring: answer field",
     [] { return faq_scoring_document("Is crying healthy?", "It relieves stress.", "T"); },
     "ZXAstress", true},
    {"scoring: article title field",
     [] { return faq_scoring_document("Q?", "A.", "Suppressing feelings"); }, "ZSsuppress", true},
    {"scoring: no plain terms",
     [] { return faq_scoring_document("Is crying healthy?", "A.", "T"); }, "Zcri", false},
};

TEST(IndexDocument, TermsPerField) {
  for (const TermCase& c : kCases) {
    EXPECT_EQ(terms_of(c.make()).count(c.term) == 1, c.present) << c.what << ": " << c.term;
  }
}

TEST(IndexDocument, BodyWordsHavePositionsForPhrases) {
  const Xapian::Document doc = indexed(article());
  auto term = doc.termlist_begin();
  term.skip_to("Zemot");
  ASSERT_EQ(*term, "Zemot");
  EXPECT_GT(term.positionlist_count(), 0u);
}

TEST(IndexDocument, RecordsRoundTripWhatHitsAndAnswersShow) {
  const search_test::TempDir dir;
  SearchDocument with_nul = article();
  with_nul.title = std::string("Odd\0title", 9);  // JSON escapes it: the NUL stays the separator
  struct {
    const char* what;
    SearchDocument doc;
    const char* field;
    std::string value;
    std::string snippet_text;
  } cases[] = {
      {"article", article(), "title", "Suppressing feelings", article().snippet_source()},
      {"faq entry", faq_entry(), "answer", "Often it relieves stress.", ""},
      {"nul in data", with_nul, "title", std::string("Odd\0title", 9), article().snippet_source()},
  };
  for (const auto& c : cases) {
    std::string location;
    {
      RecordWriter records(dir.path());
      location = store_record(records, c.doc);
    }
    const StoredRecord record = parse_record(read_record(dir.path(), location));
    EXPECT_EQ(record.data.value(c.field, ""), c.value) << c.what;
    EXPECT_EQ(record.data.value("url", "?"), c.doc.url) << c.what;
    EXPECT_EQ(record.snippet_text, c.snippet_text) << c.what;
  }
  EXPECT_TRUE(parse_record("").data.is_object());
  EXPECT_TRUE(parse_record("not json").data.empty());
}

TEST(IndexDocument, DocumentsNameTheirRecordAndHoldNoData) {
  const search_test::TempDir dir;
  Xapian::WritableDatabase db((dir.path() / "db").string(),
                              Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
  Xapian::TermGenerator terms = make_term_generator();
  terms.set_database(db);
  const Xapian::Document doc = make_index_document(terms, article(), "0123456789abcdef 30 4");
  EXPECT_EQ(doc.get_value(search_schema::kRecordSlot), "0123456789abcdef 30 4");
  EXPECT_EQ(doc.get_value(search_schema::kReviewedSlot), "2024-05-01");
  EXPECT_EQ(doc.get_data(), "");
  // An FAQ entry keeps only its record: facets and the date sort are for articles.
  const Xapian::Document faq = make_index_document(terms, faq_entry(), "0123456789abcdef 40 4");
  EXPECT_EQ(faq.get_value(search_schema::kRecordSlot), "0123456789abcdef 40 4");
  EXPECT_EQ(faq.values_count(), 1u);
}

}  // namespace
}  // namespace mwp
