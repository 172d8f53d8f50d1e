#include "cite/name_group.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "cite/citation_years.h"
#include "text/word_set.h"

namespace mwp {
namespace {

constexpr std::string_view kNotNames[] = {
    "A",       "About",     "Appendix",  "Chapter",     "Figure",   "Part",     "Section",
    "Table",   "Volume",    "According", "Across",      "After",    "Again",    "All",
    "Also",    "Although",  "Among",     "An",          "And",      "Another",  "Any",
    "April",   "As",        "At",        "August",      "Because",  "Before",   "Between",
    "Both",    "But",       "By",        "December",    "Despite",  "During",   "Each",
    "Earlier", "Either",    "Even",      "Every",       "Evidence", "February", "Finally",
    "First",   "For",       "Friday",    "From",        "Further",  "He",       "Her",
    "Here",    "His",       "How",       "However",     "I",        "If",       "In",
    "Indeed",  "Instead",   "It",        "Its",         "January",  "July",     "June",
    "Just",    "Later",     "Like",      "Many",        "March",    "May",      "Meanwhile",
    "Monday",  "More",      "Moreover",  "Most",        "Much",     "My",       "Neither",
    "New",     "No",        "Nor",       "Not",         "November", "October",  "Of",
    "On",      "One",       "Only",      "Or",          "Other",    "Our",      "Over",
    "Overall", "Recent",    "Research",  "Researchers", "Saturday", "Second",   "September",
    "She",     "Similarly", "Since",     "So",          "Some",     "Still",    "Studies",
    "Study",   "Such",      "Sunday",    "Than",        "That",     "The",      "Their",
    "Then",    "There",     "These",     "They",        "This",     "Those",    "Though",
    "Through", "Thursday",  "To",        "Today",       "Tuesday",  "Under",    "Unlike",
    "Until",   "We",        "Wednesday", "What",        "When",     "Where",    "Whether",
    "Which",   "While",     "Who",       "Why",         "With",     "Without",  "Work",
    "Yet",     "You",       "Your",
};

// Words of kNotNames that are also researchers' surnames: a citation only
// when joined by "and" or "&" to the next name.
bool is_surname_opener(const ProseToken& token) {
  return token.kind == TokenKind::word &&
         (token.text == "Overall" || token.text == "May" || token.text == "Still");
}

// An initial written "J." ending at tokens[at] (the period): returns true.
bool is_initial_at(const std::vector<ProseToken>& tokens, size_t at) {
  return at >= 1 && is_punct(tokens[at], ".") && tokens[at - 1].kind == TokenKind::word &&
         tokens[at - 1].capitalised && tokens[at - 1].text.size() == 1 &&
         tokens[at - 1].end == tokens[at].begin;
}

// Offices that name a person acting, not an author: "President Richard
// Nixon (1972)" signed a law. Honorifics that authors are cited with
// ("Dr.", "Sir") are not among them.
constexpr std::string_view kOffices[] = {
    "President",  "Senator",   "Governor",    "King",          "Queen",
    "Pope",       "Prince",    "Princess",    "Emperor",       "Empress",
    "Chancellor", "Mayor",     "General",     "Judge",         "Justice",
    "Minister",   "Secretary", "Congressman", "Congresswoman", "Representative",
};

// A capitalised adverb opening a sentence before a name, tokens[at]:
// "Interestingly Gross (1998) found". Elsewhere a word in "-ly" is a given
// name: "Janet Hyde and Emily Durbin (2010)".
bool is_adverb(const std::vector<ProseToken>& tokens, size_t at) {
  const bool opens = at == 0 || is_punct(tokens[at - 1], ".") || is_punct(tokens[at - 1], ":") ||
                     is_punct(tokens[at - 1], ";") || is_punct(tokens[at - 1], "(");
  return opens && tokens[at].text.size() > 4 && tokens[at].text.ends_with("ly");
}

// Whether the possessive tokens[at] begins a group's name, right before its
// last word, after "the": "The Men's Project", "the Children's Society".
bool group_possessive_at(const std::vector<ProseToken>& tokens, size_t at, size_t given_count) {
  return given_count == 0 && at > 0 &&
         (is_word(tokens[at - 1], "The") || is_word(tokens[at - 1], "the"));
}

// Reads one name ending with the surname tokens[last]; returns the index of
// its first token.
size_t read_name(const std::vector<ProseToken>& tokens, std::string_view text, size_t last,
                 CitedName& name, bool& given) {
  size_t first = last;
  name.surname = tokens[last].text;
  while (first > 0 && is_name_particle(tokens[first - 1])) {
    --first;
    name.surname = std::string(tokens[first].text) + " " + name.surname;
  }
  // "Mac an Ghaill", "Nic an tSaoi": an Irish surname's "Mac an" or "Nic an".
  if (first >= 2 && is_word(tokens[first - 1], "an") &&
      (is_word(tokens[first - 2], "Mac") || is_word(tokens[first - 2], "Nic"))) {
    first -= 2;
    name.surname = std::string(tokens[first].text) + " an " + name.surname;
  }
  size_t given_count = 0;
  std::string initials;
  while (first > 0 && given_count < 3) {
    const ProseToken& before = tokens[first - 1];
    if (is_initial_at(tokens, first - 1)) {
      initials = std::string(tokens[first - 2].text) + ". " + initials;
      first -= 2;
    } else if (is_name_word(before) && !is_adverb(tokens, first - 1) && !is_office(before) &&
               (!before.possessive || group_possessive_at(tokens, first - 1, given_count))) {
      initials = std::string(before.text.substr(0, 1)) + ". " + initials;
      first -= 1;
    } else if (given_count > 0 && is_name_particle(before) && before.text[0] >= 'a' &&
               before.text[0] <= 'z') {
      // "Jenny de Jong Gierveld", "as de Jong Gierveld": the words read as
      // given names were the surname's, after its particle.
      first -= 1;
      name.surname = std::string(
          text.substr(tokens[first].begin,
                      tokens[last].begin + tokens[last].text.size() - tokens[first].begin));
      initials.clear();
      given_count = 0;
      continue;
    } else {
      break;
    }
    ++given_count;
  }
  while (!initials.empty() && initials.back() == ' ') initials.pop_back();
  name.initials = initials;
  name.begin = tokens[first].begin;
  given = given_count > 0;
  name.written =
      std::string(text.substr(tokens[first].begin, tokens[last].end - tokens[first].begin));
  if (tokens[last].possessive) {
    // Keep `written` to the name itself, not its "'s".
    name.written = std::string(text.substr(
        tokens[first].begin, tokens[last].begin + tokens[last].text.size() - tokens[first].begin));
  }
  return first;
}

}  // namespace

namespace {

constexpr std::string_view kParticles[] = {
    "da", "de", "del", "della", "den", "der", "di",  "du",
    "la", "le", "st",  "ten",   "ter", "van", "von",
};

}  // namespace

bool is_particle_text(std::string_view word) {
  std::string lowered(word);
  if (!lowered.empty() && lowered[0] >= 'A' && lowered[0] <= 'Z') {
    lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
  }
  return std::find(std::begin(kParticles), std::end(kParticles), lowered) != std::end(kParticles);
}

bool is_office(const ProseToken& token) {
  return token.kind == TokenKind::word &&
         std::find(std::begin(kOffices), std::end(kOffices), token.text) != std::end(kOffices);
}

bool is_acronym(const ProseToken& token) {
  return token.kind == TokenKind::word && token.text.size() >= 2 && token.text.size() <= 8 &&
         std::all_of(token.text.begin(), token.text.end(),
                     [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_defined_abbreviation(const ProseToken& token) {
  if (is_acronym(token)) return true;
  const std::string_view text = token.text;
  return token.kind == TokenKind::word && token.capitalised && text.size() <= 10 &&
         std::count_if(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) >= 2;
}

namespace {

constexpr size_t kMaxAbbreviationWords = 3;

}  // namespace

namespace {

// A short capitalised word that may stand in a defined abbreviation beside
// an acronym: "Stats" of "[Stats SA]".
bool joins_abbreviation(const ProseToken& token) {
  return token.kind == TokenKind::word && token.capitalised && token.text.size() <= 8;
}

// Whether tokens[first..last] is an abbreviation defined in brackets: each
// word an abbreviation or a short capitalised word, and one an abbreviation.
bool is_abbreviation_run(const std::vector<ProseToken>& tokens, size_t first, size_t last) {
  bool abbreviation = false;
  for (size_t at = first; at <= last; ++at) {
    abbreviation = abbreviation || is_defined_abbreviation(tokens[at]);
    if (!is_defined_abbreviation(tokens[at]) && !joins_abbreviation(tokens[at])) return false;
  }
  return abbreviation;
}

}  // namespace

size_t defined_abbreviation_close(const std::vector<ProseToken>& tokens, size_t open) {
  if (open >= tokens.size() || !is_punct(tokens[open], "[")) return 0;
  for (size_t close = open + 2; close < tokens.size() && close <= open + kMaxAbbreviationWords + 1;
       ++close) {
    if (is_punct(tokens[close], "]")) {
      return is_abbreviation_run(tokens, open + 1, close - 1) ? close : 0;
    }
  }
  return 0;
}

size_t defined_abbreviation_open(const std::vector<ProseToken>& tokens, size_t close) {
  if (close >= tokens.size() || close < 2 || !is_punct(tokens[close], "]")) return 0;
  for (size_t open = close - 2; open + kMaxAbbreviationWords + 1 >= close; --open) {
    if (is_punct(tokens[open], "[")) {
      return is_abbreviation_run(tokens, open + 1, close - 1) ? open : 0;
    }
    if (open == 0) break;
  }
  return 0;
}

bool is_degree(const ProseToken& token) {
  constexpr std::string_view kDegrees[] = {"MD",  "PhD",  "PsyD", "DPhil", "EdD",  "DSc",     "RN",
                                           "MSW", "LCSW", "LMFT", "LPC",   "FRCP", "FRCPsych"};
  return token.kind == TokenKind::word &&
         std::find(std::begin(kDegrees), std::end(kDegrees), token.text) != std::end(kDegrees);
}

bool is_name_particle(const ProseToken& token) {
  return token.kind == TokenKind::word && !token.possessive && is_particle_text(token.text);
}

bool starts_sentence(const std::vector<ProseToken>& tokens, size_t at) {
  if (at == 0) return true;
  const ProseToken& before = tokens[at - 1];
  return is_punct(before, ".") || is_punct(before, "?") || is_punct(before, "!");
}

bool is_name_word(const ProseToken& token) {
  if (token.kind != TokenKind::word || !token.capitalised || is_acronym(token)) return false;
  return std::find(std::begin(kNotNames), std::end(kNotNames), token.text) == std::end(kNotNames);
}

namespace {

// The tokens of a title before the name at tokens[first]: "Prof." and "Dr."
// (two, with the period), "Dr", "Professor" (one); or 0.
size_t honorific_length_before(const std::vector<ProseToken>& tokens, size_t first) {
  const auto title = [](const ProseToken& token) {
    return token.kind == TokenKind::word && is_one_of(token.text, {"Prof", "Dr", "Professor"});
  };
  if (first >= 2 && is_punct(tokens[first - 1], ".") && title(tokens[first - 2])) return 2;
  if (first >= 1 && title(tokens[first - 1])) return 1;
  return 0;
}

}  // namespace

std::optional<NameGroup> name_group_ending_at(const std::vector<ProseToken>& tokens,
                                              std::string_view text, size_t last, bool comma_list) {
  if (last >= tokens.size() || !is_name_word(tokens[last])) return std::nullopt;
  NameGroup group;
  group.last = last;
  group.possessive = tokens[last].possessive;
  bool commas_allowed = comma_list;
  bool first_joint = true;
  size_t at = last;
  while (true) {
    CitedName name;
    bool given = false;
    size_t first = read_name(tokens, text, at, name, given);
    first -= honorific_length_before(tokens, first);
    group.given_names = group.given_names || given;
    group.names.push_back(std::move(name));
    group.first = first;
    // A joint before this name: "and", "&", ", and", ", &", or ",".
    if (first < 2 || group.names.size() >= 20) break;
    size_t joint = first - 1;
    bool is_comma = false;
    // "Niederle–Vesterlund (2007)": an economist's dash between two names.
    const bool dash = is_punct(tokens[joint], "\xE2\x80\x93") && first_joint &&
                      tokens[joint].begin == tokens[joint - 1].end &&
                      tokens[joint].end == tokens[first].begin;
    if (is_and(tokens[joint]) || dash) {
      // "and"/"&" joins only the last name ("Zell, Krizan, and Teeter"); an
      // earlier one ends the list ("Yes, and Gross and John").
      if (!first_joint) break;
      if (joint >= 1 && is_punct(tokens[joint - 1], ",")) --joint;
      if (first_joint) commas_allowed = true;
    } else if (is_punct(tokens[joint], ",")) {
      is_comma = true;
    } else {
      break;
    }
    if (is_comma && !commas_allowed) break;
    // "Edward Hallowell, MD, and John Ratey": a degree after a name.
    if (joint >= 3 && is_degree(tokens[joint - 1]) && is_punct(tokens[joint - 2], ",")) joint -= 2;
    if (joint == 0 || tokens[joint - 1].possessive) break;
    // "Overall and McNulty (2017)": a surname that is also a sentence's first
    // word, joined straight to the next name.
    const bool surname_opener = is_and(tokens[joint]) && !is_punct(tokens[joint], ",") &&
                                is_surname_opener(tokens[joint - 1]);
    if (!is_name_word(tokens[joint - 1]) && !surname_opener) break;
    first_joint = false;
    at = joint - 1;
  }
  std::reverse(group.names.begin(), group.names.end());
  group.office = group.first > 0 && is_office(tokens[group.first - 1]);
  return group;
}

size_t et_al_length_at(const std::vector<ProseToken>& tokens, size_t at) {
  if (at + 1 < tokens.size() && is_word(tokens[at], "et") && is_word(tokens[at + 1], "al")) {
    // "et al." or, in British habit, "et al" without its period.
    if (at + 2 >= tokens.size() || !is_punct(tokens[at + 2], ".")) return 2;
    // "Greenberg et al.'s (2018)": the possessive after the period.
    if (at + 4 < tokens.size() &&
        (is_punct(tokens[at + 3], "'") || is_punct(tokens[at + 3], "\u2019")) &&
        is_word(tokens[at + 4], "s")) {
      return 5;
    }
    return 3;
  }
  if (at + 3 < tokens.size() && is_word(tokens[at], "et") && is_punct(tokens[at + 1], ".") &&
      is_word(tokens[at + 2], "al") && is_punct(tokens[at + 3], ".")) {
    return 4;  // "et. al.", a period too many
  }
  // "and colleagues", "and her team", "with colleagues", "and others".
  if (at + 1 < tokens.size() && (is_and(tokens[at]) || is_word(tokens[at], "with"))) {
    size_t next = at + 1;
    if (is_word(tokens[next], "his") || is_word(tokens[next], "her") ||
        is_word(tokens[next], "their") || is_word(tokens[next], "its")) {
      ++next;
    }
    if (next < tokens.size()) {
      const std::string_view word = tokens[next].text;
      if (tokens[next].kind == TokenKind::word &&
          (word == "colleagues" || word == "coworkers" || word == "co-workers" ||
           word == "collaborators" || word == "coauthors" || word == "co-authors" ||
           word == "associates" || (word == "team" && next > at + 1) ||    // "and her team"
           (word == "partners" && next > at + 1) ||                        // "and its partners"
           (word == "others" && next == at + 1 && is_and(tokens[at])))) {  // "Judd and others"
        return next - at + 1;
      }
      // "Hing and co (2016)", "Hing and co. (2016)": a blogger's "and colleagues".
      if (is_word(tokens[next], "co") && next == at + 1 && is_and(tokens[at])) {
        return next + 1 < tokens.size() && is_punct(tokens[next + 1], ".") ? 3 : 2;
      }
    }
  }
  return 0;
}

size_t et_al_length_before(const std::vector<ProseToken>& tokens, size_t last) {
  for (size_t length = 2; length <= 5; ++length) {
    if (last + 1 < length) break;
    const size_t start = last + 1 - length;
    if (et_al_length_at(tokens, start) == length) return length;
  }
  return 0;
}

size_t before_suffix(const std::vector<ProseToken>& tokens, size_t end) {
  size_t at = end;
  if (at > 0 && is_punct(tokens[at], ".")) --at;
  if (at == 0 ||
      !(is_word(tokens[at], "Jr") || is_word(tokens[at], "Sr") || is_degree(tokens[at]))) {
    return end;
  }
  --at;
  if (at > 0 && is_punct(tokens[at], ",")) --at;
  return is_name_word(tokens[at]) ? at : end;
}

std::optional<NameGroup> full_names_listed(const std::vector<ProseToken>& tokens,
                                           std::string_view text, size_t end,
                                           std::optional<NameGroup> one) {
  std::optional<NameGroup> listed = name_group_ending_at(tokens, text, end, true);
  if (!listed || listed->names.size() < 2) return one;
  for (const CitedName& name : listed->names) {
    const std::string_view given =
        std::string_view(name.written).substr(0, name.written.size() - name.surname.size());
    const size_t words = static_cast<size_t>(std::count(given.begin(), given.end(), ' '));
    if (words == 0 || words > 2) return one;
  }
  return listed;
}

}  // namespace mwp
