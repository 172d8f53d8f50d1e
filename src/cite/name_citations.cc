#include "cite/name_citations.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "cite/citation_years.h"
#include "cite/field_text.h"
#include "cite/name_group.h"
#include "cite/name_matching.h"
#include "cite/parenthetical_names.h"
#include "cite/reporting_verbs.h"
#include "cite/research_words.h"
#include "cite/work_phrase_names.h"
#include "text/code_point.h"
#include "text/utf8.h"

namespace mwp {
namespace {

using Tokens = std::vector<ProseToken>;

// The last token of the name group that starts at tokens[at]: a
// capitalised run to a possessive, then "and"/"&" joints to further names,
// stopping after a possessive.
size_t group_end_from(const Tokens& tokens, size_t at) {
  size_t last = at;
  // "Productivity Commission's": a group's name that runs on to a possessive.
  for (size_t next = at + 1; next < tokens.size() && next <= at + 3; ++next) {
    if (tokens[next].kind != TokenKind::word || !tokens[next].capitalised) break;
    if (tokens[next].possessive) {
      last = next;
      break;
    }
  }
  while (!tokens[last].possessive) {
    size_t joint = last + 1;
    if (joint + 1 < tokens.size() && is_punct(tokens[joint], ",") && is_and(tokens[joint + 1]))
      ++joint;
    if (joint + 1 >= tokens.size() || !is_and(tokens[joint]) || !is_name_word(tokens[joint + 1]))
      break;
    size_t next = joint + 1;
    while (next + 1 < tokens.size() && !tokens[next].possessive) {
      if (is_name_word(tokens[next + 1])) {
        ++next;  // "and Albert Gordon"
      } else if (next + 2 < tokens.size() && tokens[next].text.size() == 1 &&
                 is_punct(tokens[next + 1], ".") && is_name_word(tokens[next + 2])) {
        next += 2;  // "and K. Daniel O'Leary"
      } else {
        break;
      }
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

// "In a 2009 paper, Amy Muise", "in a sweeping 2003 review, Harris": the
// year of a work named in the phrase before the comma that ends at
// tokens[first - 1], or 0.
int year_before(const Tokens& tokens, size_t first) {
  if (first < 4 || !is_punct(tokens[first - 1], ",")) return 0;
  const auto determiner = [&](size_t at) {
    const std::string_view word = tokens[at].text;
    return tokens[at].kind == TokenKind::word &&
           (word == "a" || word == "an" || word == "the" || word == "their" || word == "his" ||
            word == "her");
  };
  size_t reach = 6;
  for (size_t k = first - 2; k >= 1 && k + reach >= first; --k) {
    if (const int year = year_of_token(tokens[k]); year != 0) {
      // A word for the work after the year, and "a" before it, or before
      // one more word: "a sweeping 2003 review".
      const bool lower_before = tokens[k - 1].kind == TokenKind::word && !tokens[k - 1].capitalised;
      const bool opened = determiner(k - 1) || (k >= 2 && lower_before && determiner(k - 2));
      return opened && k + 2 < first ? year : 0;
    }
    if (tokens[k].kind != TokenKind::word) return 0;
    if (tokens[k].capitalised) {
      // "In a 2020 review in Nature Reviews Neuroscience, Mogil": a journal's
      // name after "in" is part of the phrase.
      size_t run = k;
      while (run > 1 && tokens[run - 1].kind == TokenKind::word && tokens[run - 1].capitalised) {
        --run;
      }
      if (run < 2 || !is_word(tokens[run - 1], "in") || k - run > 4) return 0;
      reach += k - run + 1;
      k = run;
    }
  }
  return 0;
}

// "In 2010, Paulson and Bazemore": the year that opens the sentence before
// the names at tokens[first], as APA 7 allows. 0 when none.
int year_opening(const Tokens& tokens, size_t first) {
  for (const size_t back : {size_t{2}, size_t{3}}) {  // "In 2010, " or "In 1999, the "
    if (first >= back && names_after_opening_year(tokens, first - back) == first) {
      return year_of_token(tokens[first - back]);
    }
  }
  return 0;
}

// "a big study from 2019 by Twenge", "a 2019 review by Hyde": the year of
// the work named before "by", tokens[first - 1], with a word for the work
// before the year ("from" or "in" between) or after it. 0 when none.
int year_before_by(const Tokens& tokens, size_t first) {
  if (first < 3 || !is_word(tokens[first - 1], "by")) return 0;
  bool work = false;
  for (size_t k = first - 1; k-- > 0 && k + 6 > first;) {
    if (const int year = year_of_token(tokens[k]); year != 0) {
      const bool linked =
          k >= 2 && (is_word(tokens[k - 1], "from") || is_word(tokens[k - 1], "in"));
      work = work || (linked && is_research_noun(tokens[k - 2]));
      return work ? year : 0;
    }
    if (tokens[k].kind != TokenKind::word || tokens[k].capitalised) return 0;
    work = work || is_research_noun(tokens[k]);
  }
  return 0;
}

// "A big study by Holt-Lunstad in 2010 pulled together": the year after
// "in" right after the name that ends at tokens[last], of a work named
// before the "by" at tokens[first - 1]. 0 when none.
int year_in_after_by(const Tokens& tokens, size_t first, size_t last) {
  if (last + 2 >= tokens.size() || !is_word(tokens[last + 1], "in") || first < 2 ||
      !is_word(tokens[first - 1], "by")) {
    return 0;
  }
  const int year = year_of_token(tokens[last + 2]);
  for (size_t k = first - 1; year != 0 && k-- > 0 && k + 5 > first;) {
    if (is_research_noun(tokens[k])) return year;
    if (tokens[k].kind != TokenKind::word || tokens[k].capitalised) return 0;
  }
  return 0;
}

// A year in the clause after a name. `own`: it is a work's own year
// ("her 2011 book"), not a year something happened in ("born in 1934,").
struct ClauseYear {
  int year = 0;
  bool own = false;
};

// "Kristin Neff puts it in her 2011 book", "Neff, writing with Germer in
// 2013,": the year of a work named in the clause after the name that ends
// at tokens[last], up to seven words on: after "her", "his" or "their"
// (its own), or after "in" closing the clause. Year 0 when none.
ClauseYear year_after(const Tokens& tokens, size_t last) {
  for (size_t k = last + 1; k < tokens.size() && k <= last + 8; ++k) {
    if (const int year = year_of_token(tokens[k]); year != 0) {
      const std::string_view before = tokens[k - 1].text;
      const bool pronoun = before == "her" || before == "his" || before == "their";
      const bool closing = before == "in" && k + 1 < tokens.size() && is_punct(tokens[k + 1], ",");
      if (pronoun) return {year, true};
      return {closing ? year : 0, false};
    }
    // Lower-case words, and the names of a co-author ("writing with Christopher Germer").
    if (tokens[k].kind != TokenKind::word && !is_punct(tokens[k], ",")) return {};
  }
  return {};
}

// The year, outside parentheses, of the work that `mention`, the names
// tokens[first..last] and any "et al." to tokens[end_token], speaks of.
void read_named_year(const Tokens& tokens, size_t first, size_t last, size_t end_token,
                     CitationMention& mention) {
  // "Buss's 1992 study", "Emslie and colleagues' 2015 study".
  if (tokens[end_token].possessive && end_token + 1 < tokens.size()) {
    mention.named_year = year_of_token(tokens[end_token + 1]);
    mention.named_year_follows = mention.named_year != 0;
  }
  // "In a 2009 paper, Amy Muise", "In 2010, Paulson and Bazemore", "Neff
  // puts it in her 2011 book": a work's own year, as after a possessive.
  if (mention.named_year == 0) {
    mention.named_year = year_before(tokens, first);
    if (mention.named_year == 0) mention.named_year = year_opening(tokens, first);
    if (mention.named_year == 0) {
      const ClauseYear after = year_after(tokens, end_token);
      mention.named_year = after.own ? after.year : 0;
    }
    mention.named_year_follows = mention.named_year != 0;
  }
  // "A 2012 review by Smith", "a big study by Holt-Lunstad in 2010": the
  // year of a work the sentence names, so a list without a work of that
  // year is a year mismatch.
  if (mention.named_year == 0) {
    mention.named_year = year_before_by(tokens, first);
    if (mention.named_year == 0) {
      mention.named_year = year_in_after_by(tokens, first, last);
    }
    mention.named_year_follows = mention.named_year != 0;
  }
  // "Neff, writing with Germer in 2013,": a year that picks a work, if
  // one has it, and otherwise leaves the name to be matched alone.
  if (mention.named_year == 0) mention.named_year = year_after(tokens, end_token).year;
}

// The token of a second year after the possessive year of `mention`,
// which ends at tokens[end_token]: "2006" in "colleagues' 2005 and 2006
// papers". 0 when none.
size_t second_named_year(const Tokens& tokens, size_t end_token, const CitationMention& mention) {
  const size_t second = end_token + 3;
  if (!mention.named_year_follows || !tokens[end_token].possessive || second >= tokens.size() ||
      (!is_and(tokens[end_token + 2]) && !is_punct(tokens[end_token + 2], ","))) {
    return 0;
  }
  return year_of_token(tokens[second]) > mention.named_year ? second : 0;
}

// A group's name of several words read whole from tokens[first]: after
// "by" with the year before it, "A 2022 survey by Carers UK"; or in a
// possessive before a year, "Age UK's 2018 report". Nullopt when neither.
std::optional<CitationMention> group_read_whole(const Tokens& tokens, std::string_view text,
                                                size_t first) {
  size_t last = name_run_end(tokens, first);
  CitationMention mention;
  mention.named_year = year_before_by(tokens, first);
  if (mention.named_year == 0) {
    // The possessive within the run, or the word that ends it: "UK's".
    size_t owner = first + 1;
    while (owner <= last && !tokens[owner].possessive) ++owner;
    if (owner + 1 >= tokens.size() || !tokens[owner].possessive || !tokens[owner].capitalised) {
      return std::nullopt;
    }
    last = owner;
    mention.named_year = year_of_token(tokens[owner + 1]);
    mention.named_year_follows = mention.strong = mention.named_year != 0;
  }
  if (mention.named_year == 0) return std::nullopt;
  mention.names = {run_name(tokens, text, first, last)};
  mention.begin = tokens[first].begin;
  mention.end = mention.strong ? tokens[last].begin + tokens[last].text.size() : tokens[last].end;
  return mention;
}

}  // namespace

std::vector<std::string> first_author_surnames(const std::vector<Reference>& references) {
  std::vector<std::string> surnames;
  for (const Reference& reference : references) {
    const auto& names = reference.authors.empty() ? reference.editors : reference.authors;
    if (names.empty()) continue;
    if (names[0].literal.empty()) {
      surnames.push_back(names[0].family);
      // "Tina Del Vecchio and ...": a name of two words found by its last.
      if (const size_t space = names[0].family.rfind(' '); space != std::string::npos) {
        surnames.push_back(names[0].family.substr(space + 1));
      }
    } else if (names[0].literal.find(' ') == std::string::npos) {
      surnames.push_back(names[0].literal);  // a one-word group: "Beat's 2022 survey", "Mind"
    } else if (const std::string_view group = names[0].literal;
               group.find(' ') != std::string_view::npos) {
      // "the ONS's 2018 report": a group by the initials of its words.
      if (const std::string initials = group_initials(group); initials.size() >= 3) {
        surnames.push_back(initials);
      }
      // "The Productivity Commission's 1999 inquiry", "Pew's 2006 poll".
      std::string_view first = group.substr(0, group.find(' '));
      if (is_short_group_name(first, group) ||
          group.find(' ', first.size() + 1) == std::string_view::npos) {
        // "Alzheimer's Association": a first word with its own possessive,
        // which prose tokens leave off.
        for (std::string_view ending : {"'s", "\u2019s"}) {
          if (first.ends_with(ending)) first.remove_suffix(ending.size());
        }
        surnames.emplace_back(first);
      }
    }
  }
  return surnames;
}

std::vector<CitationMention> find_name_citations(std::string_view text, const Tokens& tokens,
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
    if (known.count(fold_for_matching(tokens[i].text)) == 0) continue;
    // "the ONS's 2018 report", "the WHO's 2022 guidance": a group by its
    // initials, in a possessive before a year.
    if (is_acronym(tokens[i]) && tokens[i].possessive && i + 1 < tokens.size() &&
        year_of_token(tokens[i + 1]) != 0) {
      const size_t begin = tokens[i].begin;
      const size_t end = tokens[i].begin + tokens[i].text.size();
      if (!overlaps(taken, begin, tokens[i + 1].end)) {
        CitationMention mention;
        mention.begin = begin;
        mention.end = end;
        mention.names = {acronym_name(tokens[i])};
        mention.strong = true;
        mention.named_year = year_of_token(tokens[i + 1]);
        mention.named_year_follows = true;
        out.push_back(std::move(mention));
      }
      continue;
    }
    if (!is_name_word(tokens[i])) continue;
    const size_t last = group_end_from(tokens, i);
    // "Pope, Kanayama and colleagues' 2014 estimate": names listed before
    // "and colleagues".
    const bool and_colleagues = !tokens[last].possessive && last + 1 < tokens.size() &&
                                is_and(tokens[last + 1]) && et_al_length_at(tokens, last + 1) > 0;
    const std::optional<NameGroup> group = name_group_ending_at(tokens, text, last, and_colleagues);
    if (!group || group->first > i) {
      // "Age UK's 2018 report": a group's name that is no name group.
      if (std::optional<CitationMention> mention = group_read_whole(tokens, text, i);
          mention && mention->strong && !overlaps(taken, mention->begin, mention->end)) {
        while (i + 1 < tokens.size() && tokens[i + 1].begin < mention->end) ++i;
        out.push_back(std::move(*mention));
      }
      continue;
    }
    const size_t et_al = group->possessive ? 0 : et_al_length_at(tokens, last + 1);
    const size_t end_token = last + et_al;
    const bool bare =
        group->names.size() == 1 && !group->given_names && !group->possessive && et_al == 0;
    if (bare && last + 1 < tokens.size() && tokens[last + 1].kind == TokenKind::word &&
        tokens[last + 1].capitalised) {
      if (std::optional<CitationMention> mention = group_read_whole(tokens, text, i);
          mention && !overlaps(taken, mention->begin, mention->end)) {
        while (i + 1 < tokens.size() && tokens[i + 1].begin < mention->end) ++i;
        out.push_back(std::move(*mention));
      }
      continue;
    }
    // "White lies ...", "Young women ...": a sentence's first word is a
    // researcher's name only when research is reported: "Levant argues".
    if (bare && starts_sentence(tokens, group->first) && !reporting_verb_at(tokens, last + 1)) {
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
    read_named_year(tokens, group->first, last, end_token, mention);
    // A list read whole takes the place of its first name, read alone before.
    while (!out.empty() && out.back().end > mention.begin) out.pop_back();
    const size_t second = second_named_year(tokens, end_token, mention);
    out.push_back(mention);
    if (second > 0) {
      // "Gureje and colleagues' 2005 and 2006 papers": the second year's own mention.
      mention.named_year = year_of_token(tokens[second]);
      mention.begin = tokens[second].begin;
      mention.end = tokens[second].end;
      out.push_back(std::move(mention));
    }
    i = end_token;
  }
  return out;
}

}  // namespace mwp
