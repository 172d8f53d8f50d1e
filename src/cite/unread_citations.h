// Citations written in a form the scanner does not read: a sentence that
// names a listed work's first author and that work's year, with no citation
// found there ("Bushman's team at Iowa State reported in 2002 that ...").
// The editor is told, so that no citation goes unchecked without a word.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "cite/citation_mention.h"
#include "cite/prose_tokens.h"
#include "model/reference.h"

namespace mwp {

struct UnreadCitation {
  size_t begin = 0;       // the author's name in the prose
  size_t end = 0;         // the end of the year
  size_t reference = 0;   // the work of that author and year
  bool misspelt = false;  // the name is the author's misspelt ("Fillingham", "Fillingim")
  // Written as a citation is, but in lower case: "gottman (1994)", "(hvas,
  // 2001)", "kindlon and thompson (1999)". The writer meant a citation here,
  // even in a block that cites the work as mwp reads it.
  bool citation_form = false;
  // APA 7's year opening the sentence before a group's whole name: "In 1999,
  // the Productivity Commission estimated". A citation, linked as written.
  bool year_opens = false;
};

// How far, in tokens, a name may stand from the year it goes with; a
// group's name, from its work's year ("a 2021 report by McKinsey").
inline constexpr size_t kMaxNameDistance = 40;
inline constexpr size_t kMaxGroupDistance = 3;

// The works of an article's list by their first author's family name (or
// its last word: "Vecchio" of "Del Vecchio"), or a group's initials or the
// first word of its short name ("ICMR", "McKinsey"), and year, built once.
class UnreadCitationFinder {
 public:
  explicit UnreadCitationFinder(const std::vector<Reference>& references);

  // Each year in the prose of `tokens` (tokenize_prose()) that no mention
  // of `mentions` (sorted by begin) covers and that is no period of counts
  // ("numbers for 2023") and no end of a range ("(1909–1977)"), in a sentence that also names,
  // outside every mention, the first author of a work of that year; a name
  // written in lower case counts only right before "(" and the year
  // ("gottman (1994)", "cassidy et al. (2018)") or, opening a parenthetical
  // item, before "," and the year ("(gulliver et al., 2012)"); a group's
  // name counts within kMaxGroupDistance tokens of the year; and a name counts only within
  // kMaxNameDistance tokens of the year. A capitalised name of five letters or more may be the
  // author's misspelt: one edit in five letters, two in more. One per year, with the nearest such
  // name, a name spelt right before a misspelt one. Linear in the tokens.
  std::vector<UnreadCitation> find(const std::vector<ProseToken>& tokens,
                                   const std::vector<CitationMention>& mentions) const;

 private:
  std::unordered_map<std::string, size_t> works_;  // "family|year" -> the work
  std::unordered_set<std::string> names_;          // folded family names
  std::unordered_set<std::string> group_keys_;     // of groups (unread_citations.cc)
  // The names by their first byte and length, for finding a misspelt one
  // among the few of a like shape.
  static size_t shape(char first, size_t length) {
    return (length << 8) | static_cast<unsigned char>(first);
  }
  std::unordered_map<size_t, std::vector<std::string>> by_shape_;
  // The author a name misspells, or "".
  std::string misspelt_author(const std::string& folded) const;

  // A group's name of two words or more, written whole, counts as far from
  // the year as a person's: "a 2019 survey by the Mental Health Foundation".
  struct WholeName {
    std::vector<std::string> words;  // folded, as tokenize_prose() splits them
    size_t reference = 0;
    int year = 0;
  };
  std::unordered_map<std::string, std::vector<WholeName>> whole_names_;  // by first word
  // The work whose group's whole name starts at tokens[n] and whose year is
  // `year`, and where the name ends; nullopt when none.
  std::optional<std::pair<size_t, size_t>> whole_name_at(const std::vector<ProseToken>& tokens,
                                                         size_t n, int year) const;
};

}  // namespace mwp
