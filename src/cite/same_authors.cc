#include "cite/same_authors.h"

#include <algorithm>
#include <iterator>
#include <optional>

#include "cite/citation_years.h"
#include "text/sentence.h"

namespace mwp {
namespace {

// A word for the researchers of a work, as "the same ..." points back to them.
bool is_research_group(const ProseToken& token) {
  constexpr std::string_view kGroups[] = {"team",       "authors", "group",        "researchers",
                                          "scientists", "lab",     "investigators"};
  return token.kind == TokenKind::word && !token.capitalised &&
         std::find(std::begin(kGroups), std::end(kGroups), token.text) != std::end(kGroups);
}

// The index of "the" in "the same team's follow-up" that the words before
// tokens[open] end, or nullopt.
std::optional<size_t> same_group_before(const std::vector<ProseToken>& tokens, size_t open) {
  size_t at = open;
  for (size_t words = 0; at > 0 && words <= 3; ++words) {
    const ProseToken& token = tokens[at - 1];
    if (is_research_group(token)) {
      if (at < 3 || !is_word(tokens[at - 2], "same")) return std::nullopt;
      const ProseToken& the = tokens[at - 3];
      if (!is_word(the, "the") && !is_word(the, "The")) return std::nullopt;
      return at - 3;
    }
    // "follow-up", "later study": lower-case words between.
    if (token.kind != TokenKind::word || token.capitalised || token.possessive) {
      if (!is_punct(token, "-")) return std::nullopt;
    }
    --at;
  }
  return std::nullopt;
}

}  // namespace

std::vector<CitationMention> find_same_author_citations(const std::vector<ProseToken>& tokens,
                                                        const std::vector<CitationMention>& taken) {
  std::vector<CitationMention> out;
  for (size_t open = 1; open < tokens.size(); ++open) {
    if (!is_punct(tokens[open], "(")) continue;
    const std::vector<CitedYear> years = read_cited_years(tokens, open + 1);
    if (years.empty() || years.front().year_end != 0) continue;
    const std::optional<CitationTail> tail = read_citation_tail(tokens, years.back().last + 1);
    if (!tail || !tail->closes || tail->cited_in) continue;
    const std::optional<size_t> the = same_group_before(tokens, open);
    if (!the) continue;
    const size_t begin = tokens[*the].begin;
    const size_t end = tokens[tail->stop].end;
    if (overlaps(taken, begin, end)) continue;
    for (const CitedYear& year : years) {
      CitationMention mention;
      mention.begin =
          years.size() == 1 || &year == &years.front() ? begin : tokens[year.first].begin;
      mention.end = years.size() == 1 ? end : tokens[year.last].end;
      mention.same_authors = true;
      mention.strong = true;
      mention.has_year = true;
      mention.year = year.year;
      mention.in_press = year.in_press;
      mention.year_suffix = year.suffix;
      out.push_back(std::move(mention));
    }
  }
  return out;
}

bool refers_to_work_before(std::string_view prose, const CitationMention& mention) {
  const std::string_view sentence = sentence_around(prose, mention.begin, mention.end);
  for (std::string_view phrase : {"same study", "that study", "this study", "same paper",
                                  "that paper", "this paper", "same trial", "that trial"}) {
    if (sentence.find(phrase) != std::string_view::npos) return true;
  }
  return false;
}

CitationMention with_authors_of(const CitationMention& anaphor, const Reference& previous) {
  CitationMention named = anaphor;
  named.same_authors = false;
  const std::vector<PersonName>& authors = previous.authors;
  if (authors.empty()) return named;
  const size_t written = authors.size() <= 2 ? authors.size() : 1;
  for (size_t i = 0; i < written; ++i) {
    const std::string& surname =
        authors[i].literal.empty() ? authors[i].family : authors[i].literal;
    named.names.push_back(CitedName{surname, surname, "", false, anaphor.begin});
  }
  named.et_al = authors.size() > 2;
  return named;
}

}  // namespace mwp
