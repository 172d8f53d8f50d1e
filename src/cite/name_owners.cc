#include "cite/name_owners.h"

#include "cite/citation_years.h"
#include "cite/parenthetical_names.h"
#include "cite/research_words.h"

namespace mwp {
namespace {

bool is_place_preposition(const ProseToken& token) {
  return is_word(token, "at") || is_word(token, "in") || is_word(token, "from") ||
         is_word(token, "for");
}

// A word of an institution's or a place's name: "VU University Amsterdam",
// "King's College London", "University of the Arts". Not "and": "Smith's
// chapter in Gross and John (2003)" may cite the book.
bool is_place_word(const ProseToken& token) {
  return token.kind == TokenKind::word &&
         (token.capitalised || is_word(token, "of") || is_word(token, "the"));
}

// The name group ending at tokens[last], possessive as a whole though its
// "'s" stands after "et al." or "and colleagues" ("Roulstone and colleagues'").
std::optional<NameGroup> possessive_group_ending_at(const std::vector<ProseToken>& tokens,
                                                    std::string_view text, size_t last) {
  std::optional<NameGroup> group = name_group_ending_at(tokens, text, last);
  if (group) group->possessive = true;
  return group;
}

}  // namespace

std::optional<NameGroup> possessive_group_before(const std::vector<ProseToken>& tokens,
                                                 std::string_view text, size_t end, bool& et_al) {
  // A group's abbreviation may stand further from the year, for such a
  // mention is a citation only if it matches a work.
  constexpr size_t kMostWords = 6;
  constexpr size_t kMostWordsAfterAbbreviation = 12;
  size_t words = 0;
  bool in_title = false;
  for (size_t k = end + 1; k-- > 0 && words <= kMostWordsAfterAbbreviation;) {
    const ProseToken& token = tokens[k];
    // "Jock Phillips's *A Man's Country?* (1987)": a title in emphasis is
    // one word, whatever it holds.
    if (token.emphasized) {
      words += in_title ? 0 : 1;
      in_title = true;
      continue;
    }
    in_title = false;
    // "Greenberg et al.'s analysis for Statistics Canada (2018)".
    if (is_word(token, "s") && k >= 5 && et_al_length_at(tokens, k - 4) == 5) {
      if (words > kMostWords) return std::nullopt;
      et_al = true;
      return possessive_group_ending_at(tokens, text, k - 5);
    }
    if (token.kind == TokenKind::word && token.possessive) {
      if (is_acronym(token)) {
        // "NICE's guideline on depression with a long-term physical health
        // problem (2009)": a group by its abbreviation, a citation only if
        // it matches a work ("COVID's toll (2020)" names none).
        NameGroup group;
        group.first = group.last = k;
        group.names = {acronym_name(token)};
        group.possessive = true;
        group.office = true;
        return group;
      }
      // "Hofstede's survey of IBM employees in more than 50 countries
      // (1980)": a word for the work after the possessive reaches further.
      const bool work_named = k + 1 < tokens.size() && is_research_noun(tokens[k + 1]);
      if (words > (work_named ? kMostWordsAfterAbbreviation : kMostWords)) return std::nullopt;
      if (token.capitalised) return name_group_ending_at(tokens, text, k);
      const size_t length = et_al_length_before(tokens, k);
      if (length == 0 || k < length) return std::nullopt;
      et_al = true;
      return possessive_group_ending_at(tokens, text, k - length);
    }
    if (token.kind == TokenKind::word || token.kind == TokenKind::number) {
      ++words;  // "Bowlby's WHO report (1951)", "the Harvard men", "50 countries"
    } else if (!is_punct(token, "-")) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<NameGroup> owner_before_place(const std::vector<ProseToken>& tokens,
                                            std::string_view text, size_t place_first,
                                            bool& et_al) {
  size_t first = place_first;
  for (size_t words = 0; first > 0 && words < 6 && !is_place_preposition(tokens[first - 1]) &&
                         is_place_word(tokens[first - 1]);
       ++words) {
    --first;
  }
  if (first < 2 || !is_place_preposition(tokens[first - 1])) return std::nullopt;
  const size_t before = first - 2;
  if (tokens[before].kind != TokenKind::word) return std::nullopt;
  if (const size_t length = et_al_length_before(tokens, before); length > 0) {
    if (before < length) return std::nullopt;
    std::optional<NameGroup> group = name_group_ending_at(tokens, text, before - length);
    if (!group || group->possessive) return std::nullopt;
    et_al = true;
    return group;
  }
  // "Katharina Dworzynski and Francesca Happé at King's College London":
  // after "at" only, for "National Alliance for Caregiving" is one name.
  if (is_word(tokens[first - 1], "at")) {
    if (std::optional<NameGroup> group = name_group_ending_at(tokens, text, before);
        group && !group->possessive && (group->given_names || group->names.size() >= 2)) {
      return group;
    }
  }
  bool owner_et_al = false;
  std::optional<NameGroup> owner = possessive_group_before(tokens, text, before, owner_et_al);
  if (!owner || !owner->possessive) return std::nullopt;
  et_al = owner_et_al;
  return owner;
}

std::optional<NameGroup> author_before_title(const std::vector<ProseToken>& tokens,
                                             std::string_view text, size_t end) {
  if (end >= tokens.size() || !tokens[end].emphasized) return std::nullopt;
  size_t first = end;
  while (first > 0 && tokens[first - 1].emphasized) --first;
  if (first < 2 || !is_word(tokens[first - 1], "in")) return std::nullopt;
  size_t before = first - 2;
  if (is_punct(tokens[before], ",")) {
    if (before == 0) return std::nullopt;
    --before;
  }
  std::optional<NameGroup> group = name_group_ending_at(tokens, text, before);
  if (!group || group->possessive) return std::nullopt;
  return group;
}

NameGroup with_coauthors(const std::vector<ProseToken>& tokens, std::string_view text,
                         const NameGroup& group) {
  if (group.possessive || group.first < 2 || !is_word(tokens[group.first - 1], "with")) {
    return group;
  }
  bool et_al = false;
  std::optional<NameGroup> owner = possessive_group_before(tokens, text, group.first - 2, et_al);
  if (!owner || !owner->possessive || et_al) return group;
  owner->names.insert(owner->names.end(), group.names.begin(), group.names.end());
  return *owner;
}

}  // namespace mwp
