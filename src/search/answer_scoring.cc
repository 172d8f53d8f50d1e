#include "search/answer_scoring.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "search/index_schema.h"

namespace mwp {
namespace {

namespace schema = search_schema;

double credit(const std::unordered_set<std::string>& doc_terms, const AnswerTerm& term) {
  const auto has = [&](const std::string& t) { return doc_terms.count(t) != 0; };
  if (has(schema::prefixed_term(term.term, schema::kFaqQuestion))) return kQuestionCredit;
  for (const std::string& synonym : term.synonyms) {
    if (has(schema::prefixed_term(synonym, schema::kFaqQuestion))) return kSynonymCredit;
  }
  if (has(schema::prefixed_term(term.term, schema::kFaqAnswer)) ||
      has(schema::prefixed_term(term.term, schema::kTitle))) {
    return kAnswerCredit;
  }
  return 0;
}

}  // namespace

std::vector<AnswerTerm> answer_terms(const Xapian::Database& db, const Xapian::Query& query) {
  const double documents = static_cast<double>(db.get_doccount());
  std::vector<AnswerTerm> terms;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    AnswerTerm term;
    term.term = *it;
    const double frequency = static_cast<double>(db.get_termfreq(term.term));
    term.idf = std::log((documents + 1.0) / (frequency + 0.5));
    for (auto s = db.synonyms_begin(term.term); s != db.synonyms_end(term.term); ++s) {
      term.synonyms.push_back(*s);
    }
    terms.push_back(std::move(term));
  }
  return terms;
}

double answer_coverage(const Xapian::Document& doc, const std::vector<AnswerTerm>& terms) {
  std::unordered_set<std::string> doc_terms;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) doc_terms.insert(*it);
  double total = 0;
  double covered = 0;
  for (const AnswerTerm& term : terms) {
    total += term.idf;
    covered += term.idf * credit(doc_terms, term);
  }
  return total > 0 ? std::clamp(covered / total, 0.0, 1.0) : 0.0;
}

}  // namespace mwp
