// ApaReader: doubts about how a reference is written, whatever its type
// (apa_reader.h).
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "cite/apa_fields.h"
#include "cite/apa_formatter.h"
#include "cite/apa_reader.h"
#include "cite/field_text.h"
#include "cite/unread_words.h"
#include "text/code_point.h"
#include "text/utf8.h"
#include "text/word_set.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

// The texts in <i> of an APA entry's HTML, folded to letters and digits,
// character references left out: what APA 7 sets in italics.
std::vector<std::string> italic_texts(std::string_view html) {
  std::vector<std::string> texts;
  for (size_t open = html.find("<i>"); open != npos; open = html.find("<i>", open + 3)) {
    const size_t close = html.find("</i>", open);
    if (close == npos) break;
    std::string text;
    const std::string_view inside = html.substr(open + 3, close - open - 3);
    for (size_t at = 0; at < inside.size(); ++at) {
      const size_t semicolon = inside[at] == '&' ? inside.find(';', at) : npos;
      if (semicolon != npos) {
        at = semicolon;
      } else {
        text += inside[at];
      }
    }
    texts.push_back(fold_to_letters_and_digits(text));
  }
  return texts;
}

}  // namespace

// A reading the writer's own italics contradict: APA 7 sets a book's,
// report's or page's title in italics, and a periodical's name and volume.
// When the entry has italics, its italic text, in order, must be what the
// reading sets in italics (a volume may be left roman, as writers often
// leave it). So "*Title*. (2014, July 9). The Texas Tribune." is not read as
// a newspaper's article, whose title would be roman.
void ApaReader::doubt_italics() {
  // A roman title may hold a few italic words of its own: "*t*-tests", a
  // species' name. They are not compared; a title mostly in italics, or
  // ending in them, is.
  size_t title_at = reference_.title.empty() ? npos : s_.find(reference_.title, title_begin_);
  size_t title_end = title_at == npos ? npos : title_at + reference_.title.size();
  // "*Diversity and STEM 2023* (Special report NSF 23-315)" read as one
  // title: the writer's italics end before the title that APA 7 sets in them.
  if (title_at != npos && title_is_italic(reference_) && pasted_.italic_at(title_at) &&
      !pasted_.italic_at(title_end - 1)) {
    doubt("the title \"" + reference_.title + "\", whose italics end before it does");
    return;
  }
  size_t italic_in_title = 0;
  for (size_t at = title_at; at != npos && at < title_end; ++at) {
    if (pasted_.italic_at(at)) ++italic_in_title;
  }
  // Italics closing the title may be a name that is not the title's:
  // "Can we talk ...? *Sci-Ed*." read as one title.
  if (title_at != npos && (italic_in_title * 2 >= reference_.title.size() ||
                           (title_end > title_at && pasted_.italic_at(title_end - 1)))) {
    title_at = npos;
  }
  std::string written;
  int bracket = 0;  // a reviewed work's title inside "[Review of the book *...*]" is not compared
  for (size_t at = 0; at < s_.size(); ++at) {
    if (s_[at] == '[' && !pasted_.italic_at(at)) ++bracket;
    if (s_[at] == ']' && !pasted_.italic_at(at) && bracket > 0) --bracket;
    const bool in_title = title_at != npos && at >= title_at && at < title_end;
    if (pasted_.italic_at(at) && bracket == 0 && !in_title) written += s_[at];
  }
  written = fold_to_letters_and_digits(written);
  if (written.empty()) return;
  std::string read;
  std::string read_without_numbers;  // a volume may be left roman
  for (const std::string& text : italic_texts(format_apa_html(reference_))) {
    read += text;
    if (!is_ascii_digits(text)) read_without_numbers += text;
  }
  // A preprint's server in a journal's italics, and its title roman, as
  // reference managers set them.
  const bool server_italic = reference_.type == ReferenceType::preprint &&
                             written == fold_to_letters_and_digits(reference_.publisher);
  if (written != read && written != read_without_numbers && !server_italic) {
    doubt("the italics, which do not fall where this reading would set them");
  }
}

// Doubts about the string as a whole: a word broken at a line end ("on-
// set"), as a PDF copies it; a note in brackets ("[check vol]"); words
// struck out ("~~Boston:~~") or highlighted ("==...=="), and a footnote's
// mark ("[^3]"): an editor's marks that are no part of the entry.
void ApaReader::doubt_the_writing() {
  if (const size_t struck = s_.find("~~"); struck != npos) {
    const size_t end = s_.find("~~", struck + 2);
    doubt("\"" + std::string(s_.substr(struck, end == npos ? 12 : end + 2 - struck)) +
          "\", words struck out");
  }
  // "==The shallows==": a notes app's highlight; "...363[^3]": a footnote's mark.
  if (const size_t marked = s_.find("=="); marked != npos) {
    const size_t end = s_.find("==", marked + 2);
    doubt("\"" + std::string(s_.substr(marked, end == npos ? 12 : end + 2 - marked)) +
          "\", words highlighted");
  }
  if (const size_t footnote = s_.find("[^"); footnote != npos) {
    const size_t end = s_.find(']', footnote);
    doubt("\"" + std::string(s_.substr(footnote, end == npos ? 6 : end + 1 - footnote)) +
          "\", a footnote's mark");
  }

  if (const size_t at = broken_word_at(s_); at != npos) {
    const size_t next = at + 2;
    const std::string_view word = s_.substr(next, s_.find(' ', next) - next);
    doubt("\"" + std::string(s_.substr(at - std::min<size_t>(at, 8), 8 + 2 + word.size())) +
          "\", a word broken at a line end");
  }
  for (size_t at = s_.find('['); at != npos; at = s_.find('[', at + 1)) {
    // "[RETRACTED 2010]", "[ERRATUM]": a note in capitals.
    const bool capitals_note = s_.substr(at + 1, 9) == "RETRACTED" ||
                               s_.substr(at + 1, 7) == "ERRATUM" ||
                               s_.substr(at + 1, 9) == "WITHDRAWN";
    if (capitals_note || (at + 1 < s_.size() && s_[at + 1] >= 'a' && s_[at + 1] <= 'z')) {
      const size_t close = s_.find(']', at);
      // "[https://doi.org/...] [https://scholar.google.com/...]": links a
      // database pastes after the entry, which the tail reads.
      const bool pasted_link = s_.substr(at + 1, 8) == "https://" && close != npos &&
                               (close + 1 == s_.size() || s_.substr(close + 1, 2) == " [");
      // Harvard's "[online]", read as a medium (apa_title.cc); a Reddit
      // user's name after the author's and before the date, "[nasa]. (2018"
      // (apa_lead.cc).
      const bool username = close != npos && s_.substr(close + 1, 3) == ". (" &&
                            s_.substr(at + 1, close - at - 1).find(' ') == npos;
      if (pasted_link || username || s_.substr(at, 8) == "[online]") continue;
      doubt("\"" + std::string(s_.substr(at, close == npos ? 12 : close - at + 1)) +
            "\", a note in brackets");
      break;
    }
  }
}

// A title read in capitals or an author in capitals, whose case cannot be
// known; a title that opens with a parenthesis, a note the writer left
// after the date ("(2011) (date? – check against the journal)").
void ApaReader::doubt_fields_as_read() {
  // "(Mis)perception of sleep" is a title's own word.
  const std::string& title = reference_.title;
  if (const size_t close = title.find(')');
      title.starts_with('(') && close != npos &&
      (close + 1 == title.size() || title[close + 1] == ' ' || title[close + 1] == '.')) {
    doubt("\"" + title.substr(0, close + 1) + "\", a note in parentheses before the title");
  }
  // "Kring, A. M., & Sloan, D. M. (2010). *Title* (A. M. Kring & D. M.
  // Sloan, Eds.).": an edited book's editors named twice, as EndNote writes it.
  const auto same_person = [](const PersonName& a, const PersonName& b) {
    return a.family == b.family && a.literal == b.literal &&
           apa_initials(a.given) == apa_initials(b.given);
  };
  // "Ryan, R. M., Deci, E. L., Ryan, R. M., & Deci, E. L.": a converter's
  // list that names its authors twice over. (Two authors of one name and
  // initials are real: "Lewis, G., …, Lewis, G.")
  const std::vector<PersonName>& authors = reference_.authors;
  const size_t half = authors.size() / 2;
  if (half > 0 && authors.size() % 2 == 0 &&
      std::equal(authors.begin(), authors.begin() + static_cast<std::ptrdiff_t>(half),
                 authors.begin() + static_cast<std::ptrdiff_t>(half), same_person)) {
    doubt("the authors, which name the same persons twice over");
  }
  if (reference_.type == ReferenceType::book && !reference_.editors.empty() &&
      reference_.editors.size() == reference_.authors.size() &&
      std::equal(reference_.editors.begin(), reference_.editors.end(), reference_.authors.begin(),
                 same_person)) {
    doubt("the editors, who are its authors: an edited book names them once, before the date");
  }
  // "ER  - Kroenke, K., …": an RIS file's tag left in the entry.
  if (s_.size() > 5 && s_.compare(2, 3, " - ") == 0 && s_[0] >= 'A' && s_[0] <= 'Z' &&
      ((s_[1] >= 'A' && s_[1] <= 'Z') || (s_[1] >= '0' && s_[1] <= '9'))) {
    doubt("\"" + std::string(s_.substr(0, 4)) + "\", an RIS file's tag left in the entry");
  }
  // "RETRACTED: Hydroxychloroquine or chloroquine ...": a publisher's note
  // that the work is retracted, which APA 7 gives after the entry.
  for (std::string_view note :
       {"RETRACTED:", "Retracted:", "RETRACTED ARTICLE:", "WITHDRAWN:", "Withdrawn:"}) {
    if (title.starts_with(note)) {
      doubt("\"" + std::string(note) + "\" before the title: the work may be retracted");
    }
  }
  // "Attachment and loss (No. 79)": a bare number that names no kind of
  // document is an episode's; a report's names its kind ("Report No. 7") or
  // is a code ("No. WHO/MSD/MER/2017.2"), and a book's series number is no
  // part of an APA 7 entry.
  if (reference_.type == ReferenceType::report && reference_.genre.empty() &&
      is_ascii_digits(reference_.number) && s_.find("(No. " + reference_.number + ")") != npos) {
    doubt("\"No. " + reference_.number + "\", a number that names no kind of document");
  }
  const auto capitals = [](std::string_view text) {
    size_t upper = 0;
    for (char c : text) {
      if (c >= 'a' && c <= 'z') return false;
      upper += c >= 'A' && c <= 'Z' ? 1 : 0;
    }
    return upper >= 3;
  };
  if (reference_.title.find(' ') != std::string::npos && capitals(reference_.title)) {
    doubt("the title, written in capitals, so its case cannot be known");
  }
  // "BARRETT, L. F., & RUSSELL, J. A. (Eds.)": an edited book's editors too;
  // "HOME OFFICE": a body's name of words in capitals, not initials ("NHS",
  // "WHO EMRO").
  const auto body_in_capitals = [&capitals](std::string_view name) {
    if (name.find(' ') == std::string_view::npos || !capitals(name)) return false;
    size_t run = 0;
    for (const char c : name) {
      run = c >= 'A' && c <= 'Z' ? run + 1 : 0;
      if (run >= 5) return true;
    }
    return false;
  };
  for (const auto* names : {&reference_.authors, &reference_.editors}) {
    const auto in_capitals = std::find_if(
        names->begin(), names->end(), [&capitals, &body_in_capitals](const PersonName& name) {
          return name.literal.empty() ? capitals(name.family) : body_in_capitals(name.literal);
        });
    if (in_capitals != names->end()) {
      const std::string& written =
          in_capitals->literal.empty() ? in_capitals->family : in_capitals->literal;
      doubt("the author \"" + written + "\", written in capitals");
      return;
    }
  }
}

// A word the reading holds nowhere means part of the entry was not
// understood, whatever the reading made of the rest. The date
// element is left out of `lead` and `body`, for it is read whole or not at
// all, and so are the labels that databases paste after the entry.
void ApaReader::doubt_unread_words(TextRange lead, TextRange body) {
  const std::string written = std::string(view(lead)) + ' ' + std::string(view(body));
  const std::vector<std::string> unread = unread_words(written, reference_, set_aside_);
  if (unread.empty()) return;
  constexpr size_t kShown = 8;
  std::string shown;
  for (size_t i = 0; i < unread.size() && i < kShown; ++i) {
    if (i > 0) shown += ' ';
    shown += unread[i];
  }
  if (unread.size() > kShown) shown += " ...";
  doubt("the words \"" + shown + "\", which it holds in no part");
}

}  // namespace mwp
