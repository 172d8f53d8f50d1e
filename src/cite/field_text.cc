#include "cite/field_text.h"

#include <algorithm>
#include <vector>

#include "cite/apa_dates.h"
#include "cite/apa_source_names.h"
#include "model/date.h"
#include "text/code_point.h"
#include "text/trim.h"
#include "text/word_set.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

bool contains_lower(std::string_view text, std::string_view what) {
  const auto it = std::search(text.begin(), text.end(), what.begin(), what.end(),
                              [](char a, char b) { return (a | 0x20) == (b | 0x20); });
  return it != text.end();
}

bool is_quote(char32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == '\'';
}

}  // namespace

bool foreign_character(char32_t cp) {
  constexpr char32_t kBullets[] = {0x2022, 0x2023, 0x2043, 0x25AA, 0x25CF, 0x25E6, 0x2219};
  // "Save More Tomorrow™": a trade mark's sign is a name's own.
  if (cp == 0x2122 || cp == 0x00AE) return false;
  return is_symbol_or_control(cp) ||
         std::find(std::begin(kBullets), std::end(kBullets), cp) != std::end(kBullets);
}

bool quotes_balanced(std::string_view text) {
  int straight = 0;
  std::vector<char32_t> open;  // the closing mark each open quotation waits for
  for (size_t at = 0; at < text.size();) {
    const DecodedCodePoint cp = decode_code_point(text, at);
    at += cp.length;
    if (cp.value == '"') ++straight;
    if (cp.value == 0x201E) {
      open.push_back(0x201C);
    } else if (cp.value == 0x201C && !open.empty() && open.back() == 0x201C) {
      open.pop_back();
    } else if (cp.value == 0x201C) {
      open.push_back(0x201D);
    } else if (cp.value == 0x201D) {
      if (open.empty()) return false;
      open.pop_back();
    }
  }
  return straight % 2 == 0 && open.empty();
}

bool starts_with_quote(std::string_view text) {
  return !text.empty() && is_quote(decode_code_point(text, 0).value);
}

bool closes_single_quote(std::string_view text) {
  for (std::string_view mark : {"'", "\xE2\x80\x99"}) {
    for (size_t at = text.find(mark); at != npos; at = text.find(mark, at + 1)) {
      const size_t after = at + mark.size();
      if ((at > 0 && text[at - 1] == '.') || (after < text.size() && text[after] == ',')) {
        return true;
      }
    }
  }
  return false;
}

bool quoted_whole(std::string_view title) {
  if (!starts_with_quote(title)) return false;
  const DecodedCodePoint open = decode_code_point(title, 0);
  const char32_t close = open.value == 0x201C ? 0x201D : open.value == 0x2018 ? 0x2019 : open.value;
  for (size_t at = open.length; at < title.size();) {
    const DecodedCodePoint cp = decode_code_point(title, at);
    at += cp.length;
    if (cp.value != close) continue;
    if (close == 0x2019 || close == '\'') {
      // An apostrophe inside a word is not the closing mark.
      if (at < title.size() && is_letter(decode_code_point(title, at).value)) continue;
    }
    return at == title.size() || title[at] == '.' || title[at] == ',';
  }
  return true;
}

size_t broken_word_at(std::string_view text) {
  for (size_t at = text.find("- "); at != npos; at = text.find("- ", at + 1)) {
    if (at == 0 || !is_letter(static_cast<unsigned char>(text[at - 1]))) continue;
    const std::string_view after = text.substr(at + 2);
    if (after.empty() || after[0] < 'a' || after[0] > 'z') continue;
    // "short- and long-term", "Arbeits- und Organisationspsychologie": a
    // hyphen that waits for a later word.
    const std::string_view word = after.substr(0, after.find(' '));
    if (word.size() < after.size() &&
        is_one_of(word, {"and", "or", "to", "nor", "than", "vs", "vs.", "und", "oder", "bis", "en",
                         "of", "e", "ou", "y", "o", "et"})) {
      continue;
    }
    return at;
  }
  return npos;
}

bool has_broken_word(std::string_view text) {
  return broken_word_at(text) != npos;
}

bool holds_link(std::string_view text) {
  return contains_lower(text, "http") || contains_lower(text, "doi.org") ||
         contains_lower(text, "doi:") || contains_lower(text, "www.") ||
         contains_lower(text, "retrieved from") || contains_lower(text, "available from") ||
         contains_lower(text, "available at");
}

bool holds_volume(std::string_view text) {
  for (size_t at = 0; at < text.size(); ++at) {
    if (!is_ascii_digit(text[at])) continue;
    size_t end = at;
    while (end < text.size() && is_ascii_digit(text[end])) ++end;
    const bool in_word = at > 0 && ((text[at - 1] >= 'A' && text[at - 1] <= 'Z') ||
                                    (text[at - 1] >= 'a' && text[at - 1] <= 'z'));
    if (in_word) {  // "A24", a studio's name
      at = end;
      continue;
    }
    const std::string_view after = trim(text.substr(end));
    // A number closing a name is a volume after a comma or of two digits or
    // more ("World Psychiatry 15"); "BBC Radio 4" is a name.
    const bool closing = (after.empty() && (end - at >= 2 || (at >= 2 && text[at - 2] == ','))) ||
                         (at > 0 && text[at - 1] == '(' && after == ")");  // "Reviews, (1)"
    if (closing || (!after.empty() && (after[0] == '(' || after[0] == '[' || after[0] == ':'))) {
      return true;
    }
    at = end;
  }
  return false;
}

bool ends_with_date(std::string_view text) {
  const size_t comma = text.rfind(", ");
  if (comma == npos) return false;
  const std::string_view last = text.substr(comma + 2);
  const size_t space = last.find(' ');
  if (space == npos) return month_number(last) != 0;
  const std::string_view first = last.substr(0, space);
  const std::string_view second = last.substr(space + 1);
  const auto day = [](std::string_view word) {
    return !word.empty() && word.size() <= 2 &&
           std::all_of(word.begin(), word.end(), is_ascii_digit);
  };
  return (day(first) && month_number(second) != 0) || (month_number(first) != 0 && day(second));
}

bool is_number_range(std::string_view text) {
  size_t at = 0;
  while (at < text.size() && is_ascii_digit(text[at])) ++at;
  if (at == 0) return false;
  std::string_view rest = text.substr(at);
  if (rest.starts_with("-")) {
    rest.remove_prefix(1);
  } else if (rest.starts_with("\xE2\x80\x93")) {
    rest.remove_prefix(3);
  } else {
    return false;
  }
  return !rest.empty() && std::all_of(rest.begin(), rest.end(), is_ascii_digit);
}

bool holds_pages(std::string_view title) {
  for (std::string_view label : {" vol ", " vol. ", " Vol ", " pg ", " pp.", " pp "}) {
    const size_t at = title.find(label);
    if (at != npos && at + label.size() < title.size() &&
        is_ascii_digit(title[at + label.size()])) {
      return true;
    }
  }
  const size_t space = title.rfind(' ');
  const std::string_view last = title.substr(space == npos ? 0 : space + 1);
  if (!is_number_range(last)) return false;
  // "men and women ages 14-94", "Modules 1–4": a range a title names.
  const std::string_view before = space == npos ? std::string_view{} : title.substr(0, space);
  for (std::string_view word : {" ages", " aged", " age", " grades", " years", " Ages", " Years",
                                " Modules", " modules", " Grades", " Chapters", " chapters"}) {
    if (before.ends_with(word)) return false;
  }
  // "1999–2014", "2020-21": a span of years, a title's.
  const bool years = last.size() >= 7 &&
                     (last.starts_with("18") || last.starts_with("19") || last.starts_with("20")) &&
                     is_ascii_digit(last[3]) && !is_ascii_digit(last[4]);
  return !years;
}

bool is_acronym_text(std::string_view word) {
  return word.size() >= 2 && word.size() <= 8 && is_ascii_capitals(word);
}

std::string group_initials(std::string_view group) {
  std::string initials;
  bool word_start = true;
  for (const char c : group) {
    if (word_start && c >= 'A' && c <= 'Z') initials += c;
    word_start = c == ' ' || c == '-';
  }
  return initials;
}

bool looks_like_group_name(std::string_view name) {
  if (is_organization_name(name)) return true;  // "Department", "Institute", ...
  // Small words persons' names do not have, and words only groups' names hold.
  for (std::string_view word :
       {" of ", " for ", " and ", " & ", " f\xC3\xBCr ", " und ", " voor ", "Group", "Team",
        "Collaborators", "Consortium", "Press", "Journal", "News", "Institution", "Union",
        "Statistics", "Research", "Fund", "Panel", "Unit", "Bank", "Treasury", "Court", "Assembly",
        "Executive", "Cabinet", "Public Health", "Participants", "Investigators", "Conference",
        "Network", "Initiative",
        // "CATALISE consortium", "Posit team": a group's name in lower case.
        " consortium", " collaborators", " group", " team"}) {
    if (name.find(word) != npos) return true;
  }
  return false;
}

std::string quoted(std::string_view text) {
  return "\"" + std::string(text) + "\"";
}

}  // namespace mwp
