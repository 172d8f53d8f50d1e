#include "cite/citation_years.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string_view>

#include "text/code_point.h"

namespace mwp {
namespace {

// Words that start a locator after a citation's date, lower-cased.
constexpr std::array<std::string_view, 46> kLocators = {
    "p",           "pp",       "para",       "paras",         "chap",     "chapter",
    "chapters",    "ch",       "sec",        "section",       "sections", "table",
    "tables",      "fig",      "figure",     "figures",       "appendix", "line",
    "lines",       "slide",    "slides",     "vol",           "volume",   "note",
    "notes",       "footnote", "n",          "study",         "studies",  "experiment",
    "experiments", "abstract", "emphasis",   "italics",       "preface",  "introduction",
    "part",        "box",      "supplement", "supplementary", "col",      "verse",
    "min",         "minute",   "cat",        "catalogue",
};

bool is_dash(const ProseToken& token) {
  return is_punct(token, "-") || is_punct(token, "\xE2\x80\x93");
}

// A single letter after a "-" at tokens[at]: the suffix of "n.d.-a".
std::optional<std::string> dashed_suffix(const std::vector<ProseToken>& tokens, size_t at) {
  if (at + 1 < tokens.size() && is_punct(tokens[at], "-") &&
      tokens[at + 1].kind == TokenKind::word && tokens[at + 1].text.size() == 1 &&
      !tokens[at + 1].capitalised) {
    return std::string(tokens[at + 1].text);
  }
  return std::nullopt;
}

// "2003" or "2003a" at a number token.
std::optional<std::pair<int, std::string>> year_number(const ProseToken& token) {
  if (token.kind != TokenKind::number) return std::nullopt;
  const std::string_view digits = token.text.substr(0, token.text.find_first_not_of("0123456789"));
  if (digits.size() != 4 || digits[0] < '1' || digits[0] > '2') return std::nullopt;
  int year = 0;
  for (char digit : digits) year = year * 10 + (digit - '0');
  return std::pair{year, std::string(token.text.substr(digits.size()))};
}

// Whether a locator starts at tokens[at]: "p. 4", "para. 2", or a named
// section, "Discussion section, para. 1", "Summary section".
bool is_locator_start(const std::vector<ProseToken>& tokens, size_t at) {
  if (tokens[at].kind != TokenKind::word) return false;
  if (std::find(kLocators.begin(), kLocators.end(), ascii_lower(tokens[at].text)) !=
      kLocators.end()) {
    return true;
  }
  for (size_t i = at; i < tokens.size() && i < at + 4; ++i) {
    if (tokens[i].kind != TokenKind::word) return false;
    if (i > at && (tokens[i].text == "section" || tokens[i].text == "sections")) return true;
    if (!tokens[i].capitalised) return false;
  }
  return false;
}

}  // namespace

bool is_punct(const ProseToken& token, std::string_view mark) {
  return token.kind == TokenKind::punct && token.text == mark;
}

bool is_word(const ProseToken& token, std::string_view word) {
  return token.kind == TokenKind::word && token.text == word;
}

bool is_and(const ProseToken& token) {
  return is_word(token, "and") || is_punct(token, "&");
}

std::optional<CitedYear> read_cited_year(const std::vector<ProseToken>& tokens, size_t at) {
  if (at >= tokens.size()) return std::nullopt;
  if (const auto number = year_number(tokens[at])) {
    CitedYear year{number->first, false, number->second, 0, 0, at, at};
    // A reprint: "1969/1982" (original, then this edition). A number of two
    // such parts that no reprint has, "SI 2002/2788" (a U.K. statutory
    // instrument), is no year.
    if (at + 2 < tokens.size() && is_punct(tokens[at + 1], "/") && number->second.empty()) {
      if (const auto reprint = year_number(tokens[at + 2])) {
        constexpr int kLongestReprint = 300;  // years from a work to its reprint
        if (std::abs(reprint->first - number->first) > kLongestReprint) {
          return std::nullopt;
        }
        year = {reprint->first, false, reprint->second, number->first, 0, at, at + 2};
      }
    }
    return year;
  }
  CitedYear year;
  year.first = at;
  if (at + 3 < tokens.size() && is_word(tokens[at], "n") && is_punct(tokens[at + 1], ".") &&
      is_word(tokens[at + 2], "d") && is_punct(tokens[at + 3], ".")) {
    year.last = at + 3;
  } else if (is_word(tokens[at], "forthcoming")) {
    year.in_press = true;  // as some writers say "in press"
    year.last = at;
    return year;
  } else if (at + 1 < tokens.size() && is_word(tokens[at], "in") &&
             tokens[at + 1].kind == TokenKind::word && tokens[at + 1].text.starts_with("press")) {
    const std::string_view rest = tokens[at + 1].text.substr(5);  // "-a" of "press-a"
    if (!rest.empty() &&
        !(rest.size() == 2 && rest[0] == '-' && rest[1] >= 'a' && rest[1] <= 'z')) {
      return std::nullopt;
    }
    year.in_press = true;
    year.last = at + 1;
    if (!rest.empty()) {
      year.suffix = std::string(rest.substr(1));
      return year;
    }
  } else {
    return std::nullopt;
  }
  if (const auto suffix = dashed_suffix(tokens, year.last + 1)) {
    year.suffix = *suffix;
    year.last += 2;
  }
  return year;
}

std::vector<CitedYear> read_cited_years(const std::vector<ProseToken>& tokens, size_t at) {
  std::vector<CitedYear> years;
  std::optional<CitedYear> year = read_cited_year(tokens, at);
  // "1969–1980": a multivolume work's years, or life dates ("1856–1939"),
  // which only a reference of that range can tell apart.
  if (year && year->last + 2 < tokens.size() && is_dash(tokens[year->last + 1]) &&
      tokens[year->last + 2].kind == TokenKind::number) {
    const auto end = year_number(tokens[year->last + 2]);
    if (year->year == 0 || !end || !end->second.empty() || end->first <= year->year ||
        !year->suffix.empty() || year->original_year != 0) {
      return {};
    }
    year->year_end = end->first;
    year->last += 2;
    return {*year};
  }
  while (year) {
    years.push_back(*year);
    const size_t next = year->last + 1;
    if (next >= tokens.size() || !is_punct(tokens[next], ",")) break;
    // "2010a,b": the next work of the same year, by its letter alone; not
    // a locator's "p." ("2003a, p. 85").
    if (!year->suffix.empty() && next + 1 < tokens.size() &&
        tokens[next + 1].kind == TokenKind::word && tokens[next + 1].text.size() == 1 &&
        !tokens[next + 1].capitalised &&
        (next + 2 >= tokens.size() || !is_punct(tokens[next + 2], "."))) {
      CitedYear same = *year;
      same.suffix = std::string(tokens[next + 1].text);
      same.first = same.last = next + 1;
      year = same;
      continue;
    }
    year = read_cited_year(tokens, next + 1);
  }
  return years;
}

namespace {

// The length of "as cited in" at tokens[at], or of the Latin "apud" that
// Brazilian and Portuguese writers use for it; 0 when neither stands there.
size_t cited_in_length(const std::vector<ProseToken>& tokens, size_t at) {
  if (at < tokens.size() && is_word(tokens[at], "apud")) return 1;
  return at + 2 < tokens.size() && is_word(tokens[at], "as") && is_word(tokens[at + 1], "cited") &&
                 is_word(tokens[at + 2], "in")
             ? 3
             : 0;
}

}  // namespace

std::optional<CitationTail> read_citation_tail(const std::vector<ProseToken>& tokens, size_t at) {
  if (at >= tokens.size()) return std::nullopt;
  // "(Symons, 1979 apud Buss, 2000)": "apud" with no comma before it.
  if (is_word(tokens[at], "apud")) return CitationTail{at + 1, false, at + 1};
  if (is_punct(tokens[at], ")") || is_punct(tokens[at], ";")) {
    return CitationTail{at, is_punct(tokens[at], ")"), std::nullopt};
  }
  // "(My paraphrase of Johnson, 2008.)": an aside's own period.
  if (is_punct(tokens[at], ".") && at + 1 < tokens.size() && is_punct(tokens[at + 1], ")")) {
    return CitationTail{at + 1, true, std::nullopt};
  }
  // "Unruh (1996: 150)", "(Unruh, 1996: 150–152)", "(Hochschild 1983: ch.
  // 3)": a page or a locator after a colon, as European writers and
  // sociologists give it.
  if (is_punct(tokens[at], ":") && at + 2 < tokens.size() &&
      (tokens[at + 1].kind == TokenKind::number || is_locator_start(tokens, at + 1))) {
    for (size_t i = at + 2; i < tokens.size() && i < at + 6; ++i) {
      if (is_punct(tokens[i], ")") || is_punct(tokens[i], ";")) {
        return CitationTail{i, is_punct(tokens[i], ")"), std::nullopt};
      }
    }
  }
  if (!is_punct(tokens[at], ",") || at + 1 >= tokens.size()) return std::nullopt;
  const size_t first = at + 1;
  if (const size_t cited = cited_in_length(tokens, first); cited > 0) {
    return CitationTail{first + cited, false, first + cited};
  }
  // "(Farren et al., 2018, for reviews)": what the works are cited for.
  if (is_word(tokens[first], "for")) {
    for (size_t i = first + 1; i < tokens.size() && i < first + 6; ++i) {
      if (is_punct(tokens[i], ")") || is_punct(tokens[i], ";")) {
        return CitationTail{i, is_punct(tokens[i], ")"), std::nullopt};
      }
      if (tokens[i].kind != TokenKind::word || tokens[i].capitalised) return std::nullopt;
    }
    return std::nullopt;
  }
  // "(Pope et al. 1997, 548)", "(Gross 2002, 283–85)": Chicago's page, a bare number.
  if (tokens[first].kind == TokenKind::number) {
    size_t i = first + 1;
    if (i + 1 < tokens.size() && is_dash(tokens[i]) && tokens[i + 1].kind == TokenKind::number) {
      i += 2;
    }
    if (i < tokens.size() && (is_punct(tokens[i], ")") || is_punct(tokens[i], ";"))) {
      return CitationTail{i, is_punct(tokens[i], ")"), std::nullopt};
    }
    return std::nullopt;
  }
  // "(*King James Bible*, 1769/2017, John 11:35)": a book of a scripture,
  // its chapter and verse.
  if (tokens[first].kind == TokenKind::word && tokens[first].capitalised &&
      first + 4 < tokens.size() && tokens[first + 1].kind == TokenKind::number &&
      is_punct(tokens[first + 2], ":") && tokens[first + 3].kind == TokenKind::number &&
      (is_punct(tokens[first + 4], ")") || is_punct(tokens[first + 4], ";"))) {
    return CitationTail{first + 4, is_punct(tokens[first + 4], ")"), std::nullopt};
  }
  if (!is_locator_start(tokens, first)) return std::nullopt;
  for (size_t i = first + 1; i < tokens.size() && i < first + 12; ++i) {
    if (is_punct(tokens[i], "(")) return std::nullopt;
    // "(Goffman, 1963, p. 3, as cited in Hing et al., 2016)"
    if (const size_t cited = cited_in_length(tokens, i + 1);
        is_punct(tokens[i], ",") && cited > 0) {
      return CitationTail{i + 1 + cited, false, i + 1 + cited};
    }
    if (is_punct(tokens[i], ")") || is_punct(tokens[i], ";")) {
      return CitationTail{i, is_punct(tokens[i], ")"), std::nullopt};
    }
  }
  return std::nullopt;
}

bool says_cited_in(std::string_view rest) {
  const size_t cited = rest.find("as cited in");
  if (cited == std::string_view::npos) return false;
  for (size_t stop = rest.find(". "); stop < cited; stop = rest.find(". ", stop + 2)) {
    if (stop < 2 || (rest.substr(stop - 2, 2) != "al" && rest.substr(stop - 2, 2) != "et")) {
      return false;
    }
  }
  return true;
}

int year_of_token(const ProseToken& token) {
  if (token.kind != TokenKind::number || token.text.size() != 4 || !is_ascii_digits(token.text)) {
    return 0;
  }
  const int year = std::stoi(std::string(token.text));
  return year >= 1800 && year <= 2099 ? year : 0;
}

size_t names_after_opening_year(const std::vector<ProseToken>& tokens, size_t y) {
  if (y == 0 || y + 2 >= tokens.size() || !is_punct(tokens[y + 1], ",")) return 0;
  const size_t in = y - 1;
  if (!is_word(tokens[in], "In") && !is_word(tokens[in], "in")) return 0;
  const bool opens = in == 0 || is_punct(tokens[in - 1], ".") || is_punct(tokens[in - 1], "?") ||
                     is_punct(tokens[in - 1], "!") || is_punct(tokens[in - 1], ";") ||
                     is_punct(tokens[in - 1], ":");
  if (!opens) return 0;
  const size_t name =
      is_word(tokens[y + 2], "the") || is_word(tokens[y + 2], "The") ? y + 3 : y + 2;
  return name < tokens.size() ? name : 0;
}

}  // namespace mwp
