// How well an FAQ entry answers a question: the share of the question's
// informative words that the entry covers, each word weighted by how rare it
// is in the index (inverse document frequency).
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace mwp {

// Credit for a query word found in the FAQ question itself, through a synonym
// in the question, or only in the answer or the article title.
inline constexpr double kQuestionCredit = 1.0;
inline constexpr double kSynonymCredit = 0.8;
inline constexpr double kAnswerCredit = 0.5;

// One distinct term of the question, with what scoring needs to know of it.
struct AnswerTerm {
  std::string term;  // as the query parser produced it: "Znumb", "levant"
  double idf = 0;    // log((N + 1) / (df + 0.5)); largest for words unknown to the index
  std::vector<std::string> synonyms;
};

// The distinct terms of `query` (parsed without synonyms) with their idf and
// synonyms in `db`.
std::vector<AnswerTerm> answer_terms(const Xapian::Database& db, const Xapian::Query& query);

// A score in [0, 1]: the idf-weighted share of `terms` found in the FAQ
// document `doc`, each credited as above. Off-topic questions, whose words
// the index does not know, score near 0.
double answer_coverage(const Xapian::Document& doc, const std::vector<AnswerTerm>& terms);

}  // namespace mwp
