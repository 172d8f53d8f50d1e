#include "cite/reference_shapes.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include "cite/apa_dates.h"
#include "cite/apa_language.h"
#include "cite/apa_source_names.h"
#include "cite/field_text.h"
#include "cite/name_shapes.h"
#include "cite/number_shapes.h"
#include "model/date.h"
#include "text/code_point.h"
#include "text/trim.h"
#include "text/word_set.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

void check_text(std::vector<std::string>& doubts, std::string_view field, std::string_view value) {
  if (value.find("ISBN") != npos || value.find("ISSN") != npos) {
    // "Geneva: World Health Organization. ISBN 978-92-4-002664-3": a number
    // APA 7 leaves out, read as part of the field.
    doubts.push_back(std::string(field) + " " + quoted(value) + ", which holds an ISBN or ISSN");
  } else if (value.find_first_of("{}") != npos) {
    // "{DSM-IV} disorders in the {National} {Comorbidity} {Survey}": the
    // braces a BibTeX export keeps a title's capitals in.
    doubts.push_back(std::string(field) + " " + quoted(value) + ", which holds braces");
  } else if (!all_code_points(value, [](char32_t cp) { return !foreign_character(cp); })) {
    doubts.push_back(std::string(field) + " " + quoted(value) + ", which holds a symbol or bullet");
  } else if (has_broken_word(value)) {
    doubts.push_back(std::string(field) + " " + quoted(value) +
                     ", which holds a word broken at a line end");
  } else if (!quotes_balanced(value)) {
    doubts.push_back(std::string(field) + " " + quoted(value) +
                     ", whose quotation marks do not close");
  }
}

// Three words in capitals in a row: "SOCIAL CONNECTION AND WELL-BEING".
bool holds_running_head(std::string_view text) {
  int run = 0;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find(' ', at);
    if (end == npos) end = text.size();
    const std::string_view word = text.substr(at, end - at);
    const bool capitals = word.size() >= 2 &&
                          word.find_first_of("abcdefghijklmnopqrstuvwxyz") == npos &&
                          word.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != npos;
    run = capitals ? run + 1 : 0;
    if (run >= 3) return true;
    at = end + 1;
  }
  return false;
}

// A title that still holds what should have been read out of it.
// "Science 196:129–136", "Lancet 2(8):e124": a journal's volume, issue and
// pages as Vancouver writes them, closing the text.
bool ends_with_numbering(std::string_view text) {
  const std::string_view last = text.substr(text.rfind(' ') + 1);
  const size_t colon = last.find(':');
  if (colon == npos || colon == 0 || colon + 1 >= last.size()) return false;
  const std::string_view volume = last.substr(0, colon);
  const std::string_view pages = last.substr(colon + 1);
  const size_t digits = volume.find_first_not_of("0123456789");
  return digits != 0 && (digits == npos || volume[digits] == '(') && is_ascii_digit(pages[0]);
}

// The title of a reference of `type`: a social media post's is its words,
// which may hold a link.
void check_title(std::vector<std::string>& doubts, std::string_view title, ReferenceType type) {
  const bool post = type == ReferenceType::post;
  if (title.find("ISBN") != npos) return check_text(doubts, "the title", title);
  if (ends_with_numbering(title)) {
    doubts.push_back("the title " + quoted(title) + ", which ends with a volume and pages");
    return;
  }
  if (!post && holds_link(title)) {
    doubts.push_back("the title " + quoted(title) + ", which holds a link");
    return;
  }
  if (title.ends_with(']')) {
    doubts.push_back("the title " + quoted(title) + ", which ends with a note in brackets");
    return;
  }
  if (title.ends_with(')') && title.rfind('(') != npos) {
    // "(Unpublished doctoral dissertation)", "(5. Aufl.)", "(2e éd.)": details
    // in any language hold an abbreviation's period; a title's own
    // parentheses ("(PANAS)", "(The Revised PSVT:R)") do not.
    const std::string_view last = title.substr(title.rfind('('));
    const bool details = last.find(". ") != npos || last.ends_with(".)") ||
                         last.find("issertation") != npos || last.find("thesis") != npos;
    // "Occupational therapy practice framework: Domain and process (4th
    // ed.)": an article's title may name the edition of what it publishes.
    const bool edition_of_article = is_periodical_article(type) && last.ends_with(" ed.)") &&
                                    last.size() > 1 && is_ascii_digit(last[1]);
    if (details && !edition_of_article) {
      doubts.push_back("the title " + quoted(title) + ", which ends with details " + quoted(last));
      return;
    }
    // "… aged over 40 years (August 2017, amended July 2023)": a note of
    // the document's versions, not part of its title.
    if (holds_month_and_year(last)) {
      doubts.push_back("the title " + quoted(title) + ", which ends with dates " + quoted(last));
      return;
    }
  }
  for (std::string_view credit : {"Directed by ", "Produced by ", "Written by ", "Edited by ",
                                  "Translated by ", "Presented by "}) {
    if (title.starts_with(credit)) {
      // "Inside Out (2015). Directed by Pete Docter.": a credit read as the title.
      doubts.push_back("the title " + quoted(title) + ", which reads as a credit");
      return;
    }
  }
  // "... Possession. Int. J. Psycho-Anal.": a journal's abbreviated name begun in the title.
  const size_t sentence = title.rfind(". ");
  const std::string_view last_words = sentence == npos ? title : title.substr(sentence + 2);
  // A part's roman numeral is the title's own: "The genetical evolution of social behaviour. I".
  const bool part_number = last_words.find_first_not_of("IVX") == npos;
  if (sentence != npos && last_words.size() <= 5 && last_words.find(' ') == npos &&
      !last_words.empty() && last_words[0] >= 'A' && last_words[0] <= 'Z' && !part_number) {
    doubts.push_back("the title " + quoted(title) + ", which ends with an abbreviation");
    return;
  }
  // "Title. In: Baumeister, R.F. (eds) Public Self": a book's editors read into a chapter's title.
  for (std::string_view editors : {" In: ", "(eds)", "(Eds.)", "(Ed.)", "(eds.)", "(ed.)"}) {
    if (title.find(editors) != npos) {
      doubts.push_back("the title " + quoted(title) + ", which holds a book's editors");
      return;
    }
  }
  // "data insights, AIHW, Australian Government, accessed 28 May 2023": a
  // retrieval statement read into the title.
  for (std::string_view accessed :
       {"accessed ", "Accessed ", "retrieved ", "Retrieved ", "viewed "}) {
    const size_t at = title.find(accessed);
    if (at == npos) continue;
    const std::string_view next = title.substr(at + accessed.size());
    const std::string_view word = next.substr(0, next.find(' '));
    if ((!word.empty() && is_ascii_digit(word[0])) || month_number(word) != 0) {
      doubts.push_back("the title " + quoted(title) + ", which holds a retrieval date");
      return;
    }
  }
  // "Civilization and its discontents, trans. J. Strachey": a translator
  // written into the title, as Chicago writes it.
  for (std::string_view credit : {", trans. ", ", tr. ", ", ed. ", ", eds. "}) {
    if (title.find(credit) != npos) {
      doubts.push_back("the title " + quoted(title) + ", which holds a translator or editor");
      return;
    }
  }
  // "Open Science Collaboration. \"Estimating ...\" Science 349.6251": a
  // quoted title after a sentence, as MLA writes it, read into a title.
  if (title.find(". \"") != npos || title.find(". \xE2\x80\x9C") != npos) {
    doubts.push_back("the title " + quoted(title) + ", which holds a quoted title");
    return;
  }
  if (holds_pages(title)) {
    doubts.push_back("the title " + quoted(title) + ", which holds a volume or pages");
    return;
  }
  if (quoted_whole(title)) {
    doubts.push_back("the title " + quoted(title) + ", which is quoted as another style quotes it");
    return;
  }
  check_text(doubts, "the title", title);
}

// A number of two digits or more between a name's words: "Clinical NOCK 352
// Psychology". ("Psychology 2.0" ends with its number.)
bool holds_inner_number(std::string_view name) {
  for (size_t at = name.find(' '); at != npos; at = name.find(' ', at + 1)) {
    const size_t end = name.find(' ', at + 1);
    if (end == npos) return false;
    const std::string_view word = name.substr(at + 1, end - at - 1);
    if (word.size() >= 2 && is_ascii_digits(word)) return true;
  }
  return false;
}

// "Jama", "Bmj", "Plos one": a journal named by an acronym, as Google
// Scholar's export writes it.
bool acronym_in_title_case(std::string_view container) {
  const std::string_view first = container.substr(0, container.find(' '));
  return is_one_of(first, {"Jama", "Bmj", "Plos", "Pnas", "Cmaj", "Nejm", "Bmc", "Jaacap"});
}

// "You are not alone": three or more words, two of them in lower case and
// not the small words of names ("of", "the", "and", "y", "de").
bool looks_like_prose(std::string_view text) {
  size_t words = 0;
  size_t lower = 0;
  for (size_t at = 0; at <= text.size();) {
    size_t end = text.find(' ', at);
    if (end == npos) end = text.size();
    const std::string_view word = text.substr(at, end - at);
    if (!word.empty()) {
      ++words;
      if (word[0] >= 'a' && word[0] <= 'z' && !is_title_case_small_word(word)) ++lower;
    }
    at = end + 1;
  }
  return words >= 3 && lower >= 2;
}

void check_container(std::vector<std::string>& doubts, const Reference& reference) {
  const std::string_view container = reference.container_title;
  const std::string what =
      is_periodical_article(reference.type) ? "the periodical " : "the source ";
  // "S.E.": initials alone, as psychoanalysts cite the Standard Edition.
  const bool initials = container.size() >= 3 && container.size() <= 8 &&
                        container.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ.") == npos &&
                        container.find('.') != npos && !is_site_address(container);  // "GOV.UK"
  if (holds_link(container)) {
    doubts.push_back(what + quoted(container) + ", which holds a link");
  } else if (container.starts_with("(") || container.starts_with("And ")) {
    // "In (Ed.), Handbook": the editors left out; "Journal of Personality.
    // And Social Psychology": a name split by a period.
    doubts.push_back(what + quoted(container) + ", which opens as no name does");
  } else if (initials) {
    doubts.push_back(what + quoted(container) + ", which is initials, not a name");
  } else if (ends_with_date(container)) {
    doubts.push_back(what + quoted(container) + ", which holds a date");
  } else if (is_periodical_article(reference.type) && acronym_in_title_case(container)) {
    doubts.push_back(what + quoted(container) + ", whose acronym is written as a word, as an " +
                     "export writes it");
  } else if (is_periodical_article(reference.type) && holds_running_head(container)) {
    // "Psychological SOCIAL CONNECTION AND WELL-BEING 31 Bulletin": a PDF's
    // running head inside the journal's name.
    doubts.push_back(what + quoted(container) + ", which holds words in capitals");
  } else if (is_periodical_article(reference.type) && holds_volume(container)) {
    doubts.push_back(what + quoted(container) + ", which holds a volume or issue");
  } else if (is_periodical_article(reference.type) && holds_inner_number(container)) {
    // "Annual Review of Clinical NOCK 352 Psychology": a PDF's running head
    // and page number inside the journal's name.
    doubts.push_back(what + quoted(container) + ", which holds a page number");
  } else if (is_periodical_article(reference.type) && container.ends_with(')') &&
             container.substr(container.rfind('(')).find_first_of(",.") != npos) {
    // "Science (New York, N.Y.)": PubMed's place after a journal's name.
    doubts.push_back(what + quoted(container) + ", which holds a place in parentheses");
  } else if (container.ends_with(']')) {  // "jamovi (Version 2.3) [Computer Software]"
    doubts.push_back(what + quoted(container) + ", which ends with a note in brackets");
  } else if (starts_with_quote(container) || closes_single_quote(container)) {
    doubts.push_back(what + quoted(container) + ", which holds part of a quoted title");
  } else {
    check_text(doubts, what.substr(0, what.size() - 1), container);
  }
}

// "New York, NY: Guilford", "Harvard University, Cambridge, MA", "12 (1): 1-14".
void check_publisher(std::vector<std::string>& doubts, std::string_view publisher) {
  if (publisher.find("ISBN") != npos) return check_text(doubts, "the publisher", publisher);
  const size_t comma = publisher.rfind(", ");
  const std::string_view last = comma == npos ? std::string_view{} : publisher.substr(comma + 2);
  const bool state =
      last.size() == 2 && last[0] >= 'A' && last[0] <= 'Z' && last[1] >= 'A' && last[1] <= 'Z';
  // "Harvard University Press, Cambridge": a town after the publisher. Not
  // "Little, Brown", "Longmans, Green", "Wiley, Inc." or "SALT Software, LLC".
  // A university named with its campus, "California State University,
  // Sacramento", "University of California, Berkeley", "National University
  // of Ireland, Galway", is not one.
  const std::string_view before = comma == npos ? publisher : publisher.substr(0, comma);
  const size_t before_last = before.rfind(", ");
  const std::string_view institution =
      before_last == npos ? before : before.substr(before_last + 2);
  const bool campus =
      institution.ends_with("University") ||
      (institution.find("University of ") != npos && institution.find(" Press") == npos);
  const bool town = !last.empty() && last.find(' ') == npos && last[0] >= 'A' && last[0] <= 'Z' &&
                    !last.ends_with('.') && last != "Brown" && last != "Green" && last != "Brace" &&
                    last != "Trubner" && last != "Winston" && last != "Publishers" && !campus &&
                    !is_one_of(last, {"LLC", "PBC", "Ltd", "GmbH", "AG", "LLP", "Inc"});
  // "Journal, x, x": each of a publisher's parts opens with a capital or a
  // digit, but for a serial "and" ("Health, Education, and Welfare") and
  // "on behalf of".
  bool lower_part = false;
  for (size_t at = publisher.find(", "); at != npos; at = publisher.find(", ", at + 2)) {
    const std::string_view part = publisher.substr(at + 2);
    lower_part = lower_part ||
                 (!part.empty() && part[0] >= 'a' && part[0] <= 'z' && !part.starts_with("and ") &&
                  !part.starts_with("on behalf of ") && !part.starts_with("the Netherlands"));
  }
  if (holds_link(publisher)) {
    doubts.push_back("the publisher " + quoted(publisher) + ", which holds a link");
  } else if (is_one_of(publisher, {"Data set", "Dataset", "Computer software", "Software"})) {
    // "... SHARE-ERIC. Data set. DOI: ...": a kind of work in the publisher's place.
    doubts.push_back("the publisher " + quoted(publisher) + ", which names a kind of work");
  } else if (lower_part) {
    doubts.push_back("the publisher " + quoted(publisher) + ", a part of which is in lower case");
  } else if (ends_with_date(publisher)) {
    doubts.push_back("the publisher " + quoted(publisher) + ", which holds a date");
  } else if (publisher.ends_with(']')) {
    doubts.push_back("the publisher " + quoted(publisher) + ", which ends with a note in brackets");
  } else if (holds_volume(publisher) || is_number_range(trim(publisher))) {
    doubts.push_back("the publisher " + quoted(publisher) + ", which holds a volume or pages");
  } else if (publisher.ends_with(", in press") || publisher.ends_with(", forthcoming")) {
    // "Journal of Personality and Social Psychology, in press.": a journal
    // read as a book's publisher.
    doubts.push_back("the publisher " + quoted(publisher) + ", which holds \"in press\"");
  } else if (publisher.find(": ") != npos || state || town) {
    doubts.push_back("the publisher " + quoted(publisher) + ", which holds a place");
  } else if (publisher.starts_with("Journal of ") || publisher.ends_with(" Journal")) {
    // "… soft psychology. Journal of Consulting and Clinical Psychology.": an
    // article whose volume and pages were lost, read as a book.
    doubts.push_back("the publisher " + quoted(publisher) + ", which is a journal's name");
  } else if (starts_with_quote(publisher)) {
    doubts.push_back("the publisher " + quoted(publisher) + ", which opens with a quotation mark");
  } else if (looks_like_prose(publisher) && !opens_as_body(publisher)) {
    // "Opting out? Why women really quit careers and head home, University
    // of California Press": the rest of a title read as the publisher.
    doubts.push_back("the publisher " + quoted(publisher) + ", which reads as a sentence");
  } else if (publisher.find_first_of("abcdfghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") ==
                 npos ||
             (publisher.find(' ') == npos &&
              std::count_if(publisher.begin(), publisher.end(), is_ascii_digit) >= 3) ||
             publisher.starts_with("No. ") || publisher.starts_with("Art. ") ||
             publisher.starts_with("Issue ")) {
    // "e1000316", "145", "aac4716", "No. CD003388": an article's number or
    // volume read as the publisher.
    doubts.push_back("the publisher " + quoted(publisher) + ", which is a number");
  } else {
    check_text(doubts, "the publisher", publisher);
  }
}

void check_link(std::vector<std::string>& doubts, const Reference& reference) {
  const std::string_view doi = reference.doi;
  // A "#" is a link's fragment, but for the check character that closes
  // Wiley's old SICI DOIs: "…<363::AID-EAT2260160405>3.0.CO;2-#".
  const size_t hash = doi.find('#');
  const bool fragment = hash != npos && !(hash + 1 == doi.size() && doi.ends_with(";2-#"));
  if (!doi.empty() && (!doi.starts_with("10.") || doi.find('/') == npos ||
                       doi.find_first_of(" \t?") != npos || fragment)) {
    doubts.push_back("the DOI " + quoted(doi) + ", which is not shaped like a DOI");
  }
  const std::string_view url = reference.url;
  const bool scheme =
      url.starts_with("http://") || url.starts_with("https://") || url.starts_with("www.");
  if (!url.empty() && (!scheme || url.find_first_of(" \t") != npos)) {
    doubts.push_back("the URL " + quoted(url) + ", which is not shaped like a link");
  }
}

}  // namespace

std::vector<std::string> doubt_field_shapes(const Reference& reference) {
  std::vector<std::string> doubts;
  doubt_name_shapes(reference.authors, doubts);
  doubt_name_shapes(reference.editors, doubts);
  doubt_name_shapes(reference.translators, doubts);
  // "Stress. (n.d.). NHS.": a site's acronym read as a page's title.
  const bool one_word_group = reference.authors.size() == 1 &&
                              !reference.authors[0].literal.empty() &&
                              reference.authors[0].literal.find(' ') == std::string::npos;
  if (one_word_group && is_ascii_capitals(reference.title) && reference.title.size() >= 2) {
    doubts.push_back("the title " + quoted(reference.title) + ", which reads as a site's name");
  }
  if (reference.authors.size() == 1 &&
      (is_publisher_written_as_person(reference.authors[0], reference.publisher) ||
       is_publisher_written_as_person(reference.authors[0], reference.container_title))) {
    doubts.push_back("the name " +
                     quoted(reference.authors[0].family + ", " + reference.authors[0].given) +
                     ", the publisher's name written as a person's");
  }
  if (!reference.title.empty()) {
    check_title(doubts, reference.title, reference.type);
  }
  if (!reference.container_title.empty()) check_container(doubts, reference);
  if (!reference.publisher.empty()) check_publisher(doubts, reference.publisher);
  doubt_number_shapes(reference, doubts);
  for (const std::string* text : {&reference.event, &reference.event_place, &reference.archive,
                                  &reference.genre, &reference.description}) {
    if (!text->empty()) check_text(doubts, "the text", *text);
  }
  const bool special_issue =
      reference.genre == "Special issue" || reference.genre == "Special section";
  if (is_periodical_article(reference.type) && !reference.editors.empty() && !special_issue) {
    // "McDaniel, S. H. (Eds.). (2018). Title [Special issue]. *Journal*": the
    // editors of an issue, which an article's form would lose.
    doubts.push_back("the editors, which a periodical's article does not have");
  }
  if ((reference.type == ReferenceType::webpage || reference.type == ReferenceType::post) &&
      looks_like_prose(reference.container_title)) {
    // "... struggling quietly today. You are not alone.": a post's own words
    // read as the site's name.
    doubts.push_back("the site \"" + reference.container_title + "\", which reads as a sentence");
  }
  if ((reference.type == ReferenceType::book || reference.type == ReferenceType::chapter) &&
      !reference.day.empty()) {
    // "(2018, October 1). Title. BBC Radio 4.": a book has a year, not a day.
    doubts.push_back("the date, which gives a day for a book");
  }
  check_link(doubts, reference);
  return doubts;
}

}  // namespace mwp
