#include "cite/name_shapes.h"

#include <algorithm>
#include <string_view>

#include "cite/apa_source_names.h"
#include "cite/field_text.h"
#include "cite/name_group.h"
#include "text/code_point.h"
#include "text/utf8.h"
#include "text/word_set.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

void check_person(std::vector<std::string>& doubts, const PersonName& name) {
  const std::string written = name.given.empty() ? name.family : name.family + ", " + name.given;
  const auto name_character = [](char32_t cp) {
    return is_letter(cp) || is_mark(cp) || cp == ' ' || cp == '\'' || cp == 0x2019 || cp == '-' ||
           cp == 0x2010 || cp == '.';
  };
  // "Hazan C": Vancouver initials after the family name.
  const std::string_view last = std::string_view(name.family).substr(name.family.rfind(' ') + 1);
  const bool initials_after =
      last.size() < name.family.size() && last.size() <= 3 &&
      std::all_of(last.begin(), last.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  // "Karasek Jr": a suffix written into the family name.
  const bool suffix_inside = last.size() < name.family.size() &&
                             (last == "Jr" || last == "Jr." || last == "Sr" || last == "Sr.");
  // "ADDIN EN.REFLIST Edmondson": a reference manager's field code before the
  // name, with a period inside a word, or more words than a family name has.
  const bool period_inside =
      std::string_view(name.family).find_first_of('.') < name.family.size() - 1 &&
      name.family.find(". ") == std::string::npos;
  // More words than a family name has, particles aside ("De la Garza García").
  size_t words = 0;
  for (size_t at = 0; at < name.family.size();) {
    size_t end = name.family.find(' ', at);
    if (end == npos) end = name.family.size();
    if (!is_particle_text(std::string_view(name.family).substr(at, end - at))) ++words;
    at = end + 1;
  }
  const bool many_words = words >= 4;
  bool ok = !name.family.empty() && !initials_after && !suffix_inside && !period_inside &&
            !many_words && all_code_points(name.family, name_character) &&
            all_code_points(name.given, name_character);
  // "T. Editors of Encyclopaedia": given names hold no word in lower case
  // but a particle ("J. de").
  for (size_t at = 0; ok && at < name.given.size();) {
    size_t end = name.given.find(' ', at);
    if (end == npos) end = name.given.size();
    const std::string_view word = std::string_view(name.given).substr(at, end - at);
    const bool particle = is_particle_text(word);
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z' && !particle) ok = false;
    at = end + 1;
  }
  // Each part of the given names has a letter: "R. C.", "Jean-Paul", not "R.  .".
  for (size_t at = 0; ok && at < name.given.size();) {
    size_t end = name.given.find_first_of(" -", at);
    if (end == npos) end = name.given.size();
    const std::string_view part = std::string_view(name.given).substr(at, end - at);
    if (!part.empty() && part.find_first_not_of('.') == npos) ok = false;
    at = end + 1;
  }
  if (!ok) doubts.push_back("the name \"" + written + "\", which is not shaped like a name");
  // "Association, A. P.": a group's name a citation generator turned into a
  // person's, its first words taken for initials. A body's word that is also
  // a surname ("Council, L. D.", "Church, A. T.") names a person.
  const bool surname = is_one_of(name.family, {"Council", "Church", "Hall", "House", "Bank"});
  if (ok && name.family.find(' ') == npos && is_organization_name(name.family) && !surname) {
    doubts.push_back("the name \"" + written + "\", a body's name written as a person's");
  }
}

void check_group(std::vector<std::string>& doubts, std::string_view group) {
  const auto group_character = [](char32_t cp) {
    return !foreign_character(cp) && cp != '"' && cp != 0x201C && cp != 0x201D;
  };
  const bool opens_with_joiner =
      group.starts_with("and ") || group.starts_with("& ") || group.starts_with("et al");
  // "Britannica, T. Editors of ...": an initial standing alone in a group's name.
  bool lone_initial = false;
  for (size_t at = 0; at + 1 < group.size(); ++at) {
    const bool starts_word = at == 0 || group[at - 1] == ' ';
    const bool ends_word = at + 2 >= group.size() || group[at + 2] == ' ';
    if (starts_word && ends_word && group[at] >= 'A' && group[at] <= 'Z' && group[at + 1] == '.') {
      lone_initial = true;
    }
  }
  // "Rao Wenwang, Zhu Xiaomin, Zong Qianqian": persons without initials,
  // run together into one name.
  size_t pieces = 0;
  bool person_like = true;
  for (size_t at = 0; at <= group.size();) {
    size_t end = group.find(", ", at);
    if (end == npos) end = group.size();
    const std::string_view piece = group.substr(at, end - at);
    const auto words = std::count(piece.begin(), piece.end(), ' ') + 1;
    person_like = person_like && words >= 2 && words <= 3 && !looks_like_group_name(piece);
    ++pieces;
    at = end + 2;
  }
  const bool persons_run_together = pieces >= 3 && person_like;
  // "Task Force on Statistical Inference.": the period that closes the
  // authors, read into the name. "Acme Inc." and "U.S." end in abbreviations.
  const std::string_view last_word = group.substr(group.rfind(' ') + 1);
  const bool closing_period = last_word.size() > 5 && last_word.ends_with('.') &&
                              last_word.find('.') == last_word.size() - 1;
  // "DIN EN ISO 10075-2": a standard's number in the author's place,
  // acronyms and a number ("NHS 24" is a body's name).
  const std::vector<std::string_view> words = words_of(group);
  const auto acronyms = std::count_if(words.begin(), words.end(), is_acronym_text);
  const bool standard_number =
      acronyms >= 2 && group.find_first_of("0123456789") != npos &&
      std::all_of(words.begin(), words.end(), [](std::string_view word) {
        return is_acronym_text(word) || word.find_first_not_of("0123456789") == npos;
      });
  if (!all_code_points(group, group_character) || opens_with_joiner || closing_period ||
      lone_initial || persons_run_together || holds_link(group) || standard_number) {
    doubts.push_back("the group author \"" + std::string(group) +
                     "\", which is not shaped like a name");
  }
}

// Words of places, the openings of names written whole ("Ibn Khaldûn") and
// words of bodies' names, which no person's name in direct order holds.
constexpr std::string_view kPlaceWords[] = {"Canada",  "Australia", "England", "Scotland", "Wales",
                                            "Ireland", "Zealand",   "America", "Britain",  "Europe",
                                            "Africa",  "India",     "Today",   "Ibn",      "Abu",
                                            "Cymru",   "Bin",       "Bint",    "The"};
constexpr std::string_view kBodyWords[] = {
    "Mind",          "Minds",           "Blue",           "Health",
    "Care",          "Media",           "Times",          "Lab",
    "Labs",          "Anonymous",       "Press",          "Books",
    "Publishing",    "Pharmaceuticals", "Pharmaceutical", "Therapeutics",
    "Collaboration", "Company",         "Corporation",    "Group",
    "Productions",   "Studios",         "Advice",         "Citizens",
    "Action",        "Support",         "Journal",        "Magazine"};

// "Michael Marmot", "Hwang Kwang-Kuo", "Hazel Rose Markus": a person's name
// in direct order, two capitalised words, or up to `most_words` (each part
// of a hyphenated one capitalised) with no word of a body's name or a place
// in them. A name of the form "Ibn Khaldûn" is written whole, in no order;
// "The Treasury", "Alcoholics Anonymous" and "Women's Aid" are bodies'.
bool reads_as_person_in_direct_order(std::string_view name, size_t most_words) {
  std::vector<std::string_view> words;
  for (size_t at = 0; at <= name.size() && words.size() <= most_words;) {
    const size_t end = std::min(name.find(' ', at), name.size());
    words.push_back(name.substr(at, end - at));
    at = end + 1;
  }
  // "Washington Post [@washingtonpost]": a newspaper's name.
  if (words.size() < 2 || words.size() > most_words || looks_like_group_name(name) ||
      is_newspaper_name(name) || is_magazine_name(name)) {
    return false;
  }
  for (const std::string_view word : words) {
    if (std::find(std::begin(kPlaceWords), std::end(kPlaceWords), word) != std::end(kPlaceWords) ||
        std::find(std::begin(kBodyWords), std::end(kBodyWords), word) != std::end(kBodyWords) ||
        word.ends_with("'s") || word.ends_with("\xE2\x80\x99s")) {  // "Women's Aid"
      return false;
    }
    for (size_t at = 0; at <= word.size();) {  // each part of "Kwang-Kuo"
      const size_t end = std::min(word.find('-', at), word.size());
      const std::string_view part = word.substr(at, end - at);
      const bool capitalised =
          part.size() >= 2 && part[0] >= 'A' && part[0] <= 'Z' &&
          all_code_points(part.substr(1), [](char32_t cp) {
            return (is_letter(cp) && !is_upper_letter(cp)) || cp == '\'' || cp == 0x2019;
          });
      if (!capitalised) return false;
      at = end + 1;
    }
  }
  return true;
}

}  // namespace

bool reads_as_persons_in_direct_order(std::string_view name) {
  // Two persons joined may each have a middle name: "Hazel Rose Markus and
  // Shinobu Kitayama". One name of three words is as often a body's: "Open
  // Science Collaboration".
  for (const std::string_view joiner : {", and ", ", & ", " and ", " & "}) {
    if (const size_t at = name.find(joiner); at != npos) {
      return reads_as_person_in_direct_order(name.substr(0, at), 3) &&
             reads_as_person_in_direct_order(name.substr(at + joiner.size()), 3);
    }
  }
  // "Lee Kuan Yew", "Hwang Kwang Kuo": three words, an East Asian family
  // name first, as Chinese, Korean and Vietnamese names are written.
  const std::string_view first = name.substr(0, name.find(' '));
  const bool east_asian_family = is_one_of(
      first, {"Lee",  "Li",   "Kim",  "Park",  "Wang",   "Zhang", "Chen", "Liu",  "Yang",  "Huang",
              "Zhao", "Wu",   "Zhou", "Xu",    "Sun",    "Zhu",   "Hu",   "Guo",  "Lin",   "Tan",
              "Lim",  "Ng",   "Wong", "Chan",  "Cheung", "Leung", "Lau",  "Choi", "Jung",  "Kang",
              "Cho",  "Yoon", "Han",  "Hwang", "Nguyen", "Tran",  "Pham", "Goh",  "Teo",   "Koh",
              "Ong",  "Chua", "Yeo",  "Chong", "Chow",   "Chu",   "Fung", "Kwok", "Tsang", "Yip"});
  return reads_as_person_in_direct_order(name, east_asian_family ? 3 : 2);
}

void doubt_name_shapes(const std::vector<PersonName>& names, std::vector<std::string>& doubts) {
  const bool persons = std::any_of(names.begin(), names.end(),
                                   [](const PersonName& name) { return name.literal.empty(); });
  // "Kim Uichol, Yang Kuo-Shu, & Hwang Kwang-Kuo (Eds.)": a list of names
  // with no comma before their given names, each read as a group's.
  if (names.size() >= 2 && std::all_of(names.begin(), names.end(), [](const PersonName& name) {
        return !name.literal.empty() && reads_as_persons_in_direct_order(name.literal);
      })) {
    doubts.push_back("the names \"" + names[0].literal +
                     "\" and others, which read as persons' "
                     "names with no comma before their given names");
    return;
  }
  if (names.size() == 1 && reads_as_persons_in_direct_order(names[0].literal)) {
    const std::string& name = names[0].literal;
    const bool several =
        name.find(" and ") != std::string::npos || name.find(" & ") != std::string::npos;
    doubts.push_back("the name \"" + names[0].literal + "\", which reads as " +
                     (several ? "persons' names" : "a person's name") + " in direct order");
    return;
  }
  for (const PersonName& name : names) {
    // "Holt-Lunstad, Julianne & Smith, Timothy & Layton, J.": given names
    // written out, read as groups of one word among persons.
    if (persons && !name.literal.empty() && name.literal.find(' ') == std::string::npos &&
        !is_acronym_text(name.literal)) {
      doubts.push_back("the name \"" + name.literal + "\", a single word among persons");
      return;
    }
    if (!name.literal.empty()) {
      check_group(doubts, name.literal);
    } else {
      check_person(doubts, name);
    }
  }
}

bool is_publisher_written_as_person(const PersonName& name, std::string_view publisher) {
  if (!name.literal.empty() || publisher.empty()) return false;
  std::string letters;
  for (char c : name.given) {
    if (c != '.' && c != ' ') letters += c;
  }
  if (letters.empty()) return false;
  // "Age, U. K." for "Age UK"; "Scotland, P. H." for "Public Health
  // Scotland", its first words' initials taken for the person's.
  if (publisher == name.family + " " + letters) return true;
  if (!publisher.ends_with(" " + name.family)) return false;
  std::string initials;
  for (const std::string_view word :
       words_of(publisher.substr(0, publisher.size() - name.family.size() - 1))) {
    initials += word.front();
  }
  return initials == letters;
}

}  // namespace mwp
