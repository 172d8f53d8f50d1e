#include "cite/citation_matcher.h"

#include <algorithm>
#include <limits>

#include "text/edit_distance.h"
#include "text/utf8.h"

namespace mwp {
namespace {

enum class NameFit { none, prefix, exact };

const std::vector<PersonName>& cited_names(const Reference& reference) {
  return reference.authors.empty() ? reference.editors : reference.authors;
}

bool name_equal(const CitedName& cited, const PersonName& person) {
  const std::string surname = fold_for_matching(cited.surname);
  if (!person.literal.empty()) {
    const std::string literal = fold_for_matching(person.literal);
    return fold_for_matching(cited.written) == literal || surname == literal;
  }
  const std::string family = fold_for_matching(person.family);
  if (surname == family) return true;
  return !person.non_dropping_particle.empty() &&
         surname == fold_for_matching(person.non_dropping_particle + " " + person.family);
}

NameFit name_fit(const CitationMention& mention, const Reference& reference) {
  const std::vector<PersonName>& authors = cited_names(reference);
  if (mention.names.empty() || mention.names.size() > authors.size()) return NameFit::none;
  for (size_t i = 0; i < mention.names.size(); ++i) {
    if (!name_equal(mention.names[i], authors[i])) return NameFit::none;
  }
  if (mention.et_al) {
    return authors.size() > mention.names.size() ? NameFit::exact : NameFit::prefix;
  }
  return authors.size() == mention.names.size() ? NameFit::exact : NameFit::prefix;
}

bool year_fits(const CitationMention& mention, const Reference& reference) {
  if (!mention.has_year) return true;
  if (mention.year != reference.year) return false;
  return mention.year_suffix.empty() || mention.year_suffix == reference.year_suffix;
}

std::string person_text(const PersonName& person) {
  return fold_for_matching(person.literal.empty() ? person.family : person.literal);
}

// The closest work to an unmatched mention, if it is close enough to be a
// likely misspelling or a wrong year.
std::vector<size_t> nearest(const CitationMention& mention,
                            const std::vector<Reference>& references) {
  size_t best = references.size();
  size_t best_score = std::numeric_limits<size_t>::max();
  for (size_t r = 0; r < references.size(); ++r) {
    const std::vector<PersonName>& authors = cited_names(references[r]);
    if (authors.empty()) continue;
    const std::string first = fold_for_matching(mention.names[0].surname);
    const size_t first_distance = edit_distance(first, person_text(authors[0]));
    if (first_distance > std::max<size_t>(2, first.size() / 3)) continue;
    size_t score = first_distance * 4;
    for (size_t i = 1; i < mention.names.size(); ++i) {
      score += i < authors.size() ? edit_distance(fold_for_matching(mention.names[i].surname),
                                                  person_text(authors[i]))
                                  : 8;
    }
    if (mention.has_year && mention.year != references[r].year) score += 3;
    if (score < best_score) {
      best_score = score;
      best = r;
    }
  }
  if (best == references.size()) return {};
  return {best};
}

}  // namespace

CitationMatch match_citation(const CitationMention& mention,
                             const std::vector<Reference>& references) {
  std::vector<size_t> exact;
  std::vector<size_t> prefix;
  std::vector<size_t> other_years;
  for (size_t r = 0; r < references.size(); ++r) {
    const NameFit fit = name_fit(mention, references[r]);
    if (fit == NameFit::none) continue;
    if (!year_fits(mention, references[r])) {
      other_years.push_back(r);
    } else {
      (fit == NameFit::exact ? exact : prefix).push_back(r);
    }
  }
  const std::vector<size_t>& found = exact.empty() ? prefix : exact;
  if (found.size() == 1) return {MatchOutcome::matched, found};
  if (found.size() > 1) return {MatchOutcome::ambiguous, found};
  if (!other_years.empty()) return {MatchOutcome::year_mismatch, other_years};
  return {MatchOutcome::unmatched, nearest(mention, references)};
}

}  // namespace mwp
