#include "cite/unread_words.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "cite/apa_formatter.h"
#include "text/code_point.h"
#include "text/utf8.h"

namespace mwp {
namespace {

// Words that styles write around fields, which a reading holds in the
// fields' places and not as text.
bool is_framing_word(std::string_view folded) {
  static const std::unordered_set<std::string_view> kWords = {
      "accessed", "and",   "at",   "author",    "available", "by",      "date",       "doi",
      "dx",       "ed",    "edn",  "eds",       "file",      "edition", "edited",     "from",
      "http",     "https", "in",   "iss",       "issue",     "no",      "nos",        "on",
      "org",      "p",     "pp",   "retrieved", "the",       "trans",   "translated", "und",
      "url",      "vol",   "vols", "volume",    "www",       "y",       "pages"};
  return kWords.contains(folded);
}

class HeldWords {
 public:
  void add(std::string_view text) {
    for (std::string_view word : words_of(text)) {
      std::string folded = fold_for_matching(word);
      // The ends a shortened page range may keep: "31" of 1124-1131, "10"
      // of a supplement's S7-S10.
      const size_t digits = folded.find_first_of("0123456789");
      if (digits <= 2 && is_ascii_digits(std::string_view(folded).substr(digits))) {
        const size_t size = folded.size() - digits;
        for (size_t length = 1; length <= size && length <= 4; ++length) {
          if (length < size || digits > 0)
            number_ends_.insert(folded.substr(folded.size() - length));
        }
      }
      ++count_[std::move(folded)];
    }
  }

  void add(const std::vector<PersonName>& names) {
    for (const PersonName& name : names) {
      for (const std::string* part : {&name.family, &name.given, &name.non_dropping_particle,
                                      &name.suffix, &name.literal, &name.role}) {
        add(*part);
      }
    }
  }

  // Holds each word of `text` as often as `text` has it, when not already
  // held as often.
  void add_at_least(std::string_view text) {
    HeldWords own;
    own.add(text);
    for (auto& [word, count] : own.count_) {
      int& held = count_[word];
      if (held < count) held = count;
    }
  }

  // Takes one occurrence of `folded`, if held.
  bool take(const std::string& folded) {
    auto found = count_.find(folded);
    if (found != count_.end() && found->second > 0) {
      --found->second;
      return true;
    }
    return number_ends_.contains(folded);
  }

 private:
  std::unordered_map<std::string, int> count_;
  std::unordered_set<std::string> number_ends_;
};

HeldWords held_words(const Reference& r, std::string_view set_aside) {
  HeldWords held;
  held.add(r.authors);
  held.add(r.editors);
  held.add(r.translators);
  for (const std::string* field : {&r.author_role,
                                   &r.author_handle,
                                   &r.editor_role,
                                   &r.year_suffix,
                                   &r.title,
                                   &r.container_title,
                                   &r.volume,
                                   &r.issue,
                                   &r.page,
                                   &r.article_number,
                                   &r.edition,
                                   &r.version,
                                   &r.number,
                                   &r.genre,
                                   &r.description,
                                   &r.publisher,
                                   &r.archive,
                                   &r.authority,
                                   &r.event,
                                   &r.event_place,
                                   &r.doi,
                                   &r.url,
                                   &r.retraction.container_title,
                                   &r.retraction.volume,
                                   &r.retraction.issue,
                                   &r.retraction.page}) {
    held.add(*field);
  }
  held.add(set_aside);
  // What the reading writes for its flags and numbers: "Article e0123",
  // "[Unpublished doctoral dissertation]", "(2nd ed.)", "Advance online
  // publication", "[Preprint]".
  held.add_at_least(format_apa_text(r));
  return held;
}

}  // namespace

std::vector<std::string> unread_words(std::string_view written, const Reference& reference,
                                      std::string_view set_aside) {
  HeldWords held = held_words(reference, set_aside);
  std::vector<std::string> unread;
  for (std::string_view word : words_of(written)) {
    const std::string folded = fold_for_matching(word);
    if (!held.take(folded) && !is_framing_word(folded)) unread.emplace_back(word);
  }
  return unread;
}

}  // namespace mwp
