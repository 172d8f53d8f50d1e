#include "cite/group_names.h"

#include <algorithm>

#include "cite/group_initials.h"
#include "text/code_point.h"
#include "text/utf8.h"
#include "text/word_set.h"

namespace mwp {
namespace {

constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";

// The words of a group's name, folded, without its commas and "and"s:
// "National Academies of Sciences, Engineering, and Medicine" and the
// names "National Academies of Sciences", "Engineering", "Medicine" that a
// parenthetical citation of it reads give the same words.
std::string group_words(std::string_view written) {
  std::string out;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && word != "and") out += (out.empty() ? "" : " ") + word;
    word.clear();
  };
  for (char c : fold_for_matching(written)) {
    if (c == ' ' || c == ',' || c == '&') {
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

// The length in `written` of its end that is `group`, an apostrophe in
// either written straight or curly ("Women’s Health" ends "Office of
// Research on Women's Health"), or npos.
size_t written_end_length(std::string_view written, std::string_view group) {
  size_t w = written.size();
  for (size_t g = group.size(); g > 0; --g) {
    if (w == 0) return std::string_view::npos;
    const char c = group[g - 1];
    if (c == '\'' && written.substr(0, w).ends_with(kCurlyApostrophe)) {
      w -= kCurlyApostrophe.size();
    } else if (written[w - 1] == c) {
      --w;
    } else {
      return std::string_view::npos;
    }
  }
  return written.size() - w;
}

// The length of the end of `written` that is `group` with its first words
// written as their acronym: "WHO Regional Office for Africa" for "World
// Health Organization Regional Office for Africa"; npos when none. Linear
// in the length of `group` for each of its words.
size_t acronym_head_length(std::string_view written, std::string_view group) {
  for (size_t space = group.find(' '); space != std::string_view::npos;
       space = group.find(' ', space + 1)) {
    const std::string_view head = group.substr(0, space);
    const std::string_view tail = group.substr(space);  // " Regional Office for Africa"
    if (head.find(' ') == std::string_view::npos || !written.ends_with(tail)) continue;
    const std::string_view before = written.substr(0, written.size() - tail.size());
    const size_t word = before.find_last_of(' ') + 1;  // npos + 1 is 0
    const std::string_view acronym = before.substr(word);
    if (acronym.size() >= 2 && is_ascii_capitals(acronym) &&
        initials_of(head) == ascii_lower(acronym)) {
      return written.size() - word;
    }
  }
  return std::string_view::npos;
}

}  // namespace

GroupNameEnds::GroupNameEnds(const std::vector<Reference>& references) {
  for (const Reference& reference : references) {
    for (const PersonName& author : reference.authors) {
      const size_t space = author.literal.rfind(' ');
      if (space == std::string::npos) continue;
      by_last_word_.emplace(author.literal.substr(space + 1), author.literal);
    }
  }
}

CitationMention GroupNameEnds::widened(const CitationMention& mention,
                                       std::string_view prose) const {
  // "the Public Health Agency of Canada (PHAC, 2019)" names the group
  // before its parenthesis; "(National Center for PTSD, 2022)", read as
  // "PTSD", ends with an acronym of its own.
  if (mention.names.empty() ||
      (mention.parenthetical && mention.abbreviation.empty() && !mention.names.back().acronym)) {
    return mention;
  }
  // Where the names as written end: "Department of Health and Social Care"
  // read as "Health and Social Care", two names.
  const CitedName& last_name = mention.names.back();
  const auto written_at = [&](const std::string& text) {
    return last_name.begin + text.size() <= prose.size() &&
           prose.substr(last_name.begin, text.size()) == std::string_view(text);
  };
  // "Carers UK" keeps the word before its acronym in `written` only.
  if (written_at(last_name.written)) {
    if (auto whole = widened_to(mention, prose, last_name.begin + last_name.written.size())) {
      return *whole;
    }
  } else if (written_at(last_name.surname)) {
    if (auto whole = widened_to(mention, prose, last_name.begin + last_name.surname.size())) {
      return *whole;
    }
  }
  // "The Center on the Developing Child at Harvard University (n.d.)", read
  // as "Child" at an institution: the group whose name ends before the date.
  const size_t open = mention.parenthetical || mention.end > prose.size()
                          ? std::string_view::npos
                          : prose.substr(0, mention.end).rfind('(');
  if (open != std::string_view::npos && open > mention.begin) {
    std::string_view before = prose.substr(0, open);  // without the spaces before "("
    while (before.ends_with(' ') || before.ends_with("\xC2\xA0")) {
      before.remove_suffix(before.ends_with(' ') ? 1 : 2);
    }
    if (!before.empty()) {
      if (auto whole = widened_to(mention, prose, before.size(), true)) return *whole;
    }
  }
  return mention;
}

std::optional<CitationMention> GroupNameEnds::widened_to(const CitationMention& mention,
                                                         std::string_view prose, size_t end,
                                                         bool inside) const {
  const std::string_view written = prose.substr(0, end);
  const size_t space = written.find_last_of(' ');
  const std::string word(space == std::string_view::npos ? written : written.substr(space + 1));
  const auto [first, last] = by_last_word_.equal_range(word);
  for (auto it = first; it != last; ++it) {
    const std::string& group = it->second;
    size_t length = written_end_length(written, group);
    if (length == std::string_view::npos) length = acronym_head_length(written, group);
    if (length == std::string_view::npos) continue;
    const size_t start = end - length;
    // Inside the mention only after a body's abbreviation: "the VA's National
    // Center for PTSD (2022)", not "Tanya Navaneelan's overview for
    // Statistics Canada (2012)".
    const bool after_abbreviation = inside && mention.names[0].acronym && start >= mention.begin;
    if (start > mention.names[0].begin && !after_abbreviation) continue;
    CitationMention whole = mention;
    whole.names.assign(1, mention.names.back());
    whole.names[0].surname = group;
    whole.names[0].written = std::string(written.substr(end - length));
    whole.names[0].begin = end - length;
    whole.begin = std::min(whole.begin, whole.names[0].begin);
    return whole;
  }
  return std::nullopt;
}

bool is_split_group(const CitationMention& mention, const std::vector<PersonName>& authors) {
  if (mention.names.size() < 2 || authors.empty()) return false;
  std::string groups;
  for (const PersonName& author : authors) {
    if (author.literal.empty()) return false;
    groups += author.literal + " ";
  }
  const std::string& one = authors[0].literal;
  if (authors.size() == 1 && one.find(',') == std::string::npos &&
      one.find(" & ") == std::string::npos && one.find(" and ") == std::string::npos) {
    return false;
  }
  std::string joined;
  for (const CitedName& name : mention.names) joined += name.written + " ";
  const std::string words = group_words(joined);
  // "Mental Health & Addiction (2018)" for the Government Inquiry into Mental
  // Health and Addiction: a narrative reading may begin after its first words.
  return words == group_words(groups) || words == group_words(one) ||
         (authors.size() == 1 && ends_with_words(group_words(one), words));
}

}  // namespace mwp
