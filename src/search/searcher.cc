#include "search/searcher.h"

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <map>

#include "search/answer_scoring.h"
#include "search/index_document.h"
#include "search/index_reader.h"
#include "search/index_schema.h"
#include "search/query_parsing.h"
#include "search/record_store.h"
#include "text/escape.h"
#include "text/trim.h"
#include "text/utf8.h"

namespace mwp {
namespace {

namespace schema = search_schema;
using Clock = std::chrono::steady_clock;

constexpr size_t kSnippetBytes = 260;
constexpr Xapian::doccount kAnswerCandidates = 10;

double elapsed_ms(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

Xapian::Query kind_filter(std::initializer_list<std::string_view> kinds) {
  std::vector<Xapian::Query> terms;
  for (std::string_view kind : kinds) {
    terms.emplace_back(std::string(schema::kKind) + std::string(kind));
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

// The record of the hit at `it`, read from its shard.
StoredRecord stored_record(const IndexReader& index, const Xapian::MSetIterator& it,
                           const Xapian::Document& doc) {
  return parse_record(read_record(index.shard_dir(*it), doc.get_value(schema::kRecordSlot)));
}

// The fields of `doc` in which the query's matching terms occur: one pass
// over the document's term list, looking each term up among the candidates.
std::vector<std::string> matched_fields(const Xapian::Enquire& enquire,
                                        const Xapian::MSetIterator& hit,
                                        const Xapian::Document& doc) {
  static const std::pair<std::string_view, std::string_view> kFields[] = {
      {"title", schema::kTitle},
      {"keywords", schema::kKeyword},
      {"headings", schema::kHeading},
      {"faq", schema::kFaqQuestion},
      {"authors", schema::kAuthor}};
  std::map<std::string, size_t> candidates;  // prefixed term -> index into kFields
  for (auto term = enquire.get_matching_terms_begin(hit);
       term != enquire.get_matching_terms_end(hit); ++term) {
    for (size_t field = 0; field < std::size(kFields); ++field) {
      candidates.emplace(schema::prefixed_term(*term, kFields[field].second), field);
    }
  }
  if (candidates.empty()) return {};
  std::vector<bool> found(std::size(kFields), false);
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    if (auto match = candidates.find(*it); match != candidates.end()) found[match->second] = true;
  }
  std::vector<std::string> fields;
  for (size_t field = 0; field < std::size(kFields); ++field) {
    if (found[field]) fields.emplace_back(kFields[field].first);
  }
  if (fields.empty()) fields.emplace_back("body");
  return fields;
}

SearchHit make_hit(const IndexReader& index, const Xapian::MSet& mset,
                   const Xapian::Enquire& enquire, const Xapian::MSetIterator& it) {
  const Xapian::Document doc = it.get_document();
  const StoredRecord record = stored_record(index, it, doc);
  const nlohmann::json& data = record.data;
  SearchHit hit;
  hit.kind = data.value("kind", "article");
  hit.title = data.value("title", "");
  hit.url = data.value("url", "");
  hit.category = data.value("category", "");
  hit.category_path = data.value("category_path", "");
  hit.category_url = data.value("category_url", "");
  hit.reviewed = data.value("reviewed", "");
  hit.description = data.value("description", "");
  hit.snippet_html = mset.snippet(record.snippet_text, kSnippetBytes, schema::stemmer(), 0,
                                  "<mark>", "</mark>", "\xE2\x80\xA6");
  hit.matched_in = matched_fields(enquire, it, doc);
  hit.score = it.get_weight();
  hit.percent = it.get_percent();
  return hit;
}

std::vector<CategoryFacet> facets_from(const Xapian::ValueCountMatchSpy& spy,
                                       const IndexReader& index) {
  const std::vector<IndexCategory>& categories = index.categories();
  std::vector<uint64_t> counts(categories.size(), 0);
  for (auto value = spy.values_begin(); value != spy.values_end(); ++value) {
    std::optional<size_t> at = index.find_category(*value);
    for (; at; at = categories[*at].parent) counts[*at] += value.get_termfreq();
  }
  std::vector<CategoryFacet> facets;
  for (size_t i = 0; i < categories.size(); ++i) {
    if (counts[i] == 0) continue;
    facets.push_back({categories[i].path, categories[i].name, categories[i].url,
                      categories[i].depth, counts[i]});
  }
  return facets;
}

// A query the index could not answer: it was swapped away twice, or damaged.
template <typename Result>
void unavailable(Result& result, const Xapian::Error& error) {
  result.outcome = QueryOutcome::unavailable;
  result.error = "search index unavailable: " + error.get_description() + " (run mwp build)";
}

// Checks the request; on a problem marks it a bad request with its error, and returns false.
bool validate(const SearchRequest& request, const IndexReader& index, SearchResult& result,
              size_t& page) {
  auto reject = [&](std::string message) {
    result.outcome = QueryOutcome::bad_request;
    result.error = std::move(message);
    return false;
  };
  if (auto problem = query_problem(request.query)) return reject(*problem);
  result.query = request.query;
  if (find_invalid_utf8(request.category)) return reject("category is not valid UTF-8");
  result.category = normalise_category(request.category);
  if (!result.category.empty() && !index.find_category(result.category)) {
    return reject("unknown category: " + result.category);
  }
  const std::optional<size_t> parsed_page =
      parse_page(std::string(trim(request.page, kWhitespace)));
  if (!parsed_page) return reject("page must be a whole number from 1 to 1000000");
  page = *parsed_page;
  if (!request.sort.empty() && request.sort != "relevance" && request.sort != "reviewed") {
    return reject("sort must be relevance or reviewed");
  }
  return true;
}

void run_search(Xapian::Database& db, const IndexReader& index, const SearchRequest& request,
                SearchResult& result) {
  ParsedQuery parsed = parse_reader_query(db, std::string(trim(request.query, kWhitespace)),
                                          QuerySyntax::full, true);
  if (!parsed.correction.empty()) {
    result.suggestion = parsed.correction;
  }
  if (!parsed.correction.empty() && request.correct_spelling) {
    ParsedQuery corrected = parse_reader_query(db, parsed.correction, QuerySyntax::full, true);
    if (!corrected.query.empty()) {
      parsed = std::move(corrected);
      result.corrected = true;
    }
  }
  if (parsed.query.empty()) return;
  Xapian::Query filter = kind_filter({"article", "page"});
  if (!result.category.empty()) {
    filter = Xapian::Query(Xapian::Query::OP_FILTER, filter,
                           Xapian::Query(std::string(schema::kCategory) + result.category));
  }
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(schema::ranking_weight());
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, parsed.query, filter));
  if (request.sort == "reviewed")
    enquire.set_sort_by_value_then_relevance(schema::kReviewedSlot, true);
  Xapian::ValueCountMatchSpy spy(schema::kCategorySlot);
  enquire.add_matchspy(&spy);
  const Xapian::MSet mset =
      enquire.get_mset(static_cast<Xapian::doccount>((result.page - 1) * kSearchPageSize),
                       kSearchPageSize, db.get_doccount());
  result.total = mset.get_matches_estimated();
  result.pages = static_cast<size_t>((result.total + kSearchPageSize - 1) / kSearchPageSize);
  for (auto it = mset.begin(); it != mset.end(); ++it)
    result.hits.push_back(make_hit(index, mset, enquire, it));
  result.facets = facets_from(spy, index);
}

// The spelling correction of `original` keeping words shorter than five
// letters as typed: at edit distance two, short words "correct" to unrelated
// ones ("car" -> "can"), which would let off-topic questions match.
std::string cautious_correction(const std::string& original, const std::string& corrected) {
  const std::vector<std::string> typed = split_on_spaces(original);
  std::vector<std::string> fixed = split_on_spaces(corrected);
  if (typed.size() != fixed.size()) return original;
  std::string out;
  for (size_t i = 0; i < fixed.size(); ++i) {
    if (i > 0) out += ' ';
    out += typed[i].size() < 5 ? typed[i] : fixed[i];
  }
  return out;
}

void run_ask(Xapian::Database& db, const IndexReader& index, const AskRequest& request,
             AskResult& result) {
  std::string text = std::string(trim(request.query, kWhitespace));
  ParsedQuery parsed = parse_reader_query(db, text, QuerySyntax::plain, true);
  if (!parsed.correction.empty()) {
    text = cautious_correction(text, parsed.correction);
    parsed = parse_reader_query(db, text, QuerySyntax::plain, true);
  }
  if (parsed.query.empty()) return;
  const std::vector<AnswerTerm> terms =
      answer_terms(db, parse_reader_query(db, text, QuerySyntax::plain, false).query);
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(schema::ranking_weight());
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, parsed.query, kind_filter({"faq"})));
  const Xapian::MSet mset = enquire.get_mset(0, kAnswerCandidates);
  std::vector<std::pair<Answer, double>> scored;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const nlohmann::json data = stored_record(index, it, it.get_document()).data;
    Answer answer;
    answer.question = data.value("title", "");
    answer.answer_text = data.value("answer", "");
    answer.article_title = data.value("article_title", "");
    const double coverage = answer_coverage(
        faq_scoring_document(answer.question, answer.answer_text, answer.article_title), terms);
    if (coverage < request.threshold) continue;
    answer.article_url = data.value("article_url", "");
    answer.score = coverage;
    scored.emplace_back(std::move(answer), it.get_weight());
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    return a.first.score != b.first.score ? a.first.score > b.first.score : a.second > b.second;
  });
  for (auto& [answer, weight] : scored) {
    if (result.answers.size() >= request.limit) break;
    size_t start = 0;
    const std::string& plain = answer.answer_text;
    while (start < plain.size()) {
      size_t end = plain.find('\n', start);
      if (end == std::string::npos) end = plain.size();
      if (end > start)
        answer.answer_html += "<p>" + html_escape(plain.substr(start, end - start)) + "</p>";
      start = end + 1;
    }
    result.answers.push_back(std::move(answer));
  }
}

// Runs `run` with a borrowed database and a copy of `result`, which it
// fills, and keeps the copy when `run` returns. A handle whose index was
// swapped away under it fails once: the run is tried again on a fresh one,
// and a second failure leaves `result` marked unavailable.
template <typename Result, typename Run>
void on_fresh_handle(IndexReader& index, Result& result, const Run& run) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    IndexReader::Handle handle = index.borrow();
    try {
      Result fresh = result;
      run(handle.db(), fresh);
      result = std::move(fresh);
      return;
    } catch (const Xapian::Error& e) {
      handle.discard();
      if (attempt == 1) unavailable(result, e);
    }
  }
}
}  // namespace

Searcher::Searcher(std::unique_ptr<IndexReader> index) : index_(std::move(index)) {}
Searcher::~Searcher() = default;

std::unique_ptr<Searcher> Searcher::open(const std::filesystem::path& index_dir,
                                         Diagnostics& diagnostics) {
  std::unique_ptr<IndexReader> index = IndexReader::open(index_dir, diagnostics);
  if (!index) return nullptr;
  return std::unique_ptr<Searcher>(new Searcher(std::move(index)));
}

uint64_t Searcher::document_count() const {
  return index_->document_count();
}
const std::filesystem::path& Searcher::index_dir() const {
  return index_->dir();
}

SearchResult Searcher::search(const SearchRequest& request) const {
  const Clock::time_point start = Clock::now();
  SearchResult result;
  if (validate(request, *index_, result, result.page) &&
      !std::string(trim(request.query, kWhitespace)).empty()) {
    on_fresh_handle(*index_, result, [&](Xapian::Database& db, SearchResult& fresh) {
      run_search(db, *index_, request, fresh);
    });
  }
  result.query_ms = elapsed_ms(start);
  return result;
}

AskResult Searcher::ask(const AskRequest& request) const {
  const Clock::time_point start = Clock::now();
  AskResult result;
  if (auto problem = query_problem(request.query)) {
    result.outcome = QueryOutcome::bad_request;
    result.error = *problem;
  } else {
    result.query = request.query;
    if (!std::string(trim(request.query, kWhitespace)).empty()) {
      on_fresh_handle(*index_, result, [&](Xapian::Database& db, AskResult& fresh) {
        run_ask(db, *index_, request, fresh);
      });
    }
  }
  result.query_ms = elapsed_ms(start);
  return result;
}

}  // namespace mwp
