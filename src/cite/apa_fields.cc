#include "cite/apa_fields.h"

#include <cstddef>

#include "cite/field_text.h"
#include "text/code_point.h"
#include "text/trim.h"
#include "text/utf8.h"
#include "text/word_set.h"

namespace mwp {
namespace {

constexpr std::string_view kEnDash = "\xE2\x80\x93";

// "James" -> "J.", "Anna-Maria" -> "A.-M.".
std::string word_initials(std::string_view word) {
  std::string out;
  size_t i = 0;
  bool at_part_start = true;
  while (i < word.size()) {
    if (word[i] == '-') {
      if (!out.empty()) out += '-';
      at_part_start = true;
      ++i;
      continue;
    }
    const size_t length = decode_code_point(word, i).length;
    if (at_part_start) {
      out.append(word.substr(i, length));
      out += '.';
      at_part_start = false;
    }
    i += length;
  }
  return out;
}

// One item of a page list: "348-62" -> "348–362", "e12" -> "e12".
std::string single_range(std::string_view item) {
  item = trim(item);
  size_t dash = item.find(kEnDash);
  size_t dash_length = kEnDash.size();
  if (dash == std::string_view::npos) {
    dash = item.find('-');
    dash_length = 1;
    while (dash != std::string_view::npos && dash + dash_length < item.size() &&
           item[dash + dash_length] == '-') {
      ++dash_length;  // "348--362" as BibTeX writes it
    }
  }
  if (dash == std::string_view::npos) return std::string(item);
  const std::string_view first = trim(item.substr(0, dash));
  const std::string last = full_last_page(first, trim(item.substr(dash + dash_length)));
  return std::string(first) + std::string(kEnDash) + last;
}

}  // namespace

std::string full_last_page(std::string_view first, std::string_view last) {
  // "S7-10": a supplement's pages, the letter written once.
  const size_t digits = first.find_first_of("0123456789");
  if (digits > 0 && digits <= 2 && !last.empty() && is_ascii_digits(last) &&
      is_ascii_digits(first.substr(digits))) {
    return std::string(first.substr(0, digits)) + full_last_page(first.substr(digits), last);
  }
  if (!is_ascii_digits(first) || !is_ascii_digits(last) || last.size() >= first.size()) {
    return std::string(last);
  }
  std::string full = std::string(first.substr(0, first.size() - last.size())) + std::string(last);
  return full > first ? full : std::string(last);
}

std::string apa_initials(std::string_view given) {
  std::string out;
  size_t i = 0;
  while (i < given.size()) {
    while (i < given.size() && (given[i] == ' ' || given[i] == '.')) ++i;
    size_t end = i;
    while (end < given.size() && given[end] != ' ' && given[end] != '.') {
      ++end;
    }
    // "A.-M." written with periods: keep the hyphen with the next part.
    // A particle among the initials stays a word: "A. C. de C.".
    if (end > i && is_one_of(given.substr(i, end - i), {"de", "da", "do", "dos", "das"})) {
      if (!out.empty()) out += ' ';
      out += given.substr(i, end - i);
    } else if (end > i) {
      if (given[i] == '-') {
        out += '-';
        ++i;
      } else if (!out.empty()) {
        out += ' ';
      }
      out += word_initials(given.substr(i, end - i));
    }
    i = end;
  }
  return out;
}

std::string apa_short_name(const PersonName& name) {
  if (!name.literal.empty()) return name.literal;
  if (name.non_dropping_particle.empty()) return name.family;
  return name.non_dropping_particle + " " + name.family;
}

std::string apa_inverted_name(const PersonName& name) {
  std::string out = apa_short_name(name);
  if (!name.literal.empty()) return out;
  const std::string initials = apa_initials(name.given);
  if (!initials.empty()) out += ", " + initials;
  if (!name.suffix.empty()) out += ", " + name.suffix;
  return out;
}

std::string apa_given_first_name(const PersonName& name) {
  if (!name.literal.empty()) return name.literal;
  const std::string initials = apa_initials(name.given);
  std::string out = initials.empty() ? "" : initials + " ";
  out += apa_short_name(name);
  if (!name.suffix.empty()) out += " " + name.suffix;  // "M. L. King Jr.", as APA 7 writes it
  return out;
}

std::string apa_name_list(const std::vector<PersonName>& names, bool truncated) {
  std::string out;
  if (names.size() > 20 || (truncated && names.size() > 1)) {
    const size_t shown = names.size() > 20 ? 19 : names.size() - 1;
    for (size_t i = 0; i < shown; ++i) out += apa_inverted_name(names[i]) + ", ";
    return out + "\xE2\x80\xA6 " + apa_inverted_name(names.back());
  }
  for (size_t i = 0; i < names.size(); ++i) {
    // "AARP & National Alliance for Caregiving": the comma before "&" closes
    // an inverted name, which a group's is not.
    const bool after_group = names.size() == 2 && !names[0].literal.empty();
    if (i > 0) out += i + 1 == names.size() ? (after_group ? " & " : ", & ") : ", ";
    out += apa_inverted_name(names[i]);
    if (!names[i].role.empty()) out += " (" + names[i].role + ")";  // "Bathurst, O. (Director)"
  }
  return out;
}

std::string apa_name_list_given_first(const std::vector<PersonName>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) {
      if (i + 1 < names.size()) {
        out += ", ";
      } else {
        out += names.size() == 2 ? " & " : ", & ";
      }
    }
    out += apa_given_first_name(names[i]);
  }
  return out;
}

std::string apa_page_range(std::string_view pages) {
  std::string out;
  size_t start = 0;
  while (start <= pages.size()) {
    size_t comma = pages.find(',', start);
    if (comma == std::string_view::npos) comma = pages.size();
    if (!out.empty()) out += ", ";
    out += single_range(pages.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

std::string apa_doi_url(std::string_view doi) {
  return "https://doi.org/" + std::string(doi);
}

namespace {

// A word that names a kind of document in a report's number: "Clinical
// Guideline CG159", "Innocenti Report Card 16", a trial's "Identifier
// NCT00021528".
bool is_document_kind_word(std::string_view word) {
  return is_one_of(
      word, {"Guideline",    "Report",      "Card",       "Paper",      "Series",    "Bulletin",
             "Brief",        "Publication", "Protocol",   "Monograph",  "Command",   "Identifier",
             "Registration", "Table",       "Submission", "Evaluation", "Appraisal", "Guidance",
             "Statement",    "Standard",    "Study",      "Factsheet",  "Leaflet",   "Instruction",
             "Directive",    "Memorandum",  "Circular",   "Release",    "Reports"});
}

// "guideline" -> "Guideline".
std::string capitalised(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// "23-315", "35531", or a series' capitals before digits: "NG69", "A-8",
// "PS4/2010", "4/12", "DFE-RR226"; NBER's "w11953"; a part after the digits,
// "4262-I".
bool is_code(std::string_view code) {
  if (code.size() > 1 && code[0] >= 'a' && code[0] <= 'z' && is_ascii_digit(code[1])) {
    code.remove_prefix(1);
  }
  if (const size_t dash = code.rfind('-'); dash != std::string_view::npos && dash > 0 &&
                                           is_ascii_digit(code[dash - 1]) &&
                                           code.size() - dash - 1 <= 4) {
    const std::string_view part = code.substr(dash + 1);
    if (!part.empty() && part.find_first_not_of("IVX") == std::string_view::npos) {
      code.remove_suffix(part.size() + 1);
    }
  }
  for (int part = 0; part < 3; ++part) {  // "DFE-" before "RR226"
    const size_t digits = code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    if (digits == std::string_view::npos || digits > 4) return false;
    code.remove_prefix(digits);
    if (digits == 0 || !code.starts_with('-')) break;
    code.remove_prefix(1);  // "A-8"
  }
  if (code.empty() || !is_ascii_digit(code[0])) return false;
  // "247-BCRP1" of "DFE-RR247-BCRP1": parts after the number, each capitals
  // (up to five) before digits.
  for (size_t part = 0; part < 4; ++part) {
    const size_t end = code.find('-');
    const std::string_view piece = code.substr(0, end);
    const size_t digits = piece.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    if (digits == std::string_view::npos || digits > 5 || !is_ascii_digit(piece[digits]) ||
        piece.find_first_not_of("0123456789./", digits) != std::string_view::npos) {
      return false;
    }
    if (end == std::string_view::npos) return true;
    code.remove_prefix(end + 1);
  }
  return false;
}

}  // namespace

bool is_code_number(std::string_view number) {
  // The European Commission's "COM(2023) 298 final"; an arXiv identifier.
  if ((number.starts_with("COM(") || number.starts_with("SWD(")) && number.ends_with(" final")) {
    return true;
  }
  if (number.starts_with("arXiv:") && number.find(' ') == std::string_view::npos) return true;
  const size_t space = number.rfind(' ');
  if (space == std::string_view::npos) {
    // "WHO/MSD/MER/2017.2", or a series' capitals before digits: "CG159",
    // and one capital before four digits or more: "P0301.4".
    const size_t digits = number.find_first_of("0123456789");
    return number.find_first_of("/-") != std::string_view::npos ||
           (is_code(number) && digits != std::string_view::npos && digits >= 1 &&
            (digits >= 2 || number.size() - digits >= 4));
  }
  std::string_view code = number.substr(space + 1);
  if (code.size() > 2 && code.front() == '[' && code.back() == ']') {
    code = code.substr(1, code.size() - 2);  // NICE's "NICE guideline [NG225]"
  }
  if (!is_code(code)) return false;
  // Capitalised words before it that hold the agency's initials or name the
  // kind of document; or a series' short prefix alone ("Cm 9523", "Cmnd 3703").
  const std::vector<std::string_view> words = words_of(number.substr(0, space));
  if (words.size() == 1 && words[0].size() <= 4 && words[0][0] >= 'A' && words[0][0] <= 'Z') {
    return true;
  }
  // "NICE guideline [NG225]", "Health technology evaluation HTE8": a kind of
  // document in sentence case, capitalised first, its kind last.
  const bool sentence_case = words.size() >= 2 && words[0][0] >= 'A' && words[0][0] <= 'Z' &&
                             is_document_kind_word(capitalised(words.back()));
  bool named = false;
  for (const std::string_view word : words) {
    // "Bureau of Justice Statistics Special Report NCJ 193427": an agency's
    // name holds small words.
    const bool small = word == "of" || word == "and" || word == "for" || word == "on" ||
                       word == "the" || word == "in";
    if ((word[0] < 'A' || word[0] > 'Z') && !sentence_case && !small) return false;
    named = named || is_acronym_text(word) || is_document_kind_word(capitalised(word));
  }
  return named;
}

std::string_view act_chapter_prefix(std::string_view number) {
  for (std::string_view prefix : {"c. ", "asp ", "anaw ", "nia "}) {
    if (number.starts_with(prefix) && is_ascii_digits(number.substr(prefix.size()))) return prefix;
  }
  return {};
}

std::string apa_edition_text(const std::string& edition) {
  if (!is_ascii_digits(edition)) return edition;
  const int n = std::stoi(edition);
  const char* suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    if (n % 10 == 2) suffix = "nd";
    if (n % 10 == 3) suffix = "rd";
  }
  return edition + suffix + " ed.";
}

}  // namespace mwp
