#include "cite/apa_source_words.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "cite/apa_fields.h"
#include "cite/field_text.h"
#include "text/trim.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// A volume or issue number: "10", "S1", "12a", "5-6", "5–6".
bool is_number_token(std::string_view text) {
  if (text.empty() || text.size() > 12) return false;
  bool digit = false;
  for (char c : text) {
    if (is_digit(c)) {
      digit = true;
    } else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' ||
                 static_cast<unsigned char>(c) >= 0x80)) {
      return false;
    }
  }
  return digit;
}

// Pages: "190–203", "e0123", "1", "A1, A4", "S12–S20".
bool is_pages(std::string_view text) {
  if (text.empty() || text.size() > 30) return false;
  bool digit = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (is_digit(c)) {
      digit = true;
    } else if (c == '.' && i > 0 && is_digit(text[i - 1]) && i + 1 < text.size() &&
               text[i + 1] == 'e') {
      // "465.e1–465.e7": an Elsevier article's pages, an eLocator after the page.
    } else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == ',' ||
                 c == ' ' || c == '\xE2' || c == '\x80' || c == '\x93' || c == '\x94')) {
      return false;
    }
  }
  return digit;
}

// "e0123" (PLOS), "zsz015" (Oxford's Sleep): an article's eLocator, a few
// lower-case letters and three or more digits.
bool is_elocator(std::string_view text) {
  size_t letters = 0;
  while (letters < text.size() && text[letters] >= 'a' && text[letters] <= 'z') ++letters;
  const std::string_view digits = text.substr(letters);
  return letters >= 1 && letters <= 4 && digits.size() >= (letters == 1 ? 1u : 3u) &&
         digits.find_first_not_of("0123456789") == npos;
}

// "1–45", "133-168": digits, a dash, digits.
bool is_page_range(std::string_view text) {
  size_t digits = 0;
  while (digits < text.size() && is_digit(text[digits])) ++digits;
  if (digits == 0 || digits == text.size()) return false;
  std::string_view rest = text.substr(digits);
  for (std::string_view dash : {"-", "\xE2\x80\x93", "--"}) {
    if (rest.starts_with(dash) && rest.size() > dash.size() &&
        rest.substr(dash.size()).find_first_not_of("0123456789") == npos) {
      return true;
    }
  }
  return false;
}

// A report's code: capitals and digits joined by "-", "/" or ".", one word.
bool is_report_code(std::string_view text) {
  if (text.empty() || text.find(' ') != npos) return false;
  bool upper = false;
  bool digit = false;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') {
      upper = true;
    } else if (is_digit(c)) {
      digit = true;
    } else if (c != '-' && c != '/' && c != '.') {
      return false;
    }
  }
  return upper && digit;
}

std::string dash_to_hyphen(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "\xE2\x80\x93") == 0 || text.compare(i, 3, "\xE2\x80\x94") == 0) {
      out += '-';
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::optional<DetailItem> role_item(std::string_view group) {
  for (const auto& [suffix, kind] :
       {std::pair<std::string_view, DetailKind>{", Eds. & Trans.", DetailKind::editors_translators},
        {", Ed. & Trans.", DetailKind::editors_translators},
        {", Eds. and Trans.", DetailKind::editors_translators},
        {", Ed. and Trans.", DetailKind::editors_translators},
        {", Trans.", DetailKind::translators},
        {", Eds.", DetailKind::editors},
        {", Ed.", DetailKind::editors}}) {
    if (group.ends_with(suffix)) {
      return DetailItem{kind, std::string(group.substr(0, group.size() - suffix.size())), ""};
    }
  }
  return std::nullopt;
}

DetailItem plain_item(std::string_view item) {
  item = trim(item);
  // EndNote's doubled "2nd ed. ed.", Zotero's "5th edition ed.".
  if (item.ends_with(" ed. ed.") || item.ends_with(" edition ed.")) item.remove_suffix(4);
  if (item.ends_with(" ed.") || item.ends_with(" edn") || item.ends_with(" edn.") ||
      item.ends_with(" edition") || (item.ends_with(" ed") && is_digit(item[0]))) {
    // "2nd ed." -> "2", as CSL stores it, and British "2nd edn", the word
    // written out, "8th edition", and "4th ed" without its period; other
    // editions as written: "Rev. ed.".
    const std::string_view edition = item.substr(0, item.rfind(' '));
    size_t digits = 0;
    while (digits < edition.size() && is_digit(edition[digits])) ++digits;
    const std::string_view rest = edition.substr(digits);
    // Word's "(2 ed.)", with no ordinal's letters.
    if (digits > 0 &&
        (rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th")) {
      return {DetailKind::edition, std::string(edition.substr(0, digits)), ""};
    }
    if (!item.ends_with(" ed.")) return {DetailKind::unknown, std::string(item), ""};
    return {DetailKind::edition, std::string(item), ""};
  }
  // "11th rev.": a classification's revision, the ICD's, as written.
  if (item.ends_with(" rev.") && !item.empty() && is_digit(item[0]) &&
      item.find(' ') == item.size() - 5) {
    return {DetailKind::edition, std::string(item), ""};
  }
  if (item == "text rev." || item == "rev.") {
    return {DetailKind::edition, std::string(item), ""};  // "(5th ed., text rev.)", the DSM's
  }
  for (std::string_view prefix : {"Vols. ", "Vol. "}) {
    if (item.starts_with(prefix)) {
      return {DetailKind::volume, dash_to_hyphen(item.substr(prefix.size())), ""};
    }
  }
  for (std::string_view prefix : {"pp. ", "p. "}) {
    if (item.starts_with(prefix) && item.find('.', prefix.size()) == npos) {
      return {DetailKind::pages, csl_pages(item.substr(prefix.size())), ""};
    }
  }
  // A TV episode's "Season 3, Episode 12": its season as the volume, the
  // episode as the number.
  if (item.starts_with("Season ") && is_number_token(item.substr(7))) {
    return {DetailKind::volume, std::string(item.substr(7)), ""};
  }
  if (item.starts_with("Episode ") && is_number_token(item.substr(8))) {
    return {DetailKind::number, std::string(item.substr(8)), ""};
  }
  // Software's "Version 4.3.1"; PhysioNet's "version 1.0.0".
  if (item.size() > 8 && item.find(' ', 8) == npos &&
      (item.starts_with("Version ") || (item.starts_with("version ") && is_digit(item[8])))) {
    return {DetailKind::version, std::string(item.substr(8)), ""};
  }
  if (const size_t version = item.find(" version ");
      version != npos && version > 0 && item.find(' ', version + 9) == npos) {
    return {DetailKind::version, std::string(item), ""};  // "R package version 2.3.9", whole
  }
  if (item.ends_with(" version") && item.size() <= 24) {
    return {DetailKind::version, std::string(item), ""};  // ChatGPT's "Mar 14 version", whole
  }
  // "Report No. 7"; the Australian Institute of Health and Welfare's "Cat. no. FDV 3".
  for (std::string_view label : {"No. ", "no. "}) {
    const size_t no = item.find(label);
    if (no == npos || (label == "no. " && no == 0)) continue;
    std::string genre(trim(item.substr(0, no)));
    return {DetailKind::number, std::string(trim(item.substr(no + 4))), genre};
  }
  if (is_page_range(item)) {
    return {DetailKind::pages, csl_pages(item), ""};  // "1–45", without "pp."
  }
  if (is_report_code(item)) {
    return {DetailKind::number, std::string(item), ""};  // "WHO/MSD/MER/2017.2", "MG-720-CCF"
  }
  // A data archive's study number, "ICPSR 35531"; an agency's, "Special
  // Report NSF 23-315"; the European Commission's "COM(2023) 298 final".
  if (is_code_number(item)) return {DetailKind::number, std::string(item), ""};
  return {DetailKind::unknown, std::string(item), ""};
}

}  // namespace

namespace {

// "CD009996": a Cochrane review's number, or "Cd009996" as EndNote writes it.
bool is_cochrane_review_number(std::string_view text) {
  return (text.starts_with("CD") || text.starts_with("Cd")) && text.size() > 2 &&
         text.find_first_not_of("0123456789", 2) == npos;
}

// "(1), CD001848", "(3), Article CD011681": an issue with no volume, as
// Cochrane's reviews are numbered, then an article number.
std::optional<PeriodicalTail> read_issue_alone(std::string_view text) {
  const size_t close = text.find(')');
  if (close == npos || !text.substr(close + 1).starts_with(", ")) return std::nullopt;
  PeriodicalTail tail;
  tail.issue = std::string(text.substr(1, close - 1));
  if (!is_number_token(tail.issue)) return std::nullopt;
  std::string_view rest = trim(text.substr(close + 3));
  if (rest.starts_with("Article ")) rest.remove_prefix(8);
  const bool review = is_cochrane_review_number(rest);
  // Pages after an issue alone ("Journal, (3), 194–202") mean a volume left out.
  if (!review && !is_elocator(rest)) return std::nullopt;
  tail.article_number = std::string(rest);
  return tail;
}

// "2, Pt. 2", "7, Suppl. 1": an issue and its part or supplement.
bool is_issue_part(std::string_view issue) {
  for (std::string_view label : {", Pt. ", ", Suppl. "}) {
    const size_t part = issue.find(label);
    if (part != npos && is_number_token(issue.substr(0, part)) &&
        is_number_token(issue.substr(part + label.size()))) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<PeriodicalTail> read_periodical_tail(std::string_view text) {
  if (text.starts_with('(')) return read_issue_alone(text);
  PeriodicalTail tail;
  size_t at = 0;
  while (at < text.size() && text[at] != '(' && text[at] != '[' && text[at] != ',' &&
         text[at] != ':') {
    ++at;
  }
  std::string_view volume = trim(text.substr(0, at));
  for (std::string_view prefix : {"pp. ", "p. "}) {  // a newspaper's "p. A1"
    if (volume.starts_with(prefix) && volume.size() > prefix.size() &&
        !is_digit(volume[prefix.size()])) {
      tail.page = std::string(volume.substr(prefix.size()));
      if (at < text.size()) tail.page += std::string(text.substr(at));
      return tail;
    }
  }
  if (volume.starts_with("Vol. ")) volume.remove_prefix(5);
  const bool newspaper_pages = volume.starts_with("A") || volume.starts_with("B") ||
                               volume.starts_with("C") || volume.starts_with("D");
  if (!is_number_token(volume)) return std::nullopt;
  if (at < text.size() && (text[at] == '(' || text[at] == '[')) {  // "42(2)", "42[2]"
    const size_t close = text.find(text[at] == '(' ? ')' : ']', at);
    const std::string_view issue = close == npos ? "" : text.substr(at + 1, close - at - 1);
    // "2007 (ABS Catalogue No. 4326.0)" closes a report's title, not an
    // issue; "9(2, Pt. 2)" is an issue's part, as APA 7 writes it.
    // "2014* [Data set]": a description after a title's year, not an issue.
    if (issue.empty() || issue.find("No.") != npos ||
        (std::count(issue.begin(), issue.end(), ' ') > 1 && !is_issue_part(issue)) ||
        (text[at] == '[' && !is_number_token(issue))) {
      return std::nullopt;
    }
    tail.issue = dash_to_hyphen(issue);
    at = close + 1;
  }
  std::string_view rest = trim(text.substr(at));
  if (rest.starts_with(":") && is_number_token(volume)) {
    // Vancouver's numbering in an APA entry: "16:606–613", "303(19): 1961-9".
    rest = trim(rest.substr(1));
    tail.volume = dash_to_hyphen(volume);
    // "2(8):e124", and "3 (10): 150664": six digits or more are no page of an
    // issue but an article's number.
    if (is_elocator(rest) || (rest.size() >= 6 && is_ascii_digits(rest))) {
      tail.article_number = std::string(rest);
      return tail;
    }
    if (!is_pages(rest)) return std::nullopt;
    tail.page = csl_pages(rest);
    return tail;
  }
  if (rest.empty()) {
    if (newspaper_pages && tail.issue.empty() && volume.size() <= 4 && !is_digit(volume[0])) {
      tail.page = std::string(volume);  // "The Washington Post, A1"
      return tail;
    }
    tail.volume = dash_to_hyphen(volume);
    return tail;
  }
  if (rest.starts_with(", ")) {
    rest.remove_prefix(2);
  } else if (rest.size() > 1 && rest[0] == ',' && is_digit(rest[1])) {
    rest.remove_prefix(1);  // "24(4),385-396"
  } else {
    return std::nullopt;
  }
  tail.volume = dash_to_hyphen(volume);
  if (rest.starts_with("No. ") && tail.issue.empty()) {  // "Vol. 63, No. 2, pp. 221–233"
    const size_t comma = rest.find(", ");
    tail.issue = std::string(rest.substr(4, comma == npos ? npos : comma - 4));
    if (comma == npos) return tail;
    rest.remove_prefix(comma + 2);
  }
  if (newspaper_pages && tail.issue.empty() && !is_digit(volume[0])) {
    tail.volume.clear();
    tail.page = std::string(volume) + ", " + std::string(rest);  // "A1, A4"
    return is_pages(rest) ? std::optional(tail) : std::nullopt;
  }
  if (rest.starts_with("Article ")) {
    tail.article_number = std::string(trim(rest.substr(8)));
    return tail.article_number.find(' ') == npos ? std::optional(tail) : std::nullopt;
  }
  // "e0123", "zsz015", a Cochrane review's "CD009996": written without "Article".
  if (is_elocator(rest) || is_cochrane_review_number(rest)) {
    tail.article_number = std::string(rest);
    return tail;
  }
  for (std::string_view prefix : {"pp. ", "p. ", "pp.", "p.", "pages "}) {
    if (rest.starts_with(prefix)) {
      rest.remove_prefix(prefix.size());  // Harvard's "pp.44-59", BibTeX's "pages 44--59"
      break;
    }
  }
  if (!is_pages(rest)) return std::nullopt;
  tail.page = csl_pages(rest);
  return tail;
}

std::vector<DetailItem> split_details(std::string_view details) {
  std::vector<DetailItem> items;
  size_t start = 0;
  while (start <= details.size()) {
    size_t end = details.find("; ", start);
    if (end == npos) end = details.size();
    const std::string_view group = trim(details.substr(start, end - start));
    if (const auto role = role_item(group)) {
      items.push_back(*role);
    } else {
      size_t from = 0;
      while (from <= group.size()) {
        size_t to = group.find(", ", from);
        if (to == npos) to = group.size();
        const std::string_view item = group.substr(from, to - from);
        if (item.starts_with("Pt. ") && is_number_token(item.substr(4)) && !items.empty() &&
            items.back().kind == DetailKind::volume) {
          items.back().value += ", " + std::string(item);  // "Vol. 9, Pt. 1": a volume's part
        } else if (to > from) {
          items.push_back(plain_item(item));
        }
        from = to + 2;
      }
    }
    start = end + 2;
  }
  return items;
}

bool all_details(std::string_view details) {
  for (const DetailItem& item : split_details(details)) {
    if (item.kind == DetailKind::unknown) return false;
  }
  return true;
}

std::string csl_pages(std::string_view pages) {
  std::string out;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (pages.compare(i, 3, "\xE2\x80\x93") == 0 || pages.compare(i, 3, "\xE2\x80\x94") == 0) {
      i += 2;
      if (out.empty() || out.back() != '-') out += '-';
    } else if (pages[i] == '-') {
      if (out.empty() || out.back() != '-') out += '-';
    } else if (pages[i] == ' ' && i + 1 < pages.size() &&
               (pages[i + 1] == '-' || pages[i + 1] == '\xE2')) {
      continue;
    } else if (pages[i] == ' ' && !out.empty() && out.back() == '-') {
      continue;
    } else {
      out += pages[i];
    }
  }
  // "1124-31" -> "1124-1131": APA 7 writes both pages in full.
  const size_t dash = out.find('-');
  if (dash == std::string::npos || dash == 0) return out;
  return out.substr(0, dash + 1) + full_last_page(std::string_view(out).substr(0, dash),
                                                  std::string_view(out).substr(dash + 1));
}

}  // namespace mwp
