#include "cite/titled_works.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "cite/research_words.h"
#include "text/sentence.h"
#include "text/utf8.h"

namespace mwp {
namespace {

// The title's words before a subtitle: "The dangerous passion" of "The
// dangerous passion: Why jealousy is as necessary as love and sex".
std::string_view main_title(std::string_view title) {
  title = title.substr(0, title.find(':'));
  const size_t question = title.find('?');  // "What predicts divorce? The relationship ..."
  return question == std::string_view::npos ? title : title.substr(0, question + 1);
}

// The title of a volume within a work's title, before any subtitle: "Loss" of
// "Attachment and loss: Vol. 3. Loss: Sadness and depression"; empty when none.
std::string_view volume_title(std::string_view title) {
  const size_t vol = title.find("Vol. ");
  if (vol == std::string_view::npos) return {};
  const size_t stop = title.find(". ", vol + 5);
  if (stop == std::string_view::npos) return {};
  const std::string_view rest = title.substr(stop + 2);
  return rest.substr(0, rest.find(':'));
}

// Where `title` starts when the last of `words`, the words at the end of
// `before`, are its words; nullopt when they are not.
std::optional<size_t> title_ends(std::string_view before,
                                 const std::vector<std::string_view>& words, std::string_view title,
                                 size_t least_words = 2) {
  const size_t count = words_of(title).size();
  if (count < least_words || count == 0 || count > words.size()) return std::nullopt;
  const std::string_view first = words[words.size() - count];
  const size_t at = static_cast<size_t>(first.data() - before.data());
  if (fold_to_letters_and_digits(before.substr(at)) != fold_to_letters_and_digits(title)) {
    return std::nullopt;
  }
  return at;
}

// Whether the first author of `reference` is the first name of `mention`,
// a parenthetical citation; a narrative one's names are the title's words.
bool by_named_author(const Reference& reference, const CitationMention& mention) {
  if (!mention.parenthetical || mention.names.empty())
    return true;  // a narrative's are the title's
  if (reference.authors.empty()) return false;
  const PersonName& author = reference.authors[0];
  const std::string& family = author.literal.empty() ? author.family : author.literal;
  return fold_for_matching(family) == fold_for_matching(mention.names[0].surname);
}

// The folded words of `text` that can name a topic.
std::set<std::string> topic_words(std::string_view text) {
  static const std::set<std::string, std::less<>> common = {
      "about", "after", "among", "does", "from", "into", "more", "over", "some",
      "than",  "that",  "their", "this", "what", "when", "with", "your"};
  std::set<std::string> words;
  for (const std::string_view word : words_of(text)) {
    if (count_code_points(word) < 4) continue;
    std::string folded = fold_for_matching(word);
    if (!common.contains(folded)) words.insert(std::move(folded));
  }
  return words;
}

// The authors of `reference`, folded with their initials: two works by
// "M. Stroebe" and "W. Stroebe" differ, as APA's citations of them must.
std::string authors_of(const Reference& reference) {
  std::string key;
  for (const PersonName& name : reference.authors) {
    key += fold_for_matching(name.literal.empty() ? name.family + ',' + name.given : name.literal);
    key += ';';
  }
  return key;
}

}  // namespace

bool owed_letters_or_names(const std::vector<size_t>& candidates,
                           const std::vector<Reference>& references) {
  if (candidates.empty()) return false;
  const std::string authors = authors_of(references[candidates[0]]);
  return std::any_of(candidates.begin(), candidates.end(), [&](size_t candidate) {
    return !references[candidate].year_suffix.empty() ||
           authors_of(references[candidate]) != authors;
  });
}

std::optional<size_t> work_named_by_topic(std::string_view prose, const CitationMention& mention,
                                          const std::vector<size_t>& candidates,
                                          const std::vector<Reference>& references) {
  if (mention.end > prose.size() || mention.begin > mention.end || candidates.size() < 2) {
    return std::nullopt;
  }
  if (owed_letters_or_names(candidates, references)) return std::nullopt;
  const std::set<std::string> sentence =
      topic_words(sentence_around(prose, mention.begin, mention.end));
  std::vector<std::set<std::string>> titles;
  std::map<std::string, size_t> titles_with;  // how many titles hold each word
  for (const size_t candidate : candidates) {
    // The periodical or site a work is in names it too: "He later wrote in
    // *The Guardian* that banter ... (Dickins, 2022)".
    const Reference& work = references[candidate];
    titles.push_back(topic_words(work.title + ' ' + work.container_title));
    for (const std::string& word : titles.back()) ++titles_with[word];
  }
  std::optional<size_t> named;
  for (size_t i = 0; i < candidates.size(); ++i) {
    size_t own = 0;
    for (const std::string& word : titles[i]) {
      if (titles_with[word] == 1 && sentence.contains(word)) ++own;
    }
    if (own == 0) continue;
    if (own < 2 || named) return std::nullopt;  // a weak or a second topic
    named = candidates[i];
  }
  return named;
}

std::optional<TitledWork> work_titled_before(std::string_view prose, const CitationMention& mention,
                                             const std::vector<Reference>& references) {
  if (!mention.has_year || mention.end > prose.size() || mention.begin > mention.end) {
    return std::nullopt;
  }
  // The parenthesis: the one that holds the year, or the one the
  // parenthetical citation opens after.
  const size_t paren = mention.parenthetical ? prose.substr(0, mention.begin).find_last_not_of(' ')
                                             : prose.substr(0, mention.end).rfind('(');
  if (paren == std::string_view::npos || prose[paren] != '(' ||
      (!mention.parenthetical && paren < mention.begin)) {
    return std::nullopt;
  }
  std::string_view before = prose.substr(0, paren);
  // The words before the parenthesis, within the longest title's reach.
  std::vector<std::string_view> words =
      words_of(before.substr(before.size() - std::min(before.size(), size_t{300})));
  // "*He Ara Oranga* report (2018)": the title, then the kind of work it is.
  if (!mention.parenthetical && !words.empty() && is_research_noun_text(words.back())) {
    before = before.substr(0, static_cast<size_t>(words.back().data() - before.data()));
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    words.pop_back();
  }
  // "(*Daring Greatly*, Brown, 2012)": the title read as the first name.
  const std::string inside = mention.names.size() >= 2
                                 ? fold_to_letters_and_digits(mention.names[0].written)
                                 : std::string();
  std::optional<TitledWork> found;
  for (size_t i = 0; i < references.size(); ++i) {
    const Reference& reference = references[i];
    // "*A Grief Observed* (1961)": a reprint by its original year.
    const bool original = mention.original_year == 0 && reference.original_year != 0 &&
                          reference.original_year == mention.year;
    if ((reference.year != mention.year && !original) ||
        reference.year_suffix != mention.year_suffix) {
      continue;
    }
    const std::string_view title = main_title(reference.title);
    std::optional<size_t> at;
    if (!inside.empty() && inside == fold_to_letters_and_digits(title) &&
        words_of(title).size() >= 2) {
      at = mention.begin;
    } else if (by_named_author(reference, mention)) {
      at = title_ends(before, words, title);
      // "*Loss* (1980)": a volume by its own title, one word enough.
      if (!at && !volume_title(reference.title).empty()) {
        at = title_ends(before, words, volume_title(reference.title), 1);
      }
    }
    if (!at) continue;
    if (found) return std::nullopt;  // two works of that title and year
    // A parenthetical citation keeps its place; a narrative one starts at the title.
    found = TitledWork{i, mention.parenthetical ? mention.begin : *at};
  }
  return found;
}

}  // namespace mwp
