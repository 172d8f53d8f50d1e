#include "cite/parenthetical_names.h"

#include <string>

#include "cite/citation_years.h"
#include "cite/field_text.h"
#include "cite/name_group.h"

namespace mwp {
namespace {

// Whether a cited year stands at tokens[at], alone or after a comma: a name
// in lower case right before it is written so ("(headspace 2020)",
// "(hooks, 2004)").
bool year_follows(const std::vector<ProseToken>& tokens, size_t at) {
  return at < tokens.size() &&
         (read_cited_year(tokens, at).has_value() ||
          (is_punct(tokens[at], ",") && read_cited_year(tokens, at + 1).has_value()));
}

// Reads names over one block's tokens; see read_parenthetical_names().
class NameReader {
 public:
  NameReader(std::string_view text, const std::vector<ProseToken>& tokens)
      : text_(text), tokens_(tokens) {}

  // Names in parenthetical form; leaves `i` on the token after them.
  bool read_names(size_t& i, CitationMention& mention) {
    while (i < tokens_.size()) {
      if (!read_name(i, mention)) return false;
      if (const size_t length = et_al_length_at(tokens_, i); length > 0) {
        mention.et_al = true;
        i += length;
        return true;
      }
      // "Cacioppo, Hughes, et al., 2006": as many names as tell two works apart.
      if (const size_t length = i + 1 < tokens_.size() && is_punct(tokens_[i], ",")
                                    ? et_al_length_at(tokens_, i + 1)
                                    : 0;
          length > 0 && mention.names.size() >= 2) {
        mention.et_al = true;
        i += 1 + length;
        return true;
      }
      if (i + 1 < tokens_.size() && is_punct(tokens_[i], ",") && is_and(tokens_[i + 1])) {
        i += 2;
      } else if (i < tokens_.size() && is_and(tokens_[i])) {
        i += 1;
      } else if (i + 1 < tokens_.size() && is_punct(tokens_[i], ",") &&
                 tokens_[i + 1].kind == TokenKind::word &&
                 (tokens_[i + 1].capitalised || is_name_particle(tokens_[i + 1]))) {
        i += 1;
      } else {
        return true;
      }
    }
    return false;
  }

 private:
  // One name in parenthetical form at tokens[i]: particles, then capitalised
  // words and the small words of group names ("Centers for Disease Control
  // and Prevention"), or an acronym; "[APA]" after it defines an acronym.
  bool read_name(size_t& i, CitationMention& mention) {
    const size_t written_first = i;
    std::string initials;  // "(M. Stroebe & Schut, 2001)": initials tell two authors apart
    while (i + 2 < tokens_.size() && tokens_[i].kind == TokenKind::word && tokens_[i].capitalised &&
           tokens_[i].text.size() == 1 && is_punct(tokens_[i + 1], ".") &&
           tokens_[i + 2].capitalised) {
      initials += std::string(tokens_[i].text) + ". ";
      i += 2;
    }
    const size_t first = i;
    while (i + 1 < tokens_.size() && is_name_particle(tokens_[i]) &&
           (tokens_[i + 1].capitalised || is_name_particle(tokens_[i + 1]))) {
      ++i;  // "de Waal", "van der Berg", "Van Dongen"
    }
    if (i + 2 < tokens_.size() && (is_word(tokens_[i], "Mac") || is_word(tokens_[i], "Nic")) &&
        is_word(tokens_[i + 1], "an") && tokens_[i + 2].capitalised) {
      i += 2;  // "Mac an Ghaill"
    }
    if (i >= tokens_.size()) return false;
    // "NHS England", "The Live Love Laugh Foundation": a group's name that
    // opens with an acronym or "The".
    // "WHO AFRO": acronyms that are one body's name together. "GBD 2019
    // Diseases and Injuries Collaborators": a year inside a group's name.
    const bool numbered_group = i == first && i + 2 < tokens_.size() && is_acronym(tokens_[i]) &&
                                tokens_[i + 1].kind == TokenKind::number &&
                                is_name_word(tokens_[i + 2]);
    const bool group_opening =
        i == first && i + 1 < tokens_.size() &&
        (((is_acronym(tokens_[i]) || is_word(tokens_[i], "The")) && is_name_word(tokens_[i + 1])) ||
         (is_acronym(tokens_[i]) && is_acronym(tokens_[i + 1]) &&
          (closes_name(i + 2) || read_cited_year(tokens_, i + 2).has_value())) ||
         numbered_group);
    if (is_acronym(tokens_[i]) && i == first && !group_opening) {
      mention.names.push_back(acronym_name(tokens_[i]));
      ++i;
      return true;
    }
    // "(headspace 2020)": a group that writes its own name in lower case.
    if (i == first && tokens_[i].kind == TokenKind::word && !tokens_[i].capitalised &&
        tokens_[i].text.size() >= 3 && year_follows(tokens_, i + 1)) {
      CitedName name;
      name.surname = name.written = std::string(tokens_[i].text);
      name.begin = tokens_[i].begin;
      name.lower_case = true;
      mention.names.push_back(std::move(name));
      ++i;
      return true;
    }
    if (!is_name_word(tokens_[i]) && !group_opening) return false;
    size_t last = numbered_group ? i + 1 : i;
    bool connector = numbered_group;  // "… Diseases and Injuries Collaborators": one group
    const auto is_small = [&](const ProseToken& t) {
      return t.kind == TokenKind::word && !t.capitalised &&
             (t.text == "of" || t.text == "for" || t.text == "on" || t.text == "the" ||
              t.text == "in" || t.text == "at" ||  // "Women in Sport", "University at Buffalo"
              t.text == "into" ||                  // "Inquiry into Suicide"
              t.text == "na" ||                    // Irish: "Coimisiún na Meán"
              (t.text == "and" && connector));
    };
    while (last + 1 < tokens_.size()) {
      const ProseToken& next = tokens_[last + 1];
      size_t after = last + 1;  // past a run of small words: "Office of the Surgeon General"
      while (after < tokens_.size() && is_small(tokens_[after])) ++after;
      // "(National Center for PTSD, 2022)": an acronym after the small words
      // may end the name.
      if (after > last + 1 && after < tokens_.size() && tokens_[after].capitalised &&
          (!is_acronym(tokens_[after]) || closes_name(after + 1) ||
           read_cited_year(tokens_, after + 1).has_value())) {
        connector = connector || tokens_[last + 1].text != "and";
        last = after;
      } else if (next.kind == TokenKind::word && next.capitalised &&
                 (!is_acronym(next) || closes_name(last + 2) ||
                  read_cited_year(tokens_, last + 2).has_value())) {
        ++last;  // "Carers UK, n.d.", "Age UK 2018": a group's name may end in an acronym
      } else if (is_punct(next, ".") && last + 2 < tokens_.size() &&
                 tokens_[last].end == next.begin && next.end == tokens_[last + 2].begin &&
                 tokens_[last + 2].kind == TokenKind::word && tokens_[last + 2].capitalised) {
        last += 2;  // "LeanIn.Org": a name written as a web address
      } else {
        break;
      }
    }
    CitedName name;
    name.surname =  // APA writes surnames alone here; a group its full name
        std::string(text_.substr(tokens_[first].begin, tokens_[last].end - tokens_[first].begin));
    // "(The Live Love Laugh Foundation, 2018)", a body's name by its last
    // word; not a book's title: "(*The Dance of Intimacy*, 1989)".
    if (is_word(tokens_[first], "The") && !looks_like_group_name(tokens_[last].text)) return false;
    name.written = std::string(text_.substr(tokens_[written_first].begin,
                                            tokens_[last].end - tokens_[written_first].begin));
    if (!initials.empty()) initials.pop_back();
    name.initials = initials;
    name.begin = tokens_[written_first].begin;
    mention.names.push_back(std::move(name));
    i = last + 1;
    if (const size_t close = defined_abbreviation_close(tokens_, i); close > 0) {
      if (!mention.abbreviation.empty()) {
        mention.earlier_abbreviations.emplace_back(mention.abbreviation, mention.abbreviated_name);
      }
      mention.abbreviation = std::string(
          text_.substr(tokens_[i + 1].begin, tokens_[close - 1].end - tokens_[i + 1].begin));
      mention.abbreviated_name = mention.names.size() - 1;
      i = close + 1;
    }
    return true;
  }

  // Whether tokens[i] ends a name in a parenthetical citation: ",", ")", "&",
  // or the abbreviation the name defines: "(National Center for PTSD
  // [NCPTSD], n.d.-a)".
  bool closes_name(size_t i) const {
    return i < tokens_.size() &&
           (is_punct(tokens_[i], ",") || is_punct(tokens_[i], ")") || is_punct(tokens_[i], "&") ||
            defined_abbreviation_close(tokens_, i) > 0);
  }

  std::string_view text_;
  const std::vector<ProseToken>& tokens_;
};

}  // namespace

CitedName acronym_name(const ProseToken& token) {
  CitedName name;
  name.begin = token.begin;
  name.surname = std::string(token.text);
  name.written = name.surname;
  name.acronym = true;
  return name;
}

bool read_parenthetical_names(std::string_view text, const std::vector<ProseToken>& tokens,
                              size_t& i, CitationMention& mention) {
  return NameReader(text, tokens).read_names(i, mention);
}

bool read_quoted_title(std::string_view text, const std::vector<ProseToken>& tokens, size_t i,
                       CitationMention& mention, size_t& year_at) {
  if (i >= tokens.size()) return false;
  const size_t open = tokens[i].begin;
  const std::string_view rest = text.substr(open, 300);
  std::string_view close_mark;
  size_t inside = 0;
  if (rest.starts_with("\"")) {
    close_mark = "\"";
    inside = 1;
  } else if (rest.starts_with("\xE2\x80\x9C")) {
    close_mark = "\xE2\x80\x9D";
    inside = 3;
  } else if (tokens[i].emphasized) {
    // "(*King James Bible*, 1769/2017)": a book with no author, by its title
    // in italics, as APA 7 cites one, a year right after it.
    size_t j = i;
    while (j < tokens.size() && tokens[j].emphasized) ++j;
    if (j + 1 >= tokens.size() || !is_punct(tokens[j], ",") ||
        tokens[j + 1].kind != TokenKind::number) {
      return false;
    }
    mention.title = std::string(text.substr(open, tokens[j - 1].end - open));
    year_at = j + 1;
    return true;
  } else {
    return false;
  }
  const size_t close = rest.find(close_mark, inside);
  if (close == std::string_view::npos || rest.substr(0, close).find(")") != std::string_view::npos)
    return false;
  std::string_view title = rest.substr(inside, close - inside);
  while (title.ends_with(',') || title.ends_with(' ')) title.remove_suffix(1);
  if (title.empty()) return false;
  const size_t after = open + close + close_mark.size();
  size_t j = i + 1;
  while (j < tokens.size() && tokens[j].begin < after) ++j;
  if (j < tokens.size() && is_punct(tokens[j], ",")) ++j;
  if (j >= tokens.size()) return false;
  mention.title = std::string(title);
  year_at = j;
  return true;
}

size_t skip_citation_prefix(const std::vector<ProseToken>& tokens, size_t i) {
  // "(My paraphrase of Johnson, 2008)", "(Adapted from Gross, 1998)": a
  // capitalised word opening lower-case ones that end in "of", or in "from".
  if (i + 2 < tokens.size() && tokens[i].kind == TokenKind::word && tokens[i].capitalised) {
    size_t end = i + 1;
    while (end < tokens.size() && end < i + 5 && tokens[end].kind == TokenKind::word &&
           !tokens[end].capitalised && !is_word(tokens[end], "of") &&
           !is_word(tokens[end], "from")) {
      ++end;
    }
    // "of" after lower-case words only: "Department of Health" is a name.
    if (end < tokens.size() &&
        ((is_word(tokens[end], "of") && end > i + 1) || is_word(tokens[end], "from"))) {
      i = end + 1;
    }
  }
  for (size_t guard = 0; guard < 8 && i < tokens.size(); ++guard) {
    const ProseToken& token = tokens[i];
    // A word in lower case right before the year is a name written so:
    // "(headspace 2020)", "(hooks, 2004)".
    const bool before_year = year_follows(tokens, i + 1);
    if (token.kind == TokenKind::word && !token.capitalised && !is_name_particle(token) &&
        !before_year) {
      ++i;
    } else if (is_punct(token, ".") || is_punct(token, ",") || is_punct(token, ":")) {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

}  // namespace mwp
