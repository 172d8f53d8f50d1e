#include "cite/work_phrase_names.h"

#include <string>

#include "cite/citation_years.h"
#include "cite/name_group.h"
#include "cite/parenthetical_names.h"
#include "cite/research_words.h"

namespace mwp {
namespace {

constexpr size_t kMostWords = 6;

bool opens_noun_phrase(const ProseToken& token) {
  return is_word(token, "the") || is_word(token, "The") || is_word(token, "a") ||
         is_word(token, "A");
}

bool is_capitalised_word(const ProseToken& token) {
  return token.kind == TokenKind::word && token.capitalised && !token.possessive;
}

bool is_joining_word(const ProseToken& token) {
  return is_word(token, "for") || is_word(token, "of") || is_word(token, "on");
}

bool opens_name(const ProseToken& token) {
  return is_name_word(token) || is_acronym(token);
}

bool opens_with_year(const std::vector<ProseToken>& tokens, size_t year_at) {
  return year_at > 0 && opens_noun_phrase(tokens[year_at - 1]) &&
         year_of_token(tokens[year_at]) != 0;
}

}  // namespace

size_t name_run_end(const std::vector<ProseToken>& tokens, size_t first) {
  size_t last = first;
  for (size_t k = first + 1; k < tokens.size() && k - first < kMostWords; ++k) {
    if (is_capitalised_word(tokens[k])) {
      last = k;
    } else if (!is_joining_word(tokens[k])) {
      break;
    }
  }
  return last;
}

CitedName run_name(const std::vector<ProseToken>& tokens, std::string_view text, size_t first,
                   size_t last) {
  const ProseToken& only = tokens[first];
  if (last == first && is_acronym(only)) return acronym_name(only);
  const size_t end = tokens[last].begin + tokens[last].text.size();
  const std::string whole(text.substr(only.begin, end - only.begin));
  return CitedName{whole, whole, "", false, only.begin};
}

std::optional<CitedName> name_after_year(const std::vector<ProseToken>& tokens,
                                         std::string_view text, size_t year_at) {
  const size_t first = year_at + 1;
  if (!opens_with_year(tokens, year_at) || first >= tokens.size() || !opens_name(tokens[first])) {
    return std::nullopt;
  }
  const size_t last = name_run_end(tokens, first);
  if (last + 1 >= tokens.size() || !is_research_noun(tokens[last + 1])) return std::nullopt;
  return run_name(tokens, text, first, last);
}

std::optional<CitedName> group_after_year(const std::vector<ProseToken>& tokens,
                                          std::string_view text, size_t year_at) {
  if (!opens_with_year(tokens, year_at)) return std::nullopt;
  // One or two lower-case words, a word for the work among them: "survey",
  // "national survey".
  size_t k = year_at + 1;
  bool work = false;
  for (; k < tokens.size() && k <= year_at + 2 && tokens[k].kind == TokenKind::word &&
         !tokens[k].capitalised && !is_word(tokens[k], "by") && !is_word(tokens[k], "from");
       ++k) {
    work = work || is_research_noun(tokens[k]);
  }
  if (!work || k + 2 >= tokens.size() ||
      (!is_word(tokens[k], "by") && !is_word(tokens[k], "from")) ||
      !is_word(tokens[k + 1], "the") || !opens_name(tokens[k + 2])) {
    return std::nullopt;
  }
  return run_name(tokens, text, k + 2, name_run_end(tokens, k + 2));
}

std::vector<CitedName> names_before_work_word(const std::vector<ProseToken>& tokens, size_t end) {
  if (end >= tokens.size() || !is_research_noun(tokens[end])) return {};
  if (end >= 4 && is_defined_abbreviation(tokens[end - 1]) && is_punct(tokens[end - 2], "/") &&
      is_defined_abbreviation(tokens[end - 3])) {
    return {acronym_name(tokens[end - 3]), acronym_name(tokens[end - 1])};
  }
  if (end < 2 || tokens[end - 1].possessive ||
      (!is_word(tokens[end - 2], "the") && !is_word(tokens[end - 2], "The"))) {
    return {};
  }
  const ProseToken& name = tokens[end - 1];
  if (is_acronym(name)) return {acronym_name(name)};  // "the WHI study (2002)"
  if (is_name_word(name)) {
    return {CitedName{std::string(name.text), std::string(name.text), "", false, name.begin}};
  }
  return {};
}

std::optional<CitationMention> subject_before(const std::vector<ProseToken>& tokens,
                                              std::string_view text, size_t open) {
  size_t words = 0;
  while (words < open && words <= 10 && tokens[open - words - 1].kind == TokenKind::word &&
         !tokens[open - words - 1].capitalised) {
    ++words;
  }
  if (words < 2 || words > 10 || words == open) return std::nullopt;
  const size_t last = open - words - 1;
  if (!is_name_word(tokens[last]) || tokens[last].possessive) return std::nullopt;
  std::optional<NameGroup> group = name_group_ending_at(tokens, text, last, false);
  if (!group || !starts_sentence(tokens, group->first)) return std::nullopt;
  CitationMention mention;
  mention.names = group->names;
  mention.begin = tokens[group->first].begin;
  mention.if_it_matches = true;
  return mention;
}

}  // namespace mwp
