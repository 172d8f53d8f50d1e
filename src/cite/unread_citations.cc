#include "cite/unread_citations.h"

#include <algorithm>
#include <optional>
#include <string>

#include "cite/citation_years.h"
#include "cite/field_text.h"
#include "cite/name_group.h"
#include "text/code_point.h"
#include "text/edit_distance.h"
#include "text/utf8.h"
#include "text/word_set.h"

namespace mwp {
namespace {

// Whether the year at tokens[y] is the period that counts cover, not a
// work's year: "the ONS numbers for 2023", "figures for 2021".
bool counts_period(const std::vector<ProseToken>& tokens, size_t y) {
  return y >= 2 && is_word(tokens[y - 1], "for") &&
         is_one_of(tokens[y - 2].text, {"numbers", "figures", "data", "statistics", "rates",
                                        "estimates", "registrations", "counts", "totals"});
}

// Whether the year at tokens[y] is one end of a range of years, as life dates
// are: "Nordoff (1909–1977)".
bool in_year_range(const std::vector<ProseToken>& tokens, size_t y) {
  const auto dash = [](const ProseToken& token) {
    return is_punct(token, "-") || is_punct(token, "\xE2\x80\x93");
  };
  return (y >= 2 && dash(tokens[y - 1]) && year_of_token(tokens[y - 2]) != 0) ||
         (y + 2 < tokens.size() && dash(tokens[y + 1]) && year_of_token(tokens[y + 2]) != 0);
}

// Whether tokens[at] ends a sentence: ".", "?" or "!" not after an initial
// or "al" ("et al.").
bool ends_sentence(const std::vector<ProseToken>& tokens, size_t at) {
  if (!is_punct(tokens[at], ".") && !is_punct(tokens[at], "?") && !is_punct(tokens[at], "!")) {
    return false;
  }
  if (at == 0 || !is_punct(tokens[at], ".")) return true;
  const ProseToken& before = tokens[at - 1];
  return !(before.kind == TokenKind::word && (before.text.size() == 1 || before.text == "al"));
}

// Whether [begin, end) lies in a mention of `mentions`, sorted by begin.
bool covered(const std::vector<CitationMention>& mentions, size_t begin, size_t end) {
  auto after = std::upper_bound(
      mentions.begin(), mentions.end(), begin,
      [](size_t at, const CitationMention& mention) { return at < mention.begin; });
  // Mentions may nest (a parenthetical citation inside a narrative one's
  // range); look back over the few that start before.
  for (int back = 0; back < 4 && after != mentions.begin(); ++back) {
    --after;
    if (after->begin <= begin && end <= after->end) return true;
  }
  return false;
}

// The words a group author is named by in prose: the initials of its
// capitalised words when there are three or more ("icmr" of "Indian Council
// of Medical Research"), and its first word when its name is short
// ("mckinsey" of "McKinsey & Company").
std::vector<std::string> group_name_keys(std::string_view group) {
  std::vector<std::string> words;
  if (const std::string initials = group_initials(group); initials.size() >= 3) {
    words.push_back(ascii_lower(initials));
  }
  if (std::count(group.begin(), group.end(), ' ') <= 2) {
    words.push_back(fold_for_matching(group.substr(0, group.find(' '))));
  }
  return words;
}

// "and thompson" or "& thompson" at `at`: a second author in lower case.
bool lower_case_co_author(const std::vector<ProseToken>& tokens, size_t at) {
  const ProseToken& joint = tokens[at];
  const bool joins = (joint.kind == TokenKind::word && joint.text == "and") || is_punct(joint, "&");
  return joins && tokens[at + 1].kind == TokenKind::word && !tokens[at + 1].capitalised;
}

}  // namespace

UnreadCitationFinder::UnreadCitationFinder(const std::vector<Reference>& references) {
  for (size_t i = 0; i < references.size(); ++i) {
    const Reference& reference = references[i];
    if (reference.authors.empty() || reference.year == 0) continue;
    if (const std::string& group = reference.authors[0].literal; !group.empty()) {
      if (group.find(' ') != std::string::npos) {
        WholeName whole{{}, i, reference.year};
        for (const ProseToken& token : tokenize_prose(group)) {
          if (token.kind == TokenKind::word) whole.words.push_back(fold_for_matching(token.text));
        }
        if (whole.words.size() >= 2) whole_names_[whole.words[0]].push_back(std::move(whole));
      }
      for (const std::string& word : group_name_keys(group)) {
        works_.emplace(word + '|' + std::to_string(reference.year), i);
        names_.insert(word);
        group_keys_.insert(word);
      }
      continue;
    }
    std::string family = fold_for_matching(reference.authors[0].family);
    if (const size_t space = family.rfind(' '); space != std::string::npos) {
      family = family.substr(space + 1);
    }
    works_.emplace(family + '|' + std::to_string(reference.year), i);
    if (names_.insert(family).second && !family.empty()) {
      by_shape_[shape(family[0], family.size())].push_back(family);
    }
  }
}

std::string UnreadCitationFinder::misspelt_author(const std::string& folded) const {
  if (folded.size() < 5) return {};
  const size_t allowed = folded.size() == 5 ? 1 : 2;
  for (size_t length = folded.size() - allowed; length <= folded.size() + allowed; ++length) {
    const auto bucket = by_shape_.find(shape(folded[0], length));
    if (bucket == by_shape_.end()) continue;
    for (const std::string& name : bucket->second) {
      if (edit_distance(folded, name) <= allowed) return name;
    }
  }
  return {};
}

std::optional<std::pair<size_t, size_t>> UnreadCitationFinder::whole_name_at(
    const std::vector<ProseToken>& tokens, size_t n, int year) const {
  if (tokens[n].kind != TokenKind::word || !tokens[n].capitalised) return std::nullopt;
  const auto found = whole_names_.find(fold_for_matching(tokens[n].text));
  if (found == whole_names_.end()) return std::nullopt;
  for (const WholeName& whole : found->second) {
    if (whole.year != year || n + whole.words.size() > tokens.size()) continue;
    size_t k = 1;
    while (k < whole.words.size() && tokens[n + k].kind == TokenKind::word &&
           fold_for_matching(tokens[n + k].text) == whole.words[k]) {
      ++k;
    }
    if (k == whole.words.size()) return std::pair{whole.reference, n + k - 1};
  }
  return std::nullopt;
}

std::vector<UnreadCitation> UnreadCitationFinder::find(
    const std::vector<ProseToken>& tokens, const std::vector<CitationMention>& mentions) const {
  std::vector<UnreadCitation> found;
  if (works_.empty()) return found;
  size_t start = 0;
  for (size_t at = 0; at <= tokens.size(); ++at) {
    if (at < tokens.size() && !ends_sentence(tokens, at)) continue;
    // The sentence is tokens[start, at).
    for (size_t y = start; y < at; ++y) {
      const int year = year_of_token(tokens[y]);
      if (year == 0 || covered(mentions, tokens[y].begin, tokens[y].end) ||
          counts_period(tokens, y) || in_year_range(tokens, y)) {
        continue;
      }
      const std::string suffix = '|' + std::to_string(year);
      std::optional<UnreadCitation> nearest;
      size_t distance = 2 * tokens.size() + 1;
      // Names within reach of the year only, so that a sentence of many
      // years and names costs time linear in its length.
      const size_t first = std::max(start, y > kMaxNameDistance ? y - kMaxNameDistance : 0);
      const size_t last = std::min(at, y + kMaxNameDistance + 1);
      for (size_t n = first; n < last; ++n) {
        const ProseToken& name = tokens[n];
        // "gottman (1994)", "cassidy et al. (2018)", "(gulliver et al.,
        // 2012)", "kindlon and thompson (1999)", "(gottman 1994)": a name in
        // lower case right before its year.
        const size_t et_al = n + 2 < y ? et_al_length_at(tokens, n + 1) : 0;
        const size_t co_author =
            et_al == 0 && n + 3 < y && lower_case_co_author(tokens, n + 1) ? 2 : 0;
        const size_t mark =
            n + 1 + co_author + et_al;  // "(" before the year, or "," in parentheses
        const bool opens_item =
            n > 0 && (is_punct(tokens[n - 1], "(") || is_punct(tokens[n - 1], ";"));
        // "(gottman 1994)": Harvard's year, with no comma, opening an item.
        const bool before_year = (mark + 1 == y && (is_punct(tokens[mark], "(") ||
                                                    (opens_item && is_punct(tokens[mark], ",")))) ||
                                 (opens_item && mark == y);
        if (name.kind != TokenKind::word || (!name.capitalised && !before_year) ||
            covered(mentions, name.begin, name.end)) {
          continue;
        }
        std::string folded = fold_for_matching(name.text);
        const bool misspelt = !names_.contains(folded);
        if (misspelt) {
          if (!name.capitalised) continue;
          folded = misspelt_author(folded);
          if (folded.empty()) continue;
        }
        const auto work = works_.find(folded + suffix);
        // Nearer is better, and a name spelt right is better than one misspelt.
        const size_t apart = (n < y ? y - n : n - y) + (misspelt ? tokens.size() : 0);
        if (work == works_.end() || apart >= distance) continue;
        // A group is named often, by its acronym: "WHO declared in 2020".
        if (apart > kMaxGroupDistance && group_keys_.contains(folded)) continue;
        distance = apart;
        nearest =
            UnreadCitation{std::min(name.begin, tokens[y].begin), std::max(name.end, tokens[y].end),
                           work->second, misspelt, before_year && !name.capitalised};
      }
      // "a 2019 survey by the Mental Health Foundation": a group's whole name.
      for (size_t n = first; !nearest && n < last; ++n) {
        if (covered(mentions, tokens[n].begin, tokens[n].end)) continue;
        if (const auto whole = whole_name_at(tokens, n, year)) {
          const size_t end = whole->second;
          nearest =
              UnreadCitation{std::min(tokens[n].begin, tokens[y].begin),
                             std::max(tokens[end].end, tokens[y].end), whole->first, false, false};
        }
      }
      if (nearest) {
        // "In 1999, the Productivity Commission": the year opens the
        // sentence, the group's whole name follows its comma.
        if (const size_t name = names_after_opening_year(tokens, y); name != 0 && name < at) {
          if (const auto whole = whole_name_at(tokens, name, year);
              whole && whole->first == nearest->reference) {
            nearest->begin = tokens[y - 1].begin;
            nearest->end = tokens[whole->second].end;
            nearest->year_opens = true;
          }
        }
        found.push_back(*nearest);
      }
    }
    start = at + 1;
  }
  return found;
}

}  // namespace mwp
