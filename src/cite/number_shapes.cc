#include "cite/number_shapes.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "cite/field_text.h"
#include "text/code_point.h"
#include "text/trim.h"
#include "text/word_set.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

// A word in a volume, issue or page number: a roman numeral ("XIV"), a
// letter ("B", "e0123"'s "e") or one of the words such numbers hold.
bool number_word(std::string_view word) {
  if (word.find_first_not_of("IVXLCivxlc") == npos || word.size() <= 2) return true;
  return is_one_of(
      word, {"Suppl", "suppl", "sup", "Sup", "Supplement", "Spec", "Special", "Part", "Pt",
             // German Medical Science's article numbers: "Doc05".
             "Doc",
             // ACM's issues named for their conferences: "5(CSCW2)", "8(CHI PLAY)".
             "CSCW", "CHI", "PLAY", "UIST", "GROUP", "EICS", "ISS",
             // Scopus's issue of a journal without issues, as Mendeley
             // imports it: "7(7 DEC)".
             "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"});
}

// Volumes, issues and pages: numbers, roman numerals, "Suppl. B", "e0123",
// "S1-S12", "1_suppl", short.
void check_number(std::vector<std::string>& doubts, std::string_view field,
                  std::string_view value) {
  const auto numeric = [](char32_t cp) {
    return (cp < 0x80 && (std::isalnum(static_cast<int>(cp)) || cp == '-' || cp == ' ' ||
                          cp == '.' || cp == ',' || cp == '/' || cp == '+' || cp == '_')) ||
           cp == 0x2013;
  };
  bool words_known = true;
  for (size_t at = 0; at < value.size();) {
    const size_t begin =
        value.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", at);
    if (begin == npos) break;
    size_t end = begin;
    while (end < value.size() && std::isalpha(static_cast<unsigned char>(value[end]))) ++end;
    if (!number_word(value.substr(begin, end - begin))) words_known = false;
    at = end;
  }
  if (value.size() > 24 || !all_code_points(value, numeric) || !words_known) {
    doubts.push_back(std::string(field) + " " + quoted(value) + ", which is not a number");
    return;
  }
  // "137 155": a range whose dash a PDF lost.
  for (size_t space = value.find(' '); space != npos; space = value.find(' ', space + 1)) {
    if (space > 0 && is_ascii_digit(value[space - 1]) && space + 1 < value.size() &&
        is_ascii_digit(value[space + 1])) {
      doubts.push_back(std::string(field) + " " + quoted(value) +
                       ", two numbers with nothing between them");
      return;
    }
  }
}

// "5, 585-592" or "3, 271, 299": an issue run into the pages after the
// volume. Discontinuous pages ("A1, A4", "271, 299") have no short number
// standing first.
bool pages_after_issue(std::string_view page) {
  const size_t comma = page.find(", ");
  if (comma == npos) return false;
  const std::string_view first = page.substr(0, comma);
  const std::string_view rest = trim(page.substr(comma + 2));
  const bool number = std::all_of(first.begin(), first.end(), is_ascii_digit);
  return (number && is_number_range(rest)) ||
         (number && first.size() <= 2 && rest.find(", ") != npos);
}

}  // namespace

void doubt_number_shapes(const Reference& reference, std::vector<std::string>& doubts) {
  if (!reference.volume.empty()) {
    check_number(doubts, "the volume", reference.volume);
    if (is_periodical_article(reference.type) && reference.page.empty() &&
        reference.article_number.empty() && is_number_range(reference.volume)) {
      doubts.push_back("the volume " + quoted(reference.volume) + ", which reads as pages");
    }
  }
  if (!reference.issue.empty()) check_number(doubts, "the issue", reference.issue);
  if (!reference.page.empty()) {
    check_number(doubts, "the pages", reference.page);
    if (pages_after_issue(reference.page)) {
      doubts.push_back("the pages " + quoted(reference.page) + ", which hold an issue");
    }
    // "*5*, 12.": a volume's one page so early, or an article number written
    // without "Article", which the string cannot tell apart. ("*330*(6006),
    // 932." and "*496*, 398." are pages.)
    const bool small_number = is_ascii_digits(reference.page) && reference.page.size() <= 2;
    if (reference.type == ReferenceType::article_journal && small_number &&
        reference.issue.empty()) {
      doubts.push_back("the page " + quoted(reference.page) +
                       ", one page or an article number without \"Article\"");
    }
  }
}

}  // namespace mwp
