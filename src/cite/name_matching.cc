#include "cite/name_matching.h"

#include <algorithm>

#include "cite/group_initials.h"
#include "cite/name_text.h"
#include "text/utf8.h"
#include "text/word_set.h"

namespace mwp {

bool is_short_group_name(std::string_view word, std::string_view group) {
  const size_t space = group.find(' ');
  if (space == std::string_view::npos || group.substr(0, space) != word || word.size() < 3) {
    return false;
  }
  // Words that open many groups' names and stand for none of them: kinds of
  // body, and places and nationalities.
  return !is_one_of(
      word, {"American",   "National",      "World",     "Department",  "Office",     "Centers",
             "Center",     "The",           "Royal",     "British",     "Australian", "Canadian",
             "European",   "International", "Institute", "Association", "Society",    "Mental",
             "Health",     "Public",        "Social",    "Committee",   "Council",    "Ministry",
             "University", "Government",    "General",   "Federal",     "State",      "United",
             "New",        "Open",          "Global",    "Child",       "Children",   "Family",
             "Women",      "Men",           "Young",     "South",       "North",      "East",
             "West",       "Central",       "Irish",     "Scottish",    "Welsh",      "English",
             "India",      "Indian",        "Asian",     "African",     "Africa",     "Chinese",
             "Japanese",   "Korean",        "German",    "French",      "Dutch",      "Swedish",
             "Danish",     "Norwegian",     "Finnish",   "Italian",     "Spanish",    "Mexican",
             "Brazilian",  "Nigerian",      "Kenyan",    "Pakistani",   "Ireland",    "Scotland",
             "England",    "Wales",         "Canada",    "Australia",   "Europe",     "America"});
}

bool first_of_two_words(const CitedName& cited, std::string_view group) {
  const size_t space = group.find(' ');
  return space != std::string_view::npos && group.find(' ', space + 1) == std::string_view::npos &&
         group.substr(0, space) == cited.surname;
}

namespace {

// A group's name before its parent's or its name in another language:
// "Cabinet Office" of "Cabinet Office, Government of Japan", "Te Whatu Ora"
// of "Te Whatu Ora – Health New Zealand". The whole name when it has none.
std::string_view group_head(std::string_view group) {
  size_t end = group.size();
  for (std::string_view mark : {", ", " \u2013 ", " \u2014 ", " - "}) {
    end = std::min(end, group.find(mark));
  }
  return group.substr(0, end);
}

// name_equal() for a group author, whose name the list writes `literal_written`.
bool group_equal(const CitedName& cited, const std::string& literal_written,
                 const GroupAbbreviations& abbreviations) {
  const std::string literal = fold_for_matching(literal_written);
  const std::string surname = fold_for_matching(cited.surname);
  if (cited.acronym) {
    if (fold_for_matching(cited.written) == literal) return true;  // "Carers UK"
    const auto defined = abbreviations.find(surname);
    if (defined != abbreviations.end()) return defined->second == literal;
    return surname == literal || acronym_of(surname, literal_written);  // "NHS" is "NHS."
  }
  const std::string written = fold_for_matching(cited.written);
  if (written == literal || surname == literal) return true;
  if (written == fold_for_matching(group_head(literal_written))) return true;
  if (mixed_case_abbreviation_of(cited.written, literal_written)) return true;
  // An abbreviation in mixed case, defined with the name: "[DfT]".
  if (const auto defined = abbreviations.find(surname);
      defined != abbreviations.end() && defined->second == literal) {
    return true;
  }
  // "Pew's 2006 poll": a group by its name's first, distinctive word.
  if (cited.surname.find(' ') == std::string::npos &&
      is_short_group_name(cited.surname, literal_written)) {
    return !first_of_two_words(cited, literal_written) || cited.written == cited.surname;
  }
  // A narrative reading may begin after the group's first words.
  return written.find(' ') != std::string::npos && ends_with_words(literal, written);
}

}  // namespace

bool name_equal(const CitedName& cited, const PersonName& person,
                const GroupAbbreviations& abbreviations) {
  if (cited.lower_case) {  // "headspace", "hooks": as the list writes it, to the letter
    const std::string_view name = person.literal.empty() ? person.family : person.literal;
    return name == cited.surname ||
           (name.starts_with(cited.surname) && name[cited.surname.size()] == ' ');
  }
  if (!person.literal.empty()) return group_equal(cited, person.literal, abbreviations);
  if (cited.acronym) return false;
  const std::string surname = fold_for_matching(cited.surname);
  const std::string family = fold_for_matching(person.family);
  const std::string full =
      person.non_dropping_particle.empty()
          ? family
          : fold_for_matching(person.non_dropping_particle + " " + person.family);
  // "Gross", "de Waal"/"Waal", "Van Dongen", "James Gross" in parentheses, and
  // "De Jong Gierveld" read as given names before "Gierveld".
  if (surname == family || surname == full || ends_with_words(surname, full) ||
      ends_with_words(surname, family)) {
    return true;
  }
  const std::string written = fold_for_matching(cited.written);
  return full.find(' ') != std::string::npos && (written == full || ends_with_words(written, full));
}

std::vector<std::string> define_abbreviations(const CitationMention& mention, const Reference& work,
                                              GroupAbbreviations& abbreviations) {
  std::vector<std::string> defined;
  const auto define = [&](const std::string& abbreviation, size_t name) {
    const std::vector<PersonName>& names = work.authors;
    if (abbreviation.empty() || mention.names.empty() || names.empty()) return;
    const size_t after = std::min(name, mention.names.size() - 1);
    const PersonName& group = names[std::min(after, names.size() - 1)];
    if (group.literal.empty()) return;
    abbreviations[fold_for_matching(abbreviation)] = fold_for_matching(group.literal);
    defined.push_back(abbreviation);
  };
  for (const auto& [abbreviation, name] : mention.earlier_abbreviations) define(abbreviation, name);
  define(mention.abbreviation, mention.abbreviated_name);
  return defined;
}

bool family_name_first(const CitedName& cited, const PersonName& author) {
  if (!author.literal.empty() || cited.initials.empty()) return false;
  const std::string written = fold_for_matching(cited.written);
  const size_t space = written.find(' ');
  return space != std::string::npos && written.substr(0, space) == fold_for_matching(author.family);
}

}  // namespace mwp
