#include "cite/apa_parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "cite/apa_formatter.h"
#include "cite/apa_language.h"
#include "cite/apa_reader.h"
#include "cite/foreign_reference.h"
#include "cite/name_shapes.h"
#include "cite/reference_shapes.h"
#include "text/code_point.h"
#include "text/trim.h"
#include "text/utf8.h"

namespace mwp {
namespace {

// "a journal article": the type as a diagnostic names it.
std::string_view type_phrase(ReferenceType type) {
  switch (type) {
    case ReferenceType::article_journal:
      return "a journal article";
    case ReferenceType::article_magazine:
      return "a magazine article";
    case ReferenceType::article_newspaper:
      return "a newspaper article";
    case ReferenceType::book:
      return "a book";
    case ReferenceType::chapter:
      return "a chapter";
    case ReferenceType::report:
      return "a report";
    case ReferenceType::thesis:
      return "a thesis";
    case ReferenceType::paper_conference:
      return "a paper in proceedings";
    case ReferenceType::speech:
      return "a presentation";
    case ReferenceType::preprint:
      return "a preprint";
    case ReferenceType::webpage:
      return "a web page";
    case ReferenceType::entry_dictionary:
      return "a dictionary entry";
    case ReferenceType::entry_encyclopedia:
      return "an encyclopedia entry";
    case ReferenceType::motion_picture:
      return "a film or video";
    case ReferenceType::broadcast:
      return "a broadcast or podcast";
    case ReferenceType::post:
      return "a social media post";
    case ReferenceType::dataset:
      return "a data set";
    case ReferenceType::software:
      return "software";
    case ReferenceType::legislation:
      return "a law";
    case ReferenceType::legal_case:
      return "a court case";
  }
  return "a reference";
}

// Whether the parenthesis at body[group], which ends the entry, may end it
// without a period: a reprint's or retraction's note, a dissertation's order
// number, a database's "(PDF)", or a link's own parenthesis
// ("wiki/Rumination_(psychology)"). A report's number, "(CR231)", may not.
bool closes_entry(std::string_view body, size_t group) {
  const size_t space = body.rfind(' ');
  const std::string_view last_word = space == std::string_view::npos ? body : body.substr(space);
  if (last_word.find("://") != std::string_view::npos) return true;
  const std::string_view note = body.substr(group);
  for (std::string_view closing :
       {"(Original work published", "(Retraction published", "(Order No.", "(UMI No.", "(PDF)"}) {
    if (note.starts_with(closing)) return true;
  }
  return false;
}

// Whether `body`, an entry after its date, ends as a whole entry does: with a
// period, '?' or '!'; with a number ("581–592", "e0123"); with a note that
// closes an entry (closes_entry()), but not a volume's issue ("*98*(2)"),
// which has lost its pages; or with notes in brackets after one of these
// ("[Accessed 3 May 2024]", "[PDF]"). A report's number in brackets
// ("Clinical guideline [CG185]") is not a note.
bool ends_complete(std::string_view body) {
  while (body.ends_with(']')) {
    const size_t open = body.rfind('[');
    if (open == std::string_view::npos) return true;
    const std::string_view before = trim(body.substr(0, open));
    const std::string_view last_word = before.substr(before.rfind(' ') + 1);
    if (before.empty() || last_word.find("://") != std::string_view::npos) return true;
    body = before;
  }
  const size_t group = body.ends_with(')') ? body.rfind('(') : std::string_view::npos;
  const bool issue_last = group != std::string_view::npos && group > 0 &&
                          (is_ascii_digit(body[group - 1]) || body[group - 1] == '*');
  return body.ends_with('.') || body.ends_with('?') || body.ends_with('!') ||
         (group != std::string_view::npos && !issue_last && closes_entry(body, group)) ||
         (!body.empty() && is_ascii_digit(body.back()));
}

// Whether `before`, the text before a date, ends as a list of authors does:
// with a period ("Kring, A. M.", "World Health Organization.").
bool ends_authors(std::string_view before) {
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return before.empty() || before.back() == '.';
}

// "Position statement", "Discussion paper": up to three words in sentence
// case that name a kind of document, not a file's format ("PDF"), a code or
// a title's translation.
bool names_a_kind(std::string_view description) {
  return description.size() > 3 && description[0] >= 'A' && description[0] <= 'Z' &&
         std::count(description.begin(), description.end(), ' ') <= 2 &&
         description.find_first_of("abcdefghijklmnopqrstuvwxyz") == 1 &&
         description.find_first_of("0123456789") == std::string_view::npos;
}

// "hooks, b": a name its bearer writes in lower case, inverted, with its
// initials; nullopt for anything else.
std::optional<PersonName> lower_case_name(std::string_view kept) {
  const size_t comma = kept.find(", ");
  if (comma == std::string_view::npos || comma == 0) return std::nullopt;
  const std::string_view family = kept.substr(0, comma);
  std::string_view initials = kept.substr(comma + 2);
  while (initials.ends_with('.')) initials.remove_suffix(1);
  const bool lower_family = std::all_of(family.begin(), family.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || c == '-' || c == '\'';
  });
  const bool lower_initials =
      !initials.empty() && std::all_of(initials.begin(), initials.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || c == '.' || c == ' ';
      });
  if (!lower_family || !lower_initials) return std::nullopt;
  PersonName name;
  name.family = std::string(family);
  name.given = std::string(kept.substr(comma + 2));
  return name;
}

}  // namespace

ApaReader::ApaReader(std::string_view markdown) : pasted_(markdown), s_(pasted_.text()) {}

TextRange ApaReader::trimmed(TextRange range) const {
  while (range.begin < range.end && s_[range.begin] == ' ') ++range.begin;
  while (range.end > range.begin && s_[range.end - 1] == ' ') --range.end;
  return range;
}

std::string ApaReader::title_text(TextRange range) const {
  // Without the periods that close it; "... or his religion..." (a post's
  // words cut short) keeps its ellipsis.
  const auto unclosed = [](std::string_view text) {
    if (text.ends_with("...") && !text.ends_with("....")) return text;
    while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
    return text;
  };
  std::string_view text = view(trimmed(range));
  while (text.ends_with(' ')) text.remove_suffix(1);
  // "*... Milton H. Erickson, M.D.*": an abbreviation's period that closes
  // the italics is the title's own.
  const size_t last = trimmed(range).begin + text.size();
  if (text.ends_with('.') && !text.ends_with("..") && last > 0 && pasted_.italic_at(last - 1) &&
      period_ends_abbreviation(text, text.size() - 1)) {
    return std::string(text);
  }
  // "*... in the U.S.*": the same period, left after the range as the
  // element's.
  if (!text.ends_with('.') && last < s_.size() && s_[last] == '.' && pasted_.italic_at(last) &&
      period_ends_abbreviation(s_, last)) {
    return std::string(text) + ".";
  }
  text = unclosed(text);
  // A title written in quotation marks, as APA does not: "\"Title.\"",
  // Harvard's "'Title'".
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"\"", "\""},
                                    {"\xE2\x80\x9C", "\xE2\x80\x9D"},
                                    {"'", "'"},
                                    {"\xE2\x80\x98", "\xE2\x80\x99"}}) {
    if (text.size() > open.size() + close.size() && text.starts_with(open) &&
        text.ends_with(close)) {
      text = unclosed(text.substr(open.size(), text.size() - open.size() - close.size()));
    }
  }
  return std::string(text);
}

// "Correction to Rosenblum et al. (2020). (2024).": a correction notice,
// whose title stands first and holds the date of the work it corrects. The
// notice's own date is the one after it; `date` when the entry is no such
// notice.
ApaDate ApaReader::past_correction_title(const ApaDate& date, TextRange rest) const {
  if (!view(rest).starts_with("Correction to ")) return date;
  const std::optional<ApaDate> next = find_apa_date(view(TextRange{date.end, rest.end}));
  if (!next || !trim(view(TextRange{date.end, date.end + next->begin})).empty()) return date;
  ApaDate own = *next;
  own.begin += date.end;
  own.end += date.end;
  return own;
}

// Whether every "(" and "[" of `text` is closed, in order.
bool balanced(std::string_view text) {
  std::string open;
  for (char c : text) {
    if (c == '(' || c == '[') open += c;
    if (c == ')' || c == ']') {
      if (open.empty() || open.back() != (c == ')' ? '(' : '[')) return false;
      open.pop_back();
    }
  }
  return open.empty();
}

std::optional<Reference> ApaReader::read() {
  if (!balanced(s_)) doubt("a parenthesis or bracket that is not closed");
  doubt_the_writing();
  TextRange rest{0, s_.size()};
  strip_tail(rest);
  if (read_legal(rest)) return reference_;
  std::optional<ApaDate> date = find_apa_date(view(rest));
  if (date) date = past_correction_title(*date, rest);
  if (!date) date = find_bare_year(view(rest));
  if (!date) return read_foreign(rest);
  const std::string_view lead_text = trim(view(TextRange{0, date->begin}), " .");
  if (vancouver_authors(lead_text)) {
    if (std::optional<Reference> foreign = read_foreign(rest)) return foreign;
    failure_.clear();
  }
  if (std::vector<PersonName> names = read_direct_order_names(lead_text); !names.empty()) {
    // "Geoffrey L. Brown, Sarah J. Schoppe-Sullivan & Cynthia Neff (2010)".
    read_only_authors_and_year(std::move(names), date->year);
    reference_.year_suffix = date->suffix;
    reference_.in_press = date->in_press;
    return reference_;
  }
  reference_.year = date->year;
  reference_.in_press = date->in_press;
  reference_.year_suffix = date->suffix;
  reference_.month = date->month;
  reference_.day = date->day;
  reference_.end_month = date->end_month;
  if (date->original_year != 0) reference_.original_year = date->original_year;
  reference_.ongoing = date->ongoing;
  reference_.year_end = date->year_end;
  if (date->end > 0 && s_[date->end - 1] == ')' && date->end + 1 < rest.end &&
      s_[date->end + 1] >= 'a' && s_[date->end + 1] <= 'z') {
    // "Levant (2009) is the key study here": a sentence that cites a work.
    failure_ = "its date is followed by the words of a sentence, not by a title";
    return std::nullopt;
  }
  // "DeBruine, Lisa; Jones, Benedict (2017): Face Research Lab London Set.
  // figshare. Dataset.": names joined by semicolons and a colon after the
  // date, as figshare's style writes them. (German APA's colon after the
  // date, with names joined as APA joins them, reads.)
  if (const size_t close = s_.find(')', date->begin);
      close != npos && close + 1 < s_.size() && s_[close + 1] == ':' &&
      view(TextRange{0, date->begin}).find("; ") != npos) {
    doubt("the date, which a colon follows, as another style writes it");
  }
  entry_follows_ = view(trimmed(TextRange{date->end, rest.end})).starts_with("In ");
  nothing_follows_ = view(trimmed(TextRange{date->end, rest.end})).empty();
  if (!read_lead(TextRange{0, date->begin})) return std::nullopt;
  const std::string_view lead = view(trimmed(TextRange{0, date->begin}));
  if (!lead.ends_with('.') && !title_read_ && reference_.authors.empty() &&
      reference_.editors.empty()) {
    doubt("no period after the authors");
  }
  const std::string_view body = view(trimmed(TextRange{date->end, rest.end}));
  if (!body.empty() && !ends_complete(body)) {
    doubt("the end: the entry does not end with a period, so it may be cut short");
  }
  // A range of years in a title, "overview of recent research (1994–1997).", is no date;
  // nor is a year after a title's word, "consensus statement (2019).": a
  // reference's date follows its authors' closing period.
  if (const std::optional<ApaDate> second = find_apa_date(body);
      second && second->year_end == 0 && ends_authors(body.substr(0, second->begin))) {
    doubt("a second date: two references may have run together");
  }
  read_body(TextRange{date->end, rest.end});
  read_linked_title();
  if ((reference_.type == ReferenceType::report || reference_.type == ReferenceType::webpage) &&
      reference_.genre.empty() && reference_.number.empty() &&
      names_a_kind(reference_.description)) {
    // "*Title* [Position statement]. Publisher.", "*Insomnia* [Clinical
    // Knowledge Summary]. URL": a report's or a page's description names its
    // kind, which CSL keeps as its genre ("[PDF]" names a format).
    reference_.genre = std::move(reference_.description);
    reference_.description.clear();
  }
  if (const std::string_view word = other_language_apa_word(s_); !word.empty()) {
    doubt("\"" + std::string(trim(word)) +
          "\", a word of APA in another language: mwp writes "
          "APA 7 in English");
  } else if (date->other_language) {
    doubt("the date, written in another language's APA: mwp writes APA 7 in English");
  }
  doubt_fields_as_read();
  if (reference_.title.empty() && reference_.container_title.empty()) {
    doubt("no title after the date");
  }
  if (date->original_year != 0 && is_periodical_article(reference_.type)) {
    // "(2009/2010)": a reprint's two years belong to a book; an article's are
    // its online and print dates, and APA gives only one. (A republished
    // article says "(Original work published 1959)" after its DOI.)
    doubt("the date, which gives two years for a periodical's article");
  }
  if (doubts_.empty()) {
    for (std::string& shape_doubt : doubt_field_shapes(reference_)) doubt(std::move(shape_doubt));
  }
  if (doubts_.empty()) doubt_title_sentences();
  if (doubts_.empty()) doubt_pasted_fields(date->begin);
  if (doubts_.empty()) doubt_italics();
  if (doubts_.empty())
    doubt_unread_words(TextRange{0, date->begin}, TextRange{date->end, pasted_after_});
  if (!doubts_.empty()) read_persons_in_kept_name(lead_text);
  return reference_;
}

// A doubted reading is published as written, and its names serve only to
// link citations. Authors in Vancouver's form (`lead`, the text before the
// date), and a lead kept whole as one name because it is not in APA form
// (persons in direct order, a name written in lower case), are read for the
// persons they name, so that "Freeman et al. (2004)" links "Freeman EW,
// Sammel MD, Liu L. (2004).", "(Brizendine, 2006)" links "Louann Brizendine
// (2006)." and "hooks (2004)" names "hooks, b. (2004).".
void ApaReader::read_persons_in_kept_name(std::string_view lead) {
  std::vector<PersonName> persons;
  const std::string kept = reference_.authors.size() == 1 ? reference_.authors[0].literal : "";
  if (vancouver_authors(lead)) {
    persons = read_vancouver_names(lead);
  } else if (!kept.empty() && reads_as_persons_in_direct_order(kept)) {
    persons = read_names_of_persons(kept);
  } else if (std::optional<PersonName> name = lower_case_name(kept)) {
    persons.push_back(std::move(*name));
  }
  if (!persons.empty()) reference_.authors = std::move(persons);
}

// A reference with no APA date: in another style (MLA, Chicago), its authors
// and year are read for citations to match, and the rest is kept as written.
std::optional<Reference> ApaReader::read_foreign(TextRange rest) {
  const std::optional<ForeignReading> foreign = read_foreign_reference(view(rest));
  if (!foreign) {
    failure_ = "it has no date such as \"(2003).\", \"(2019, March 4).\" or \"(n.d.).\"";
    return std::nullopt;
  }
  return read_only_authors_and_year(foreign->authors, foreign->year);
}

std::optional<Reference> ApaReader::read_only_authors_and_year(std::vector<PersonName> authors,
                                                               int year) {
  reference_ = Reference{};
  reference_.authors = std::move(authors);
  reference_.year = year;
  only_authors_and_year_ = true;
  doubt("its form, which is not APA 7: only its authors and year were read");
  return reference_;
}

std::optional<Reference> parse_apa_reference(std::string_view text, const TextOrigin& origin,
                                             Diagnostics& diagnostics) {
  // Decomposed accents ("Lo\u0308we") read as the composed ones they show.
  const std::string composed = find_invalid_utf8(text) ? std::string(text) : to_nfc(text);
  ApaReader reader(composed);
  std::optional<Reference> reference = reader.read();
  if (!reference) {
    diagnostics.error(origin.path, origin.line, origin.column, "reference-unreadable",
                      fmt::format("this research source cannot be read as an APA 7 reference: {}",
                                  reader.failure()));
    return std::nullopt;
  }
  reference->source_line = origin.line;
  if (!reader.doubts().empty()) {
    std::string doubts;
    for (const std::string& doubt : reader.doubts()) doubts += (doubts.empty() ? "" : "; ") + doubt;
    reference->verbatim = std::string(text);
    diagnostics.warning(
        origin.path, origin.line, origin.column, "reference-partly-read",
        fmt::format("read as {} by {}, but not {}; it is published exactly as written",
                    reader.only_authors_and_year() ? "a reference" : type_phrase(reference->type),
                    format_apa_citation(*reference), doubts));
  }
  return reference;
}

}  // namespace mwp
