// ApaReader: the source of a periodical's article, "*Journal*, *10*(3),
// 190–203." and a magazine or newspaper named alone (apa_reader.h).
#include <algorithm>

#include "cite/apa_language.h"
#include "cite/apa_reader.h"
#include "cite/apa_source_names.h"
#include "cite/apa_source_words.h"
#include "model/date.h"
#include "text/code_point.h"
#include "text/trim.h"
#include "text/utf8.h"
#include "text/word_set.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

// "européenne", "pratiques", "sociales": a word with an ending of French,
// Spanish, Portuguese or Italian, whose periodicals' names are in sentence
// case of their own.
bool romance_word(std::string_view word) {
  for (std::string_view ending : {"iques", "ique", "ales", "aines", "aine", "enne", "ennes",
                                  "\xC3\xA9"
                                  "e",
                                  "\xC3\xA9"
                                  "es",
                                  "euses", "elles", "ologia",
                                  "olog\xC3\xAD"
                                  "a",
                                  "ivos", "ivas"}) {
    if (word.size() > ending.size() + 2 && word.ends_with(ending)) return true;
  }
  return false;
}

// Whether `name` is written as a periodical's name is, in title case:
// "Journal of Personality and Social Psychology", "npj Digital Medicine",
// "eLife", "Epidemiologia e Psichiatria Sociale"; not "science" or "Journal
// of personality and social psychology", as database exports write them.
// A name with a word of a Romance language is in that language's case:
// "Revue européenne de psychologie appliquée".
bool in_title_case(std::string_view name) {
  bool capital = false;
  size_t index = 0;
  for (size_t at = 0; at < name.size(); ++index) {
    size_t end = name.find(' ', at);
    if (end == npos) end = name.size();
    const std::string_view word = name.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    if (std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      capital = true;
    } else if (index > 0 && word[0] >= 'a' && word[0] <= 'z' && !is_title_case_small_word(word)) {
      // "Revue européenne de psychologie appliquée": in its own language's case.
      const std::vector<std::string_view> words = words_of(name);
      return name[0] >= 'A' && name[0] <= 'Z' &&
             std::any_of(words.begin(), words.end(), romance_word);
    }
  }
  return capital;
}

// "Amer. Econ. Rev.", "Quart. J. Econ.": a name of words cut short, two or
// more ending with a period; initials ("U.S.") do not count.
bool abbreviated_with_periods(std::string_view name) {
  size_t cut = 0;
  for (const std::string_view word : words_of(name)) {
    const size_t end = static_cast<size_t>(word.data() - name.data()) + word.size();
    const bool initials = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z' &&
                          end + 2 < name.size() && name[end + 2] != ' ';
    if (end < name.size() && name[end] == '.' && word.size() >= 2 && !initials) ++cut;
  }
  return cut >= 2;
}

// "... consequences. Int. J. Hum.-Comput" before "Stud": a name cut short
// with periods that the sentences split, its last word alone read as the
// periodical's. Two or more short capitalised words, each closed by a
// period, end the title.
bool title_ends_in_abbreviations(std::string_view title, std::string_view name) {
  const auto short_capitalised = [](std::string_view word) {
    return word.size() >= 2 && word.size() <= 6 && word[0] >= 'A' && word[0] <= 'Z';
  };
  if (!short_capitalised(name) || name.find(' ') != npos) return false;
  const std::vector<std::string_view> words = words_of(title);
  size_t cut = 0;
  for (size_t i = words.size(); i-- > 0;) {
    const size_t end = static_cast<size_t>(words[i].data() - title.data()) + words[i].size();
    const bool closed = end == title.size() || title[end] == '.';
    if (!closed || !short_capitalised(words[i])) break;
    ++cut;
  }
  return cut >= 2;
}

// The length of "'Title'," or "“Title”," opening `text`, up to and without
// its comma, or 0.
size_t quoted_title_length(std::string_view text) {
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"'", "',"},
                                    {"\xE2\x80\x98", "\xE2\x80\x99,"},
                                    {"\"", "\","},
                                    {"\xE2\x80\x9C", "\xE2\x80\x9D,"}}) {
    if (!text.starts_with(open)) continue;
    const size_t close_at = text.find(close, open.size());
    if (close_at != npos) return close_at + close.size() - 1;
  }
  return 0;
}

// "2020-21", "2013-2016": a span of years.
bool is_year_range(std::string_view text) {
  const size_t dash = text.find('-');
  if (dash != 4 || !is_ascii_digits(text.substr(0, 4))) return false;
  const std::string_view end = text.substr(5);
  return (end.size() == 2 || end.size() == 4) && is_ascii_digits(end) &&
         (text[0] == '1' || text[0] == '2');
}

}  // namespace

// "Title. *Journal*, *10*(3), 190–203." and magazines and newspapers.
bool ApaReader::read_periodical(const std::vector<TextRange>& sentences) {
  const TextRange last = sentences.back();
  const std::string_view text = view(last);
  if (read_cited_journal(sentences)) return true;
  for (size_t comma = text.find(','); comma != npos; comma = text.find(',', comma + 1)) {
    // "Journal, 24(4), 385-396", and as typed in haste, "Journal,24(4),385-396".
    const size_t after = comma + 1 < text.size() && text[comma + 1] == ' ' ? comma + 2 : comma + 1;
    if (after == comma + 1 && (after >= text.size() || !is_ascii_digit(text[after]))) continue;
    const std::optional<PeriodicalTail> tail = read_periodical_tail(text.substr(after));
    if (!tail) continue;
    // "*Mental health of children and young people in England, 2017*": a
    // title's own comma and year, in one italic run, and nothing after.
    const bool volume_alone =
        tail->issue.empty() && tail->page.empty() && tail->article_number.empty();
    if (pasted_.italic_at(last.begin + comma) && pasted_.italic_at(last.begin + after) &&
        volume_alone) {
      continue;
    }
    // "First insights from the National Study of Mental Health and
    // Wellbeing, 2020-21": a title's years, not a journal's volume.
    if (volume_alone && is_year_range(tail->volume)) continue;
    std::string_view container = text.substr(0, comma);
    if (sentences.size() >= 2) {
      settle_title_read_first({sentences[0].begin, sentences[sentences.size() - 2].end});
    }
    if (const size_t quoted = quoted_title_length(container); quoted > 0 && !title_read_) {
      // Harvard style: "'Title', Journal, 69(5), pp. 797–811".
      reference_.title = title_text({last.begin, last.begin + quoted});
      container = trim(container.substr(quoted + 1));
    } else if (sentences.size() < 2 && !title_read_) {
      doubt("no title before the periodical");
    } else if (!title_read_) {
      TextRange title =
          without_description({sentences[0].begin, sentences[sentences.size() - 2].end});
      // "Exposition of a new theory (L. Sommer, Trans.)": a translated
      // article's translator closing its title.
      if (const std::string_view words = view(title); words.ends_with("Trans.)")) {
        if (const size_t open = matching_open(words); open != npos && open > 0) {
          read_details(words.substr(open + 1, words.size() - open - 2), false);
          title.end = title.begin + open;
        }
      }
      reference_.title = title_text(title);
    }
    reference_.container_title = element_text(container);
    // "Canadian Journal on Aging / La Revue canadienne du vieillissement": a
    // name in two languages, the second in its own language's case.
    const std::string_view name = reference_.container_title;
    if (abbreviated_with_periods(container)) {
      // "*Amer. Econ. Rev.*": the name's own last period is lost as the
      // entry's, and APA 7 writes the name whole.
      doubt("the periodical \"" + std::string(trim(container)) + "\", whose name is abbreviated");
    } else if (title_ends_in_abbreviations(reference_.title, name)) {
      doubt("the periodical \"" + reference_.container_title +
            "\", whose name is abbreviated and read in part as the title's");
    } else if (!in_title_case(name.substr(0, name.find(" / ")))) {
      doubt("the periodical \"" + reference_.container_title +
            "\", whose name is not in title case, as an export writes it");
    }
    reference_.volume = tail->volume;
    reference_.issue = tail->issue;
    reference_.page = tail->page;
    reference_.article_number = tail->article_number;
    set_periodical_type(reference_.container_title, italic({last.begin, last.begin + comma}));
    if (reference_.type == ReferenceType::article_newspaper && reference_.issue.empty() &&
        reference_.page.empty()) {
      // "*The New York Times*, 1.": a newspaper has no volume; its one number is its page.
      reference_.page = std::move(reference_.volume);
      reference_.volume.clear();
    }
    read_preprint_in_journal_place();
    return true;
  }
  return false;
}

// Wikipedia's "cite journal": '"Title". Journal. 39 (6): 1161–1178.', the
// volume, issue and pages a sentence of their own after the journal's name.
bool ApaReader::read_cited_journal(const std::vector<TextRange>& sentences) {
  if (sentences.size() < 2 || (sentences.size() < 3 && !title_read_)) return false;
  const std::string_view text = view(sentences.back());
  const size_t colon = text.find(": ");
  if (colon == npos) return false;
  std::string numbers(text.substr(0, colon));  // "39 (6)" -> "39(6)"
  if (const size_t space = numbers.find(" ("); space != std::string::npos) numbers.erase(space, 1);
  const std::optional<PeriodicalTail> tail =
      read_periodical_tail(numbers + ", " + std::string(text.substr(colon + 2)));
  if (!tail || tail->volume.empty() || (tail->page.empty() && tail->article_number.empty())) {
    return false;
  }
  const TextRange journal = sentences[sentences.size() - 2];
  if (!title_read_) {
    reference_.title = title_text({sentences[0].begin, sentences[sentences.size() - 3].end});
  }
  reference_.container_title = element_text(view(journal));
  reference_.volume = tail->volume;
  reference_.issue = tail->issue;
  reference_.page = tail->page;
  reference_.article_number = tail->article_number;  // "2 (8): e124"
  if (reference_.page.size() >= 6 && is_ascii_digits(reference_.page)) {
    reference_.article_number = std::move(reference_.page);  // "3 (10): 150664"
    reference_.page.clear();
  }
  set_periodical_type(reference_.container_title, false);
  read_preprint_in_journal_place();
  return true;
}

// "Title. *PsyArXiv*." and Mendeley's "Title. *BioRxiv*, 306951.": a
// preprint kept as a journal article, its server in the journal's place and
// its identifier in the volume's. No issue, pages or article number.
void ApaReader::read_preprint_in_journal_place() {
  if (!is_preprint_server(reference_.container_title) || !reference_.issue.empty() ||
      !reference_.page.empty() || !reference_.article_number.empty()) {
    return;
  }
  reference_.type = ReferenceType::preprint;
  reference_.publisher = std::move(reference_.container_title);
  reference_.container_title.clear();
  reference_.number = std::move(reference_.volume);
  reference_.volume.clear();
}

void ApaReader::set_periodical_type(std::string_view name, bool /*italic_name*/) {
  if (is_magazine_name(name)) {
    reference_.type = ReferenceType::article_magazine;
  } else if (is_newspaper_name(name) &&
             !(reference_.month == 0 && !reference_.volume.empty() && !reference_.issue.empty())) {
    // A newspaper's word in a journal's name dated by its year, volume and
    // issue ("*Post Reproductive Health*, *26*(4)") names no newspaper.
    reference_.type = ReferenceType::article_newspaper;
  } else if (reference_.month == 0 || (reference_.day.empty() && !reference_.doi.empty())) {
    // A month with a DOI is a journal's issue: "(September 2005). ... doi:10...";
    // a magazine's issue has a day: "(2019, January 4). ... *Science*".
    reference_.type = ReferenceType::article_journal;
  } else if (!reference_.day.empty() && reference_.volume.empty()) {
    reference_.type = ReferenceType::article_newspaper;
  } else {
    reference_.type = ReferenceType::article_magazine;
  }
}

// "Title. *The New Yorker*.": a periodical named without volume or pages.
bool ApaReader::read_named_periodical(TextRange name, bool advance_online) {
  std::string text = element_text(view(name));
  // Harvard's "'Title', The Atlantic, September.": a magazine's month after its name.
  if (const size_t comma = text.rfind(", "); comma != npos && reference_.month == 0) {
    if (const int month = month_number(std::string_view(text).substr(comma + 2)); month > 0) {
      reference_.month = month;
      text.resize(comma);
    }
  }
  const bool book_details = !reference_.edition.empty() || !reference_.volume.empty() ||
                            !reference_.translators.empty() || !reference_.editors.empty();
  const bool title_italic =
      title_italic_ || (!reference_.title.empty() && pasted_.italic_at(title_begin_));
  // "*Title*. (2014, July 9). The Texas Tribune.": the italics say a web
  // page, whatever the site is called.
  if (title_italic && !italic(name)) return false;
  const bool italic_name = italic(name) && !reference_.title.empty() && !title_italic;
  // "Title. *Ageing & Society*.": a roman title and an italic name make a
  // periodical's article, even when the name reads like a body's.
  // "Singapore: Times Editions": a place before a publisher's name.
  const size_t colon = text.find(": ");
  const bool placed =
      colon != std::string_view::npos && !italic(name) && is_place(text.substr(0, colon));
  if (book_details || placed || is_publisher_name(text) ||
      (is_organization_name(text) && !italic_name)) {
    return false;
  }
  const bool known = is_magazine_name(text) || is_newspaper_name(text);
  const bool journal = is_periodical_name(text) &&
                       (advance_online || reference_.in_press || !reference_.doi.empty());
  if (!advance_online && !italic_name && !known && !journal) return false;
  // A page on a site whose name is not in italics: "Title. Site. https://...".
  // A blog's or news site's name in italics reads as a periodical's:
  // "Title. *Blog Name*. https://...".
  if (!known && !journal && !advance_online && !italic_name && !reference_.url.empty() &&
      reference_.month > 0) {
    return false;
  }
  reference_.container_title = text;
  set_periodical_type(text, italic_name);
  // "Title. *After Babel*. https://...", dated by year alone, with no volume
  // or DOI: a blog's or a news site's article, as no journal's is; APA 7
  // writes the two alike.
  if (reference_.type == ReferenceType::article_journal && !journal && !advance_online &&
      !reference_.in_press && reference_.doi.empty() && !reference_.url.empty()) {
    reference_.type = ReferenceType::article_newspaper;
  }
  if (advance_online) {
    reference_.type = ReferenceType::article_journal;
    reference_.advance_online = true;
  }
  return true;
}

}  // namespace mwp
