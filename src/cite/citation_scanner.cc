#include "cite/citation_scanner.h"

#include <algorithm>
#include <optional>
#include <set>

#include "cite/name_group.h"
#include "cite/prose_tokens.h"
#include "text/utf8.h"

namespace mwp {
namespace {

using Tokens = std::vector<ProseToken>;

bool is_punct(const ProseToken& token, std::string_view mark) {
  return token.kind == TokenKind::punct && token.text == mark;
}

bool is_and(const ProseToken& token) {
  return (token.kind == TokenKind::word && token.text == "and") || is_punct(token, "&");
}

struct Year {
  int year = 0;  // 0 for n.d.
  std::string suffix;
  size_t first = 0;  // token indices
  size_t last = 0;
};

// "2003", "2003a", "n.d.", "n.d.-a" at tokens[at].
std::optional<Year> read_year(const Tokens& tokens, size_t at) {
  if (at >= tokens.size()) return std::nullopt;
  const ProseToken& token = tokens[at];
  if (token.kind == TokenKind::number) {
    const std::string_view number =
        token.text.substr(0, token.text.find_first_not_of("0123456789"));
    if (number.size() != 4) return std::nullopt;
    int year = 0;
    for (char digit : number) year = year * 10 + (digit - '0');
    if (year < 1800 || year > 2100) return std::nullopt;
    return Year{year, std::string(token.text.substr(number.size())), at, at};
  }
  if (at + 3 < tokens.size() && token.text == "n" && is_punct(tokens[at + 1], ".") &&
      tokens[at + 2].text == "d" && is_punct(tokens[at + 3], ".")) {
    Year year{0, "", at, at + 3};
    if (at + 5 < tokens.size() && is_punct(tokens[at + 4], "-") &&
        tokens[at + 5].kind == TokenKind::word && tokens[at + 5].text.size() == 1) {
      year.suffix = tokens[at + 5].text;
      year.last = at + 5;
    }
    return year;
  }
  return std::nullopt;
}

// Years separated by commas from tokens[at]: "1998, 2003".
std::vector<Year> read_years(const Tokens& tokens, size_t at) {
  std::vector<Year> years;
  std::optional<Year> year = read_year(tokens, at);
  while (year) {
    years.push_back(*year);
    const size_t next = year->last + 1;
    if (next >= tokens.size() || !is_punct(tokens[next], ",")) break;
    year = read_year(tokens, next + 1);
  }
  return years;
}

// Index of the token closing a locator (", p. 5") at `at`: the first ")" or
// ";" within a few tokens and before any "(".
std::optional<size_t> locator_end(const Tokens& tokens, size_t at) {
  for (size_t i = at; i < tokens.size() && i < at + 8; ++i) {
    if (is_punct(tokens[i], ")") || is_punct(tokens[i], ";")) return i;
    if (is_punct(tokens[i], "(")) return std::nullopt;
  }
  return std::nullopt;
}

class DatedScanner {
 public:
  DatedScanner(std::string_view text, const Tokens& tokens) : text_(text), tokens_(tokens) {}

  std::vector<CitationMention> run() {
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (!is_punct(tokens_[i], "(")) continue;
      if (!narrative(i)) parenthetical(i);
    }
    find_keys();
    std::stable_sort(
        out_.begin(), out_.end(),
        [](const CitationMention& a, const CitationMention& b) { return a.begin < b.begin; });
    return std::move(out_);
  }

 private:
  // "... (2003)" with a name group before the parenthesis.
  bool narrative(size_t open) {
    const std::vector<Year> years = read_years(tokens_, open + 1);
    if (years.empty() || open == 0) return false;
    const std::optional<size_t> close = locator_end(tokens_, years.back().last + 1);
    if (!close || !is_punct(tokens_[*close], ")")) return false;
    bool et_al = false;
    bool intervening = false;
    size_t end = open - 1;
    if (const size_t length = et_al_length_before(tokens_, end); length > 0 && end >= length) {
      et_al = true;
      end -= length;
    }
    std::optional<NameGroup> group = name_group_ending_at(tokens_, text_, end);
    if (!group && !et_al) {
      intervening = true;
      group = group_before_words(end, et_al);
    }
    if (!group || (intervening && !group->possessive && !et_al)) return false;
    CitationMention mention;
    mention.names = group->names;
    mention.et_al = et_al;
    mention.strong = et_al || group->names.size() >= 2 || group->possessive;
    mention.begin = tokens_[group->first].begin;
    for (size_t y = 0; y < years.size(); ++y) {
      CitationMention dated = mention;
      dated.has_year = true;
      dated.year = years[y].year;
      dated.year_suffix = years[y].suffix;
      if (y > 0) dated.begin = tokens_[years[y].first].begin;
      dated.end = years.size() == 1 ? tokens_[*close].end : tokens_[years[y].last].end;
      out_.push_back(std::move(dated));
    }
    return true;
  }

  // "Janet Hyde's gender similarities hypothesis (2005)": up to six words
  // back to a possessive name (or "and colleagues'").
  std::optional<NameGroup> group_before_words(size_t end, bool& et_al) {
    size_t words = 0;
    for (size_t k = end + 1; k-- > 0 && words <= 6;) {
      const ProseToken& token = tokens_[k];
      if (token.kind == TokenKind::word && token.possessive) {
        if (token.capitalised) return name_group_ending_at(tokens_, text_, k);
        const size_t length = et_al_length_before(tokens_, k);
        if (length == 0 || k < length) return std::nullopt;
        et_al = true;
        return name_group_ending_at(tokens_, text_, k - length);
      }
      if (token.kind == TokenKind::word && !token.capitalised) {
        ++words;
      } else if (!is_punct(token, "-")) {
        return std::nullopt;
      }
    }
    return std::nullopt;
  }

  // "(Gross & John, 2003; Hyde, 2005)", "(e.g., Levant et al., 2009)".
  void parenthetical(size_t open) {
    size_t i = open + 1;
    while (i < tokens_.size()) {
      i = skip_prefix(i);
      CitationMention mention;
      mention.parenthetical = true;
      mention.strong = true;
      const size_t first = i;
      if (!read_names(i, mention) || i >= tokens_.size() || !is_punct(tokens_[i], ",")) return;
      const std::vector<Year> years = read_years(tokens_, i + 1);
      if (years.empty()) return;
      const std::optional<size_t> stop = locator_end(tokens_, years.back().last + 1);
      if (!stop) return;
      mention.begin = tokens_[first].begin;
      for (const Year& year : years) {
        CitationMention dated = mention;
        dated.has_year = true;
        dated.year = year.year;
        dated.year_suffix = year.suffix;
        dated.end = tokens_[year.last].end;
        if (&year != &years.front()) dated.begin = tokens_[year.first].begin;
        out_.push_back(std::move(dated));
      }
      if (is_punct(tokens_[*stop], ")")) return;
      i = *stop + 1;
    }
  }

  // Skips "e.g.,", "see", "see also", "cf." before the names.
  size_t skip_prefix(size_t i) const {
    for (size_t guard = 0; guard < 6 && i < tokens_.size(); ++guard) {
      const ProseToken& token = tokens_[i];
      if (token.kind == TokenKind::word && !token.capitalised && token.text != "de" &&
          token.text != "van" && token.text != "von") {
        ++i;
      } else if (is_punct(token, ".") || is_punct(token, ",")) {
        ++i;
      } else {
        break;
      }
    }
    return i;
  }

  // Names in parenthetical form; leaves `i` on the token after them.
  bool read_names(size_t& i, CitationMention& mention) {
    while (i < tokens_.size()) {
      const size_t first = i;
      while (i < tokens_.size() && tokens_[i].kind == TokenKind::word && !tokens_[i].capitalised &&
             tokens_[i].text.size() <= 4 && i + 1 < tokens_.size() && tokens_[i + 1].capitalised) {
        ++i;  // particle: "de Waal"
      }
      if (i >= tokens_.size() || !is_name_word(tokens_[i])) return false;
      size_t last = i;
      while (last + 1 < tokens_.size() && tokens_[last + 1].kind == TokenKind::word &&
             (tokens_[last + 1].capitalised || tokens_[last + 1].text == "of")) {
        ++last;  // "American Psychological Association", "University of ..."
      }
      CitedName name;
      name.written =
          std::string(text_.substr(tokens_[first].begin, tokens_[last].end - tokens_[first].begin));
      size_t surname_first = last;
      while (surname_first > first && !tokens_[surname_first - 1].capitalised) --surname_first;
      name.surname = std::string(text_.substr(tokens_[surname_first].begin,
                                              tokens_[last].end - tokens_[surname_first].begin));
      mention.names.push_back(std::move(name));
      i = last + 1;
      if (const size_t length = et_al_length_at(tokens_, i); length > 0) {
        mention.et_al = true;
        i += length;
        return true;
      }
      if (i + 1 < tokens_.size() && is_punct(tokens_[i], ",") && is_and(tokens_[i + 1])) {
        i += 2;
      } else if (i < tokens_.size() && is_and(tokens_[i])) {
        i += 1;
      } else if (i + 1 < tokens_.size() && is_punct(tokens_[i], ",") &&
                 tokens_[i + 1].kind == TokenKind::word && tokens_[i + 1].capitalised) {
        i += 1;
      } else {
        return true;
      }
    }
    return false;
  }

  // Pandoc citations: "[@key]", "[@a; @b, p. 3]", "@key", "-@key".
  void find_keys() {
    for (size_t at = text_.find('@'); at != std::string_view::npos; at = text_.find('@', at + 1)) {
      const char before = at == 0 ? ' ' : text_[at - 1];
      if (!(before == ' ' || before == '[' || before == ';' || before == '-' || before == '\n' ||
            before == '(')) {
        continue;
      }
      size_t end = at + 1;
      auto key_char = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
      };
      while (end < text_.size()) {
        if (key_char(text_[end])) {
          ++end;
        } else if (std::string_view(":.#$%&-+?<>~/").find(text_[end]) != std::string_view::npos &&
                   end + 1 < text_.size() && key_char(text_[end + 1])) {
          end += 2;
        } else {
          break;
        }
      }
      if (end == at + 1) continue;
      CitationMention mention;
      mention.key = std::string(text_.substr(at + 1, end - at - 1));
      mention.strong = true;
      mention.begin = before == '-' ? at - 1 : at;
      mention.end = end;
      if (before == '[' && end < text_.size() && text_[end] == ']') {
        mention.begin = at - 1;
        mention.end = end + 1;
        mention.parenthetical = true;
      }
      out_.push_back(std::move(mention));
    }
  }

  std::string_view text_;
  const Tokens& tokens_;
  std::vector<CitationMention> out_;
};

bool overlaps(const std::vector<CitationMention>& taken, size_t begin, size_t end) {
  return std::any_of(taken.begin(), taken.end(),
                     [&](const CitationMention& m) { return m.begin < end && begin < m.end; });
}

// The last token of the name group that starts at tokens[at]: follows
// "and"/"&" joints to further names, stopping after a possessive.
size_t group_end_from(const Tokens& tokens, size_t at) {
  size_t last = at;
  while (!tokens[last].possessive) {
    size_t joint = last + 1;
    if (joint + 1 < tokens.size() && is_punct(tokens[joint], ",") && is_and(tokens[joint + 1]))
      ++joint;
    if (joint + 1 >= tokens.size() || !is_and(tokens[joint]) || !is_name_word(tokens[joint + 1]))
      break;
    size_t next = joint + 1;
    while (next + 1 < tokens.size() && !tokens[next].possessive && is_name_word(tokens[next + 1])) {
      ++next;  // "and Albert Gordon"
    }
    last = next;
  }
  return last;
}

// False when `word` cannot fold to any name of `shapes` (length, first
// byte): an ASCII word folds to itself with A-Z lower-cased, so its length
// and first byte must match. Other words are not ruled out.
bool may_fold_to_one_of(std::string_view word, const std::vector<std::pair<size_t, char>>& shapes) {
  if (word.empty()) return true;
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  const char first = word.front() >= 'A' && word.front() <= 'Z'
                         ? static_cast<char>(word.front() - 'A' + 'a')
                         : word.front();
  for (const auto& [length, first_byte] : shapes) {
    if (length == word.size() && first_byte == first) return true;
  }
  return false;
}

}  // namespace

std::vector<CitationMention> find_dated_citations(std::string_view markdown) {
  return find_dated_citations(markdown, tokenize_prose(markdown));
}

std::vector<CitationMention> find_dated_citations(std::string_view markdown,
                                                  const std::vector<ProseToken>& tokens) {
  return DatedScanner(markdown, tokens).run();
}

std::vector<CitationMention> find_name_citations(std::string_view markdown,
                                                 const std::vector<std::string>& surnames,
                                                 const std::vector<CitationMention>& taken) {
  return find_name_citations(markdown, tokenize_prose(markdown), surnames, taken);
}

std::vector<CitationMention> find_name_citations(std::string_view markdown, const Tokens& tokens,
                                                 const std::vector<std::string>& surnames,
                                                 const std::vector<CitationMention>& taken) {
  std::vector<CitationMention> out;
  if (surnames.empty()) return out;
  std::set<std::string, std::less<>> known;
  std::vector<std::pair<size_t, char>> shapes;  // (length, first byte) of each known name
  for (const std::string& surname : surnames) {
    const auto& folded = *known.insert(fold_for_matching(surname)).first;
    if (!folded.empty()) shapes.emplace_back(folded.size(), folded.front());
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    // Cheapest tests first: most tokens are not capitalised words.
    if (tokens[i].kind != TokenKind::word || !tokens[i].capitalised) continue;
    if (!may_fold_to_one_of(tokens[i].text, shapes)) continue;
    if (known.count(fold_for_matching(tokens[i].text)) == 0 || !is_name_word(tokens[i])) continue;
    const size_t last = group_end_from(tokens, i);
    const std::optional<NameGroup> group = name_group_ending_at(tokens, markdown, last);
    if (!group || group->first > i) continue;
    const size_t et_al = group->possessive ? 0 : et_al_length_at(tokens, last + 1);
    const size_t end_token = last + et_al;
    const bool bare =
        group->names.size() == 1 && !group->given_names && !group->possessive && et_al == 0;
    if (bare && last + 1 < tokens.size() && tokens[last + 1].kind == TokenKind::word &&
        tokens[last + 1].capitalised) {
      continue;
    }
    const size_t begin = tokens[group->first].begin;
    const size_t end = tokens[end_token].end;
    if (overlaps(taken, begin, end)) {
      i = end_token;
      continue;
    }
    CitationMention mention;
    mention.begin = begin;
    mention.end = group->possessive ? tokens[last].begin + tokens[last].text.size() : end;
    mention.names = group->names;
    mention.et_al = et_al > 0;
    mention.strong = group->possessive || et_al > 0 || group->names.size() >= 2;
    out.push_back(std::move(mention));
    i = end_token;
  }
  return out;
}

}  // namespace mwp
