#include "cite/apa_sentences.h"

#include <array>

namespace mwp {
namespace {

// Words whose period never ends a sentence of a reference.
constexpr std::array<std::string_view, 24> kAbbreviations = {
    "Vol", "Vols", "No", "Nos", "Ed", "Eds", "ed", "eds", "Trans", "pp",    "p",  "Rev",
    "Jr",  "Sr",   "St", "Dr",  "Mr", "Ms",  "Co", "Inc", "vs",    "Suppl", "Pt", "Chap",
};

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

// "... policy responses in the EU. Publications Office": two capitals as a
// word end a title after the date, where names hold no initials so written.
bool country_code_before(std::string_view text, size_t at) {
  return at >= 3 && is_upper(text[at - 1]) && is_upper(text[at - 2]) && text[at - 3] == ' ';
}

}  // namespace

bool period_ends_abbreviation(std::string_view text, size_t at) {
  size_t start = at;
  while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '(' && text[start - 1] != '[') {
    --start;
  }
  const std::string_view word = text.substr(start, at - start);
  if (word.empty()) return false;
  // "J", "U.S", "A.-M": initials, one or two capitals between periods.
  bool initials = true;
  size_t letters = 0;
  for (char c : word) {
    if (c == '.' || c == '-') {
      letters = 0;
    } else if (is_upper(c) && ++letters <= 2) {
      continue;
    } else {
      initials = false;
      break;
    }
  }
  if (initials && word.size() <= 6) return true;
  for (std::string_view abbreviation : kAbbreviations) {
    if (word == abbreviation) return true;
  }
  // "Handbook of child psychology: Vol. 1. Theoretical models": a volume's
  // number and its title are one container.
  const bool number = word.find_first_not_of("0123456789") == std::string_view::npos;
  return number && start >= 6 && text.substr(start - 6, 6) == " Vol. ";
}

std::vector<TextRange> apa_sentences(std::string_view text, TextRange range,
                                     const std::function<bool(size_t)>& italic_at) {
  std::vector<TextRange> out;
  int depth = 0;
  size_t start = range.begin;
  // `keep_period`: the final period is an abbreviation's, and the title's.
  auto push = [&](size_t end, bool keep_period = false) {
    size_t b = start;
    while (b < end && text[b] == ' ') ++b;
    size_t e = end;
    while (e > b && (text[e - 1] == ' ')) --e;
    if (e > b && text[e - 1] == '.' && !keep_period) --e;
    if (e > b) out.push_back({b, e});
  };
  for (size_t i = range.begin; i < range.end; ++i) {
    const char c = text[i];
    if (c == '(' || c == '[') {
      ++depth;
    } else if ((c == ')' || c == ']') && depth > 0) {
      --depth;
    } else if (depth == 0 && (c == '.' || c == '?' || c == '!') && i + 1 < range.end) {
      // A sentence may end inside a closing quotation mark: 'update." In',
      // "‘It’s O.K. not to be O.K.’ *Time*".
      size_t after = i + 1;
      if (text[after] == '"' || text[after] == '\'') {
        ++after;
      } else if (text.compare(after, 3, "\xE2\x80\x9D") == 0 ||
                 text.compare(after, 3, "\xE2\x80\x99") == 0) {
        after += 3;
      }
      if (after >= range.end || text[after] != ' ') continue;
      // "Title? [Master's thesis, ...]", "Title? (2nd ed.)", "\"... his
      // religion...\" [Tweet]": the title's details.
      const bool ellipsis = c == '.' && i >= 2 && text[i - 1] == '.' && text[i - 2] == '.';
      if ((c != '.' || ellipsis) && after + 1 < range.end &&
          (text[after + 1] == '[' || text[after + 1] == '(')) {
        continue;
      }
      // "*Four more years.* [Tweet]": a post's words, in italics, end with
      // their own period before the description.
      if (c == '.' && italic_at && italic_at(i) && after + 1 < range.end &&
          text[after + 1] == '[') {
        continue;
      }
      // "*MMWR. Morbidity and Mortality Weekly Report*": a period inside one
      // italic element does not end it.
      if (italic_at && i > 0 && italic_at(i - 1) && italic_at(i) && after + 1 < range.end &&
          italic_at(after + 1)) {
        continue;
      }
      // "*... Milton H. Erickson, M.D.* W. W. Norton": italics that close
      // on an abbreviation's period end the title with them.
      const bool italics_close = italic_at && i > 0 && italic_at(i - 1) && italic_at(i) &&
                                 after == i + 1 && after + 1 < range.end && !italic_at(after + 1) &&
                                 text[after + 1] != '(' && text[after + 1] != '[' &&
                                 period_ends_abbreviation(text, i);
      const bool italics_end =
          (italic_at && i > 0 && italic_at(i - 1) && !italic_at(i)) || italics_close;
      // "... in the contemporary U.S. *PLoS ONE*": italics opening after the
      // period say that a title ended there.
      const bool italics_open =
          italic_at && after + 1 < range.end && !italic_at(i) && italic_at(after + 1);
      if (c == '.' && after == i + 1 && !italics_end && !italics_open &&
          period_ends_abbreviation(text, i) && !country_code_before(text, i)) {
        continue;
      }
      push(c == '.' && after == i + 1 && !italics_close ? i : after, italics_close);
      start = after;
    }
  }
  push(range.end);
  return out;
}

}  // namespace mwp
