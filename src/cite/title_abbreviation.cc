#include "cite/title_abbreviation.h"

#include <array>
#include <optional>
#include <string>

#include "cite/citation_years.h"
#include "text/code_point.h"

namespace mwp {
namespace {

struct Abbreviation {
  std::string letters;  // "DSM"
  int edition = 0;      // 5
  bool text_revision = false;
};

// "5", "11", "IV", "III": an edition; 0 when the text is none.
int edition_number(std::string_view text) {
  if (!text.empty() && text.size() <= 2 && is_ascii_digit(text[0])) {
    int n = 0;
    for (const char c : text) {
      if (!is_ascii_digit(c)) return 0;
      n = n * 10 + (c - '0');
    }
    return n;
  }
  constexpr std::array<std::string_view, 12> kRoman = {"I",   "II",   "III", "IV", "V",  "VI",
                                                       "VII", "VIII", "IX",  "X",  "XI", "XII"};
  for (size_t i = 0; i < kRoman.size(); ++i) {
    if (text == kRoman[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

// "DSM-5-TR" -> {"DSM", 5, true}; nullopt when it is not of that form.
std::optional<Abbreviation> read_abbreviation(std::string_view text) {
  Abbreviation out;
  const size_t first = text.find('-');
  if (first == std::string_view::npos || first < 2 || first > 6 ||
      !is_ascii_capitals(text.substr(0, first))) {
    return std::nullopt;
  }
  out.letters = std::string(text.substr(0, first));
  std::string_view rest = text.substr(first + 1);
  if (rest.ends_with("-TR")) {
    out.text_revision = true;
    rest.remove_suffix(3);
  }
  out.edition = edition_number(rest);
  if (out.edition == 0) return std::nullopt;
  return out;
}

bool is_small_word(std::string_view word) {
  constexpr std::array<std::string_view, 11> kSmall = {"a",  "an", "and", "the", "of",  "for",
                                                       "in", "on", "to",  "&",   "with"};
  for (const std::string_view small : kSmall) {
    if (word == small) return true;
  }
  return false;
}

// The upper-case initials of the title's words that are not small words.
std::string title_initials(std::string_view title) {
  std::string out;
  for (size_t at = 0; at < title.size();) {
    size_t end = title.find_first_of(" :-", at);
    if (end == std::string_view::npos) end = title.size();
    const std::string_view word = title.substr(at, end - at);
    if (!word.empty() && !is_small_word(word)) {
      const char c = word[0];
      out += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    }
    at = end + 1;
  }
  return out;
}

// "5th ed., text rev." -> 5.
int reference_edition(const std::string& edition) {
  int n = 0;
  for (const char c : edition) {
    if (!is_ascii_digit(c)) break;
    n = n * 10 + (c - '0');
  }
  return n;
}

// The written abbreviation from tokens[at]: "DSM-IV-TR" (one word), or
// "DSM" "-" "5" ("-" "TR"); `after` receives the token after it.
std::optional<std::string> abbreviation_at(std::string_view text,
                                           const std::vector<ProseToken>& tokens, size_t at,
                                           size_t& after) {
  const ProseToken& head = tokens[at];
  if (head.kind != TokenKind::word || head.possessive) return std::nullopt;
  size_t end = at + 1;
  if (end + 1 < tokens.size() && tokens[end].text == "-" && tokens[end].begin == head.end &&
      tokens[end + 1].begin == tokens[end].end &&
      (tokens[end + 1].kind == TokenKind::number || tokens[end + 1].kind == TokenKind::word)) {
    end += 2;
    if (end + 1 < tokens.size() && tokens[end].text == "-" && tokens[end + 1].text == "TR" &&
        tokens[end].begin == tokens[end - 1].end) {
      end += 2;
    }
  }
  const std::string written(text.substr(head.begin, tokens[end - 1].end - head.begin));
  if (!read_abbreviation(written)) return std::nullopt;
  after = end;
  return written;
}

}  // namespace

std::vector<CitationMention> find_title_abbreviations(std::string_view text,
                                                      const std::vector<ProseToken>& tokens) {
  std::vector<CitationMention> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].capitalised) continue;
    size_t open = 0;
    const std::optional<std::string> written = abbreviation_at(text, tokens, i, open);
    if (!written || open + 2 >= tokens.size() || tokens[open].text != "(") continue;
    const std::optional<CitedYear> year = read_cited_year(tokens, open + 1);
    if (!year || year->last + 1 >= tokens.size() || tokens[year->last + 1].text != ")") continue;
    CitationMention mention;
    mention.begin = tokens[i].begin;
    mention.end = tokens[year->last + 1].end;
    mention.abbreviated_title = *written;
    mention.has_year = true;
    mention.year = year->year;
    mention.in_press = year->in_press;
    mention.year_suffix = year->suffix;
    mention.office = true;  // a citation only if it matches a reference
    out.push_back(std::move(mention));
    i = year->last + 1;
  }
  return out;
}

bool abbreviates_title(std::string_view abbreviation, const Reference& reference) {
  const std::optional<Abbreviation> read = read_abbreviation(abbreviation);
  if (!read || reference.edition.empty()) return false;
  if (!title_initials(reference.title).starts_with(read->letters)) return false;
  const bool text_revision = reference.edition.find("text rev") != std::string::npos;
  return reference_edition(reference.edition) == read->edition &&
         text_revision == read->text_revision;
}

}  // namespace mwp
