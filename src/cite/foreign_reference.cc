#include "cite/foreign_reference.h"

#include <algorithm>

#include "cite/apa_author_list.h"
#include "cite/apa_sentences.h"
#include "cite/field_text.h"
#include "text/code_point.h"
#include "text/trim.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

// Where the author element ends: at the first period that ends a sentence,
// or at one after an initial when a quoted title follows ("Robert J. "A").
size_t author_element_end(std::string_view text) {
  for (size_t at = text.find(". "); at != npos; at = text.find(". ", at + 1)) {
    const std::string_view after = text.substr(at + 2);
    const bool quote = after.starts_with("\"") || after.starts_with("\xE2\x80\x9C") ||
                       after.starts_with("'") || after.starts_with("\xE2\x80\x98");
    if (quote || !period_ends_abbreviation(text, at)) return at;
  }
  return npos;
}

// "Tamara L. Newton": given names, then the family name.
std::optional<PersonName> direct_name(std::string_view written) {
  written = trim(written);
  const size_t space = written.rfind(' ');
  if (space == npos) return std::nullopt;
  const std::string_view given = written.substr(0, space);
  if (!is_given_names(given)) return std::nullopt;
  PersonName name = person_from_family(written.substr(space + 1));
  name.given = std::string(given);
  return name;
}

// The next name of a list joined by ", ", ", and ", " and " or "&", from `at`;
// `at` moves past it and its joint.
std::string_view next_listed(std::string_view list, size_t& at) {
  const size_t start = at;
  for (size_t i = at; i < list.size(); ++i) {
    for (std::string_view separator : {", and ", ", & ", ", ", " and ", " & "}) {
      if (list.compare(i, separator.size(), separator) == 0) {
        at = i + separator.size();
        return list.substr(start, i - start);
      }
    }
  }
  at = list.size();
  return list.substr(start);
}

std::vector<PersonName> foreign_authors(std::string_view lead) {
  // The first author inverted, then the others in direct order.
  size_t at = 0;
  const std::string_view family = trim(next_listed(lead, at));
  if (at >= lead.size()) return {};
  std::string given(trim(next_listed(lead, at)));
  if (!is_given_names(given)) return {};
  PersonName first = person_from_family(family);
  // "Nicole A. Beres, Julian Frommel": a family name holds no initial; the
  // list is in direct order.
  if (first.family.empty() || !is_given_names(first.family) || first.family.find('.') != npos) {
    return {};
  }
  first.given = std::move(given);
  std::vector<PersonName> authors{first};
  while (at < lead.size()) {
    const std::optional<PersonName> name = direct_name(next_listed(lead, at));
    if (!name) return {};
    authors.push_back(*name);
  }
  return authors;
}

// Vancouver's "Robles TF, Slatcher RB, McGinn MM. Title." or Wikipedia's
// "Hazan C, Shaver P (March 1987).": family names, each with its initials
// run together. `end` receives where the list ends.
// One Vancouver name, "Costa PT" or "Costa PT Jr", or nullopt.
std::optional<PersonName> vancouver_name(std::string_view written) {
  if (written.ends_with(" Jr")) written.remove_suffix(3);
  const size_t space = written.rfind(' ');
  if (space == npos) return std::nullopt;
  const std::string_view initials = written.substr(space + 1);
  if (initials.empty() || initials.size() > 3 ||
      initials.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != npos ||
      !is_given_names(written.substr(0, space))) {
    return std::nullopt;
  }
  PersonName name = person_from_family(written.substr(0, space));
  for (char initial : initials) name.given += std::string(1, initial) + ". ";
  name.given.pop_back();
  return name;
}

// "Costa PT Jr, Terracciano A, McCrae RR. Title.": Vancouver's list, to the
// period that closes it; and Harvard's "Pinquart M and Sorensen S, 2006,
// Title", to the year. `end` receives where the list ends.
std::vector<PersonName> vancouver_authors(std::string_view text, size_t& end) {
  std::vector<PersonName> authors;
  // Where the list ends: found once, so that a long list costs no rescans.
  const size_t last = std::min(text.find(". "), text.find(" ("));
  size_t at = 0;
  while (at < text.size()) {
    size_t stop = text.find(", ", at);
    const bool final = last < stop;
    if (final) stop = last;
    if (stop == npos) return {};
    const std::string_view written = text.substr(at, stop - at);
    if (written == "et al") {
      end = stop;
      return authors;
    }
    if (!authors.empty() && written.size() == 4 && is_ascii_digits(written)) {
      end = at;  // Harvard's year after the names
      return authors;
    }
    const size_t joint = written.find(" and ");
    for (std::string_view part : {written.substr(0, joint),
                                  joint == npos ? std::string_view{} : written.substr(joint + 5)}) {
      if (part.empty()) continue;
      std::optional<PersonName> name = vancouver_name(part);
      if (!name) return {};
      authors.push_back(std::move(*name));
    }
    at = stop + 2;
    if (final) {
      end = stop;
      return authors;
    }
  }
  return {};
}

// IEEE's "J. A. Coan, H. S. Schaefer, and R. J. Davidson, "Lending a hand,"":
// names in direct order up to the quoted title.
std::vector<PersonName> direct_authors(std::string_view text, size_t& end) {
  // IEEE ends the list at the quoted title; Taylor & Francis at the year.
  size_t list_end = std::min(text.find(", \""), text.find(", \xE2\x80\x9C"));
  if (const size_t year = text.find(" (");
      list_end == npos && year != npos && year + 7 <= text.size() && text[year + 6] == ')') {
    list_end = year;
  }
  if (list_end == npos) return {};
  std::vector<PersonName> authors = read_direct_order_names(text.substr(0, list_end));
  if (!authors.empty()) end = list_end;
  return authors;
}

// The ACM's "Nicole A. Beres, Julian Frommel, and Madison Klarkowski. 2021.
// Title.": names in direct order, then the year as a sentence.
std::vector<PersonName> acm_authors(std::string_view text, size_t& end) {
  const size_t list_end = author_element_end(text);
  if (list_end == npos || text.size() < list_end + 7 ||
      !is_ascii_digits(text.substr(list_end + 2, 4)) || text[list_end + 6] != '.') {
    return {};
  }
  std::vector<PersonName> authors = read_direct_order_names(text.substr(0, list_end));
  if (!authors.empty()) end = list_end;
  return authors;
}

// Harvard's group author and year, "Productivity Commission 2020, Mental
// health" (Australian, nothing between them), "Department of Health, 2008.
// Code of practice" or "Statistics South Africa. 2019. Title". `end`
// receives where the name ends.
std::vector<PersonName> group_before_year(std::string_view text, size_t& end) {
  size_t cut = text.find(", ");
  // "Statistics South Africa. 2019. General Household Survey 2018.": the
  // year as a sentence of its own.
  if (const size_t period = text.find(". ");
      period != npos && period < cut && text.size() >= period + 7 &&
      is_ascii_digits(text.substr(period + 2, 4)) && text[period + 6] == '.') {
    cut = period;
  }
  if (cut == npos || cut < 6) return {};
  std::string_view group = text.substr(0, cut);
  const std::string_view after = text.substr(cut + 2);
  if (group[group.size() - 5] == ' ' && is_ascii_digits(group.substr(group.size() - 4))) {
    group.remove_suffix(5);  // "Productivity Commission 2020"
  } else if (after.size() < 5 || !is_ascii_digits(after.substr(0, 4)) ||
             (after[4] != '.' && after[4] != ',')) {
    return {};
  }
  if (!looks_like_group_name(group) || group.find_first_of("()[]:;.,\"") != npos) return {};
  end = group.size();
  return {group_name(std::string(group))};
}

// The first year standing alone in `text`: "1986," "2001." "2008." "1986)".
int standing_year(std::string_view text) {
  for (size_t at = 0; at + 4 <= text.size(); ++at) {
    if (at > 0 && text[at - 1] != ' ' && text[at - 1] != '(' && text[at - 1] != '.') continue;
    const std::string_view digits = text.substr(at, 4);
    if (digits.find_first_not_of("0123456789") != npos) continue;
    if (at + 4 < text.size() && std::string_view(".,;): ").find(text[at + 4]) == npos) continue;
    const int year = std::stoi(std::string(digits));
    if (year >= 1800 && year <= 2099) return year;
  }
  return 0;
}

}  // namespace

namespace {

// "Geoffrey", "L.", "J.-P.": a given name or one initial; not "U.S." or a
// particle standing before a family name ("Van IJzendoorn").
bool given_word(std::string_view word) {
  if (word.empty() || word[0] < 'A' || word[0] > 'Z') return false;
  if (word.size() == 2 && word[1] == '.') return true;
  if (word.size() == 5 && word[1] == '.' && word[2] == '-' && word[4] == '.') return true;
  if (word == "Van" || word == "De" || word == "Von" || word == "Da" || word == "Di") return false;
  return word.size() > 1 && word.find('.') == npos;
}

// A family name in a direct-order list: a word in mixed case, no initial.
bool family_word(std::string_view word) {
  return word.size() > 1 && word.find('.') == npos &&
         std::any_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// "R", "DE", "D.E.", "D. E.": initials with or without periods.
std::optional<std::string> harvard_initials(std::string_view written) {
  std::string given;
  for (const char c : written) {
    if (c >= 'A' && c <= 'Z') {
      given += std::string(1, c) + ". ";
    } else if (c != '.' && c != ' ') {
      return std::nullopt;
    }
  }
  if (given.empty() || given.size() > 12) return std::nullopt;
  given.pop_back();
  return given;
}

// AGPS Harvard, as Australian universities teach it: "Wiseman, R, Watt, C
// & Kornbrot, DE 2019, 'Title'": each family name, a comma and its
// initials, the last joined by "&" or "and", then the year and a comma.
// `end` receives where the names end.
std::vector<PersonName> harvard_authors(std::string_view text, size_t& end) {
  size_t year = npos;
  for (size_t at = text.find(' '); at != npos && at + 6 <= text.size();
       at = text.find(' ', at + 1)) {
    if (is_ascii_digits(text.substr(at + 1, 4)) && text[at + 5] == ',') {
      year = at;
      break;
    }
  }
  if (year == npos) return {};
  const std::string_view list = text.substr(0, year);
  std::vector<PersonName> authors;
  for (size_t at = 0; at < list.size();) {
    const std::string_view family = trim(next_listed(list, at));
    if (at >= list.size() || !family_word(family.substr(family.rfind(' ') + 1))) return {};
    const std::optional<std::string> initials = harvard_initials(trim(next_listed(list, at)));
    if (!initials) return {};
    PersonName name = person_from_family(family);
    name.given = *initials;
    authors.push_back(std::move(name));
  }
  end = year;
  return authors;
}

}  // namespace

std::vector<PersonName> read_names_of_persons(std::string_view list) {
  std::vector<PersonName> names;
  for (size_t at = 0; at < list.size();) {
    std::optional<PersonName> name = direct_name(next_listed(list, at));
    if (!name) return {};
    names.push_back(std::move(*name));
  }
  return names;
}

std::vector<PersonName> read_vancouver_names(std::string_view list) {
  std::vector<PersonName> names;
  for (size_t at = 0; at < list.size();) {
    std::optional<PersonName> name = vancouver_name(trim(next_listed(list, at), " ."));
    if (!name) return {};
    names.push_back(std::move(*name));
  }
  return names;
}

std::vector<PersonName> read_direct_order_names(std::string_view list) {
  std::vector<PersonName> names;
  bool initial = false;
  for (size_t at = 0; at < list.size();) {
    const std::string_view written = trim(next_listed(list, at));
    const size_t space = written.rfind(' ');
    if (space == npos || !family_word(written.substr(space + 1))) return {};
    for (size_t word = 0; word < space;) {
      size_t end = written.find(' ', word);
      if (end == npos || end > space) end = space;
      if (!given_word(written.substr(word, end - word))) return {};
      word = end + 1;
    }
    const std::optional<PersonName> name = direct_name(written);
    if (!name) return {};
    initial = initial || name->given.find('.') != npos;
    names.push_back(*name);
  }
  if (!initial) return {};
  return names;
}

std::optional<ForeignReading> read_foreign_reference(std::string_view text) {
  ForeignReading reading;
  // A Vancouver list of two names or more first: "Etheridge J, Slade P."
  // would read in MLA's form as one person, "Etheridge J" with given names
  // "Slade P". One name alone, "Nicole A.", may be a given name and initial
  // before a family name ("Nicole A. Beres, Julian Frommel, ...").
  size_t end = npos;
  reading.authors = vancouver_authors(text, end);
  if (reading.authors.size() < 2) {
    reading.authors.clear();
    end = author_element_end(text);
    if (end != npos) reading.authors = foreign_authors(text.substr(0, end));
    if (reading.authors.empty()) reading.authors = acm_authors(text, end);
    if (reading.authors.empty()) reading.authors = vancouver_authors(text, end);
  }
  if (reading.authors.empty()) reading.authors = harvard_authors(text, end);
  if (reading.authors.empty()) reading.authors = direct_authors(text, end);
  if (reading.authors.empty()) reading.authors = group_before_year(text, end);
  if (reading.authors.empty()) return std::nullopt;
  reading.year = standing_year(text.substr(end));
  if (reading.authors.empty() || reading.year == 0) return std::nullopt;
  return reading;
}

}  // namespace mwp
