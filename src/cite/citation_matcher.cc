#include "cite/citation_matcher.h"

#include <algorithm>
#include <limits>
#include <span>

#include "cite/apa_fields.h"
#include "cite/group_names.h"
#include "cite/name_group.h"
#include "cite/name_text.h"
#include "cite/title_abbreviation.h"
#include "text/edit_distance.h"
#include "text/utf8.h"
#include "text/word_set.h"

namespace mwp {
namespace {

// How a mention's names fit a work's authors. `in_order`, a weak fit taken
// only when no work fits better: the first author, then later ones with some
// passed over; family names first; a two-word group's first word.
enum class NameFit { none, in_order, prefix, exact, et_al_misused };

const std::vector<PersonName>& cited_names(const Reference& reference) {
  return reference.authors.empty() ? reference.editors : reference.authors;
}

// "Carolyn and Philip Cowan": a given name alone, sharing the surname of
// the next name, for an author of that surname whose initial it has.
bool shares_next_surname(const CitationMention& mention, size_t i, const PersonName& person) {
  if (i + 1 >= mention.names.size() || !person.literal.empty() || person.given.empty()) {
    return false;
  }
  const CitedName& alone = mention.names[i];
  const CitedName& next = mention.names[i + 1];
  return alone.initials.empty() && !next.initials.empty() && !alone.acronym &&
         alone.written == alone.surname && alone.surname.find(' ') == std::string::npos &&
         fold_for_matching(next.surname) == fold_for_matching(person.family) &&
         alone.surname.front() == person.given.front();
}

// "Dworzynski and Happé, with colleagues (2012)": the first author, then
// later ones in their order (a lab's head is often named last), with more
// authors than are named.
bool names_in_order(const CitationMention& mention, const std::vector<PersonName>& authors,
                    const GroupAbbreviations& abbreviations) {
  if (mention.names.size() < 2 || mention.names.size() >= authors.size() ||
      !name_equal(mention.names[0], authors[0], abbreviations)) {
    return false;
  }
  size_t a = 1;
  for (size_t i = 1; i < mention.names.size(); ++i) {
    while (a < authors.size() && !name_equal(mention.names[i], authors[a], abbreviations)) ++a;
    if (a == authors.size()) return false;
    ++a;
  }
  return true;
}

// A work with no author, cited by the first words of its title.
NameFit title_fit(const CitationMention& mention, const Reference& reference) {
  if (!cited_names(reference).empty()) return NameFit::none;
  const std::string title = fold_to_letters_and_digits(reference.title);
  const std::string cited = fold_to_letters_and_digits(mention.title);
  return !cited.empty() && title.starts_with(cited) ? NameFit::exact : NameFit::none;
}

// "Kawakami Norito and Haratani Takashi (1999)", "Lu Luo and her colleagues
// (2006)", "Kawachi Ichiro and Lisa Berkman (2001)": East Asian names in
// their own order, family name first, one for each author named, in order,
// beside names as written, with a date. A weaker fit than the names as
// written.
bool family_names_first(const CitationMention& mention, const std::vector<PersonName>& authors,
                        const GroupAbbreviations& abbreviations) {
  // A name without a date is too often a given name and a surname: "James
  // Gross's process model" is not James, N.'s.
  if (!mention.has_year && mention.named_year == 0) return false;
  bool reversed = false;
  for (size_t i = 0; i < mention.names.size(); ++i) {
    if (family_name_first(mention.names[i], authors[i])) {
      reversed = true;
    } else if (!name_equal(mention.names[i], authors[i], abbreviations)) {
      return false;
    }
  }
  return reversed;
}

NameFit name_fit(const CitationMention& mention, const Reference& reference,
                 const GroupAbbreviations& abbreviations) {
  if (!mention.title.empty()) return title_fit(mention, reference);
  if (!mention.abbreviated_title.empty()) {
    return abbreviates_title(mention.abbreviated_title, reference) ? NameFit::exact : NameFit::none;
  }
  const std::vector<PersonName>& authors = cited_names(reference);
  if (is_split_group(mention, authors)) {
    if (mention.et_al && authors.size() <= 2) return NameFit::et_al_misused;
    return authors.size() == 1 || mention.et_al || mention.names.size() >= authors.size()
               ? NameFit::exact
               : NameFit::prefix;
  }
  if (mention.names.empty() || mention.names.size() > authors.size()) return NameFit::none;
  for (size_t i = 0; i < mention.names.size(); ++i) {
    if (!name_equal(mention.names[i], authors[i], abbreviations) &&
        !shares_next_surname(mention, i, authors[i])) {
      return (mention.et_al && names_in_order(mention, authors, abbreviations)) ||
                     family_names_first(mention, authors, abbreviations)
                 ? NameFit::in_order
                 : NameFit::none;
    }
  }
  // Undated, "the Age of Anxiety" names no Age UK.
  if (mention.names.size() == 1 && first_of_two_words(mention.names[0], authors[0].literal)) {
    return mention.has_year || mention.named_year != 0 ? NameFit::in_order : NameFit::none;
  }
  if (mention.et_al) {
    // A list cut short ("Hudson, J. I., et al.") has more authors than it names.
    if (authors.size() <= 2 && !reference.authors_truncated) return NameFit::et_al_misused;
    return authors.size() > mention.names.size() ? NameFit::exact : NameFit::prefix;
  }
  return authors.size() == mention.names.size() ? NameFit::exact : NameFit::prefix;
}

bool year_fits(const CitationMention& mention, const Reference& reference) {
  if (!mention.has_year) return true;
  if (mention.in_press != reference.in_press || mention.year != reference.year ||
      mention.year_end != reference.year_end) {
    return false;
  }
  if (mention.original_year != 0 && reference.original_year != 0 &&
      mention.original_year != reference.original_year) {
    return false;
  }
  return mention.year_suffix.empty() || mention.year_suffix == reference.year_suffix;
}

// Candidates whose first author's initials agree with those written ("J. Smith").
std::vector<size_t> by_initials(const CitationMention& mention, const std::vector<size_t>& found,
                                const std::vector<Reference>& references) {
  if (mention.names.empty() || mention.names.front().initials.empty()) return found;
  const std::string& written = mention.names.front().initials;
  std::vector<size_t> kept;
  for (size_t r : found) {
    const std::vector<PersonName>& authors = cited_names(references[r]);
    if (authors.empty() || !authors[0].literal.empty()) continue;
    const std::string initials = apa_initials(authors[0].given);
    if (!initials.empty() && initials.front() == written.front()) kept.push_back(r);
  }
  return kept.empty() ? found : kept;
}

std::string person_text(const PersonName& person) {
  return fold_for_matching(person.literal.empty() ? person.family : person.literal);
}

// The one work of the year of `mention`, which names one researcher or
// group, for which `fits` holds. Empty when no work, or several, fit.
template <typename Fits>
std::vector<size_t> only_work_of_year(const CitationMention& mention,
                                      const std::vector<Reference>& references, Fits fits) {
  if (mention.names.size() != 1 || !mention.has_year) return {};
  const std::string name = fold_for_matching(mention.names[0].surname);
  std::vector<size_t> found;
  for (size_t r = 0; r < references.size(); ++r) {
    if (references[r].year == mention.year && fits(references[r], name)) found.push_back(r);
  }
  return found.size() == 1 ? found : std::vector<size_t>{};
}

// "Retzinger (1991)" for Scheff & Retzinger (1991): the one work of that
// year that the researcher named alone wrote, but not first.
std::vector<size_t> co_authored(const CitationMention& mention,
                                const std::vector<Reference>& references) {
  return only_work_of_year(mention, references, [](const Reference& work, const std::string& name) {
    const std::vector<PersonName>& authors = cited_names(work);
    return std::any_of(authors.begin() + (authors.empty() ? 0 : 1), authors.end(),
                       [&name](const PersonName& author) {
                         return author.literal.empty() && person_text(author) == name;
                       });
  });
}

// "(Mission Australia, 2022)" for Leung et al. (2022), which Mission
// Australia published: the one work of that year whose publisher the
// mention names.
std::vector<size_t> published_by(const CitationMention& mention,
                                 const std::vector<Reference>& references) {
  return only_work_of_year(mention, references, [](const Reference& work, const std::string& name) {
    return !work.publisher.empty() && fold_for_matching(work.publisher) == name;
  });
}

// A surname as written in prose, without its particle, folded as
// person_text() folds a listed name: "van Baarson" -> "baarson", and "Van
// der Merve", its particle capitalised at a sentence's start, -> "merve".
std::string surname_text(std::string_view surname) {
  std::string lowered(surname);
  const size_t space = lowered.find(' ');
  if (space != std::string::npos && lowered[0] >= 'A' && lowered[0] <= 'Z') {
    lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
    if (!is_particle_text(lowered.substr(0, space))) lowered = std::string(surname);
  }
  return fold_for_matching(person_from_family(lowered).family);
}

// "Bozon and Bajos (2008)" for Bajos & Bozon (2008): the one work of the
// year whose first authors are the names, in another order.
std::vector<size_t> names_reordered(const CitationMention& mention,
                                    const std::vector<Reference>& references,
                                    const GroupAbbreviations& abbreviations) {
  const size_t named = mention.names.size();
  if (named < 2 || !mention.has_year) return {};
  std::vector<size_t> found;
  for (size_t r = 0; r < references.size(); ++r) {
    const std::vector<PersonName>& authors = cited_names(references[r]);
    if (authors.size() < named || !year_fits(mention, references[r])) continue;
    const auto first_authors = std::span(authors).first(named);
    if (std::all_of(mention.names.begin(), mention.names.end(), [&](const CitedName& name) {
          return std::any_of(first_authors.begin(), first_authors.end(), [&](const PersonName& a) {
            return name_equal(name, a, abbreviations);
          });
        })) {
      found.push_back(r);
    }
  }
  return found.size() == 1 ? found : std::vector<size_t>{};
}

// The closest work to an unmatched mention, if it is close enough to be a
// likely misspelling or a wrong year, or written by the name as a co-author.
std::vector<size_t> nearest(const CitationMention& mention,
                            const std::vector<Reference>& references) {
  if (mention.names.empty()) return {};
  size_t best = references.size();
  size_t best_score = std::numeric_limits<size_t>::max();
  const std::string first = surname_text(mention.names[0].surname);
  for (size_t r = 0; r < references.size(); ++r) {
    const std::vector<PersonName>& authors = cited_names(references[r]);
    if (authors.empty()) continue;
    const std::string family = person_text(authors[0]);
    // "Mangweth" for "Mangweth-Matzek": a double surname cut short.
    const bool cut_short = family.starts_with(first + "-");
    const size_t first_distance = cut_short ? 1 : edit_distance(first, family);
    if (first_distance > std::max<size_t>(2, first.size() / 3)) continue;
    size_t score = first_distance * 4;
    for (size_t i = 1; i < mention.names.size(); ++i) {
      score += i < authors.size()
                   ? edit_distance(surname_text(mention.names[i].surname), person_text(authors[i]))
                   : 8;
    }
    if (mention.has_year && mention.year != references[r].year) score += 3;
    if (mention.et_al && authors.size() < 3) score += 2;  // "et al." means three or more
    if (score < best_score) {
      best_score = score;
      best = r;
    }
  }
  if (best == references.size()) {
    std::vector<size_t> found = co_authored(mention, references);
    return found.empty() ? published_by(mention, references) : found;
  }
  return {best};
}

}  // namespace

CitationMatch match_citation(const CitationMention& mention,
                             const std::vector<Reference>& references,
                             const GroupAbbreviations& abbreviations) {
  std::vector<size_t> exact;
  std::vector<size_t> prefix;
  std::vector<size_t> other_years;
  std::vector<size_t> misused;
  std::vector<size_t> in_order;
  for (size_t r = 0; r < references.size(); ++r) {
    const NameFit fit = name_fit(mention, references[r], abbreviations);
    if (fit == NameFit::none) continue;
    if (!year_fits(mention, references[r])) {
      other_years.push_back(r);
    } else if (fit == NameFit::et_al_misused) {
      misused.push_back(r);
    } else if (fit == NameFit::in_order) {
      in_order.push_back(r);
    } else {
      (fit == NameFit::exact ? exact : prefix).push_back(r);
    }
  }
  const std::vector<size_t>& best = !exact.empty() ? exact : (!prefix.empty() ? prefix : in_order);
  const std::vector<size_t> found = by_initials(mention, best, references);
  if (found.size() == 1) return {MatchOutcome::matched, found};
  if (found.size() > 1) return {MatchOutcome::ambiguous, found};
  if (!misused.empty()) return {MatchOutcome::et_al_misused, misused};
  // "Daly and Wilson (1992)" is Wilson & Daly (1992) before Daly et al. (1982).
  if (std::vector<size_t> reordered = names_reordered(mention, references, abbreviations);
      !reordered.empty()) {
    return {MatchOutcome::names_reordered, reordered};
  }
  if (!other_years.empty()) return {MatchOutcome::year_mismatch, other_years};
  return {MatchOutcome::unmatched, nearest(mention, references)};
}

std::optional<size_t> match_named_year(const CitationMention& mention,
                                       const std::vector<Reference>& references,
                                       const GroupAbbreviations& abbreviations) {
  CitationMention dated = mention;
  dated.has_year = true;
  dated.year = mention.named_year;
  for (bool et_al : {false, true}) {
    dated.et_al = et_al;
    const CitationMatch found = match_citation(dated, references, abbreviations);
    if ((found.outcome == MatchOutcome::matched || found.outcome == MatchOutcome::et_al_misused) &&
        found.references.size() == 1) {
      return found.references[0];
    }
  }
  return std::nullopt;
}

}  // namespace mwp
