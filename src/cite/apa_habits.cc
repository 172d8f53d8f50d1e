// ApaReader: the habits of other styles and of APA 6 that read without
// doubt: titles in quotation marks, a Harvard date after the periodical,
// "Paper presented at", a thesis's number after its database, and an
// edition written into the title (apa_reader.h).
#include <algorithm>

#include "cite/apa_dates.h"
#include "cite/apa_reader.h"
#include "cite/apa_source_names.h"
#include "cite/apa_source_words.h"
#include "model/date.h"
#include "text/code_point.h"
#include "text/trim.h"
#include "text/word_set.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

}  // namespace

// A title in quotation marks, as Harvard, MLA and Wikipedia write it:
// "'The biggest threat ... obesity. It's loneliness.', The Boston Globe, 9
// March." It is read whole, whatever sentences it holds, and a Harvard date
// ("9 March") closing the source is the article's.
void ApaReader::read_quoted_title(TextRange& body) {
  const std::string_view text = view(body);
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"'", "'"},
                                    {"\xE2\x80\x98", "\xE2\x80\x99"},
                                    {"\"", "\""},
                                    {"\xE2\x80\x9C", "\xE2\x80\x9D"}}) {
    if (!text.starts_with(open)) continue;
    for (size_t at = text.find(close, open.size()); at != npos; at = text.find(close, at + 1)) {
      const size_t after = at + close.size();
      if (after < text.size() && text[after] != ',' && text[after] != '.') continue;
      reference_.title = title_text({body.begin + open.size(), body.begin + at});
      title_read_ = true;
      body.begin += std::min(after + 1, text.size());
      read_day_month_tail(body);
      return;
    }
    return;
  }
}

// ", 9 March" or ", March 9" closing a Harvard source: the article's date.
void ApaReader::read_day_month_tail(TextRange& body) {
  const std::string_view text = view(trimmed(body));
  std::string_view tail = text;
  while (tail.ends_with('.')) tail.remove_suffix(1);
  const size_t comma = tail.rfind(", ");
  if (comma == npos || reference_.month != 0) return;
  const std::string_view date = tail.substr(comma + 2);
  const size_t space = date.find(' ');
  if (space == npos) return;
  std::string_view day = date.substr(0, space);
  int month = month_number(date.substr(space + 1));
  if (month == 0) {
    month = month_number(date.substr(0, space));
    day = date.substr(space + 1);
  }
  if (month == 0 || day.empty() || day.size() > 2 || day.find_first_not_of("0123456789") != npos) {
    return;
  }
  reference_.month = month;
  reference_.day = std::string(day);
  body.end = trimmed(body).begin + comma;
}

// APA 6's "(UMI No. 3480934)" or "(Order No. ...)" closing a thesis, after
// its database: the thesis's number.
void ApaReader::read_thesis_number(std::vector<TextRange>& source) {
  if (source.size() < 2) return;
  const std::string_view last = view(source.back());
  for (std::string_view label : {"(UMI No. ", "(Order No. ", "(Publication No. "}) {
    if (!last.starts_with(label) || !last.ends_with(")")) continue;
    const std::string_view number = last.substr(label.size(), last.size() - label.size() - 1);
    if (number.empty() || number.find(' ') != std::string_view::npos) return;
    reference_.number = std::string(number);
    set_aside(label);
    source.pop_back();
    return;
  }
}

// APA 6's "Paper presented at the Annual Meeting of X, Place": APA 7's
// "[Paper presentation]. Annual Meeting of X, Place.".
bool ApaReader::read_presented_at(const std::string& where) {
  for (const auto& [lead, genre] :
       {std::pair<std::string_view, std::string_view>{"Paper presented at ", "Paper presentation"},
        {"Poster presented at ", "Poster presentation"},
        {"Poster session presented at ", "Poster presentation"},
        {"Invited address presented at ", "Invited address"},
        {"Keynote address presented at ", "Keynote address"},
        {"Symposium presented at ", "Symposium"},
        {"Presented at ", "Paper presentation"}}) {
    if (!where.starts_with(lead)) continue;
    std::string event = where.substr(lead.size());
    if (event.starts_with("the ")) event.erase(0, 4);
    reference_.type = ReferenceType::speech;
    reference_.genre = std::string(genre);
    set_aside(lead);
    read_event(event);
    return true;
  }
  return false;
}

// APA 6's description where the source stands, without brackets:
// "Unpublished doctoral dissertation, Harvard University, Cambridge, MA.",
// "Unpublished manuscript, Department of Statistics, Columbia University.".
bool ApaReader::read_unbracketed_description(const std::string& where) {
  const size_t comma = where.find(", ");
  const Description read = read_description_text(where.substr(0, comma));
  if (read.type != ReferenceType::thesis && read.type != ReferenceType::preprint) return false;
  if (read.type == ReferenceType::preprint && read.genre.empty()) return false;
  reference_.type = *read.type;
  reference_.genre = read.genre;
  reference_.unpublished = read.unpublished;
  std::string_view institution =
      comma == std::string::npos ? std::string_view{} : std::string_view(where).substr(comma + 2);
  // The town after the university: "Harvard University, Cambridge, MA".
  {
    const size_t state = institution.rfind(", ");
    const size_t town =
        state == std::string_view::npos ? state : institution.rfind(", ", state - 1);
    if (town != std::string_view::npos && institution.size() - state == 4) {
      set_aside(institution.substr(town));
      institution = institution.substr(0, town);
    }
  }
  set_aside(where.substr(0, comma));
  reference_.publisher = std::string(institution);
  return true;
}

// natbib's "Technical Report A-8, University of Florida, Gainesville, FL":
// a report's number, then its publisher; "Technical report, University of
// Toronto": its kind, then its publisher. True when read.
bool ApaReader::read_numbered_report(const std::string& where) {
  // NICE's "NICE guideline [NG235]" as a sentence after the title: the
  // report's number, whole, as it would stand in parentheses.
  if (const size_t open = where.rfind(" ["); open != npos && where.ends_with(']')) {
    const std::string_view code = std::string_view(where).substr(open + 2, where.size() - open - 3);
    const size_t digits = code.find_first_of("0123456789");
    if (digits >= 2 && digits <= 4 && digits < code.size() &&
        code.substr(0, digits).find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == npos &&
        is_ascii_digits(code.substr(digits)) &&
        std::count(where.begin(), where.begin() + static_cast<std::ptrdiff_t>(open), ' ') < 4) {
      reference_.type = ReferenceType::report;
      reference_.number = where;
      return true;
    }
  }
  for (std::string_view kind : {"Technical report, ", "Technical Report, "}) {
    if (!where.starts_with(kind)) continue;
    reference_.type = ReferenceType::report;
    reference_.genre = "Technical report";
    reference_.publisher = publisher(std::string_view(where).substr(kind.size()));
    set_aside(kind.substr(0, kind.size() - 2));
    return true;
  }
  if (!where.starts_with("Technical Report ") && !where.starts_with("Technical report ")) {
    return false;
  }
  const size_t comma = where.find(", ");
  if (comma == npos) return false;
  reference_.type = ReferenceType::report;
  reference_.number = where.substr(0, comma);
  reference_.publisher = publisher(std::string_view(where).substr(comma + 2));
  set_aside(reference_.number);
  return true;
}

// "... in the NHS. Updated report of a working party": a title of two
// sentences, the second a note on the work that APA 7 does not write. A
// period after a number or an initial ("Vol. 1. Attachment") ends none.
void ApaReader::doubt_title_sentences() {
  const std::string& title = reference_.title;
  // "MATLAB version: 9.13.0 (R2022b), Natick, Massachusetts: The MathWorks
  // Inc": a place and a publisher, as APA 6 wrote them, inside the title.
  if (const size_t colon = title.rfind(": "); colon != npos) {
    const std::string_view before = std::string_view(title).substr(0, colon);
    const size_t comma = before.find(", ");
    const std::string_view after = std::string_view(title).substr(colon + 2);
    if (comma != npos && is_place(before.substr(comma + 2)) && is_publisher_name(after)) {
      doubt("the title \"" + title + "\", which holds a place and a publisher");
      return;
    }
  }
  const size_t stop = title.find(". ");
  if (stop == npos || stop == 0 || stop + 2 >= title.size()) return;
  const char before = title[stop - 1];
  const std::string_view after = std::string_view(title).substr(stop + 2);
  // "J. Smith", "U.S. Surgeon General": an initial or an abbreviation.
  const bool abbreviation = stop >= 2 && (title[stop - 2] == ' ' || title[stop - 2] == '.');
  // A headline, a post's words and an italic title may hold sentences of
  // their own; this is for a document's title in roman.
  const ReferenceType type = reference_.type;
  const bool own_sentences = (type != ReferenceType::report && type != ReferenceType::book) ||
                             title_italic_ || pasted_.italic_at(title_begin_);
  // Two words or more; of two, both capitalised, as a periodical's name is
  // ("... as Canadians. The Daily"), not "International report".
  const size_t spaces = static_cast<size_t>(std::count(after.begin(), after.end(), ' '));
  const bool named =
      spaces == 1 && after[after.find(' ') + 1] >= 'A' && after[after.find(' ') + 1] <= 'Z';
  if (own_sentences || is_ascii_digit(before) || abbreviation || after[0] < 'A' || after[0] > 'Z' ||
      after.find(':') != npos || (spaces < 2 && !named)) {
    return;
  }
  doubt("the title's second sentence, \"" + std::string(after) + "\"");
}

// "The Principles of Psychology, volume 1", as natbib writes a book's volume.
void ApaReader::read_volume_in_title() {
  std::string& title = reference_.title;
  for (std::string_view word : {", volume ", ", vol. ", ", Vol. "}) {
    const size_t at = title.rfind(word);
    if (at == npos) continue;
    const std::string_view number = std::string_view(title).substr(at + word.size());
    if (number.empty() || !is_ascii_digits(number)) continue;
    reference_.volume = std::string(number);
    set_aside(word);
    title.resize(at);
    return;
  }
}

// "Abnormal Psychology, 6th edition" or "Title 2nd ed.": an edition written
// into the title, read as "(6th ed.)". True when the title holds no edition
// or its edition was read; false when it ends with one that is not a number.
bool ApaReader::read_edition_in_title() {
  std::string& title = reference_.title;
  std::string_view rest = title;
  bool marked = false;
  for (std::string_view word : {" edition", " edn.", " edn", " ed.", " ed"}) {
    if (!rest.ends_with(word)) continue;
    rest.remove_suffix(word.size());
    marked = true;
    break;
  }
  if (!marked) return true;
  const size_t space = rest.rfind(' ');
  if (space == npos) return false;
  const std::string_view ordinal = rest.substr(space + 1);
  size_t digits = 0;
  while (digits < ordinal.size() && ordinal[digits] >= '0' && ordinal[digits] <= '9') ++digits;
  const std::string_view suffix = ordinal.substr(digits);
  if (digits == 0) {
    // "fifth edition", "Revised edition" state an edition; "Nudge: The final
    // edition" names the book.
    return !is_one_of(
        ascii_lower(ordinal),
        {"first",   "second", "third",         "fourth",      "fifth",    "sixth",     "seventh",
         "eighth",  "ninth",  "tenth",         "eleventh",    "twelfth",  "revised",   "expanded",
         "updated", "new",    "international", "anniversary", "abridged", "unabridged"});
  }
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  reference_.edition = std::string(ordinal.substr(0, digits));
  rest = rest.substr(0, space);
  while (rest.ends_with(',') || rest.ends_with(' ') || rest.ends_with('.')) rest.remove_suffix(1);
  title = std::string(rest);
  return true;
}

// "Inside Out (2015). Directed by Pete Docter. Pixar Animation Studios.": a
// film as its listings write it, the title first and the director after the
// date. True when read.
bool ApaReader::read_directed_by(const std::vector<TextRange>& sentences) {
  constexpr std::string_view kDirected = "Directed by ";
  if (sentences.empty() || title_read_ || reference_.authors.size() != 1 ||
      reference_.authors[0].literal.empty() || !view(sentences[0]).starts_with(kDirected)) {
    return false;
  }
  std::vector<PersonName> directors;
  std::string_view names = view(sentences[0]).substr(kDirected.size());
  for (size_t at = 0; at <= names.size();) {
    size_t end = names.find(" and ", at);
    if (end == npos) end = names.size();
    const std::string_view name = trim(names.substr(at, end - at));
    const size_t space = name.rfind(' ');
    if (space == npos || space == 0) return false;
    PersonName person;
    person.family = std::string(name.substr(space + 1));
    person.given = std::string(name.substr(0, space));
    directors.push_back(std::move(person));
    at = end + 5;
  }
  reference_.title = reference_.authors[0].literal;
  reference_.authors = std::move(directors);
  reference_.author_role = reference_.authors.size() == 1 ? "Director" : "Directors";
  reference_.type = ReferenceType::motion_picture;
  set_aside(kDirected);
  if (sentences.size() > 1) reference_.publisher = element_text(view(sentences[1]));
  if (sentences.size() > 2) doubt("\"" + std::string(view(sentences[2])) + "\" after the studio");
  return true;
}

}  // namespace mwp
