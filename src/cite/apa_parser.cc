#include "cite/apa_parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "cite/apa_author_list.h"
#include "cite/apa_formatter.h"
#include "cite/apa_reader.h"
#include "cite/foreign_reference.h"
#include "cite/reference_shapes.h"
#include "text/utf8.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

// Labels that databases and search engines paste after a reference.
constexpr std::array<std::string_view, 8> kJunk = {
    "[Google Scholar]", "[Crossref]", "[CrossRef]", "[PubMed]",
    "Google Scholar",   "Crossref",   "CrossRef",   "PubMed",
};

constexpr std::array<std::string_view, 10> kDoiMarkers = {
    "https://doi.org/",
    "http://doi.org/",
    "https://dx.doi.org/",
    "http://dx.doi.org/",
    "https://www.doi.org/",
    "doi.org/",
    "doi: ",
    "doi:",
    "DOI: ",
    "DOI:",
};

// A group author name that is really a garbled person list: "Gross JJ".
bool looks_like_vancouver(std::string_view literal) {
  if (literal.ends_with('.')) literal.remove_suffix(1);
  if (literal == "others" || literal == "et al") return true;
  const size_t space = literal.rfind(' ');
  if (space == npos) return false;
  std::string_view last = literal.substr(space + 1);
  if (last.ends_with('.')) last.remove_suffix(1);
  if (last.empty() || last.size() > 3) return false;
  for (char c : last) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// Words written in sentence case, as a title is, not in the title case of a
// group's name: "Trouble at the lab", not "National Institute of Mental Health".
bool looks_like_sentence(std::string_view text) {
  constexpr std::array<std::string_view, 12> kSmall = {"of", "for", "and", "the", "on", "in",
                                                       "at", "to",  "a",   "an",  "&",  "de"};
  size_t words = 0;
  bool lower = false;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find(' ', at);
    if (end == npos) end = text.size();
    const std::string_view word = text.substr(at, end - at);
    ++words;
    if (words > 1 && !word.empty() && word[0] >= 'a' && word[0] <= 'z' &&
        std::find(kSmall.begin(), kSmall.end(), word) == kSmall.end()) {
      lower = true;
    }
    at = end + 1;
  }
  return words >= 2 && lower;
}

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
  }
  return "a reference";
}

}  // namespace

ApaReader::ApaReader(std::string_view markdown) : pasted_(markdown), s_(pasted_.text()) {}

TextRange ApaReader::trimmed(TextRange range) const {
  while (range.begin < range.end && s_[range.begin] == ' ') ++range.begin;
  while (range.end > range.begin && s_[range.end - 1] == ' ') --range.end;
  return range;
}

std::string ApaReader::title_text(TextRange range) const {
  std::string_view text = view(trimmed(range));
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
  // A title written in quotation marks, as APA does not: "\"Title.\"",
  // Harvard's "'Title'".
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"\"", "\""},
                                    {"\xE2\x80\x9C", "\xE2\x80\x9D"},
                                    {"'", "'"},
                                    {"\xE2\x80\x98", "\xE2\x80\x99"}}) {
    if (text.size() > open.size() + close.size() && text.starts_with(open) &&
        text.ends_with(close)) {
      text = text.substr(open.size(), text.size() - open.size() - close.size());
      while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
    }
  }
  return std::string(text);
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
  const std::optional<ApaDate> date = find_apa_date(view(rest));
  if (!date) return read_foreign(rest);
  reference_.year = date->year;
  reference_.in_press = date->in_press;
  reference_.year_suffix = date->suffix;
  reference_.month = date->month;
  reference_.day = date->day;
  reference_.end_month = date->end_month;
  if (!read_lead(TextRange{0, date->begin})) return std::nullopt;
  const std::string_view lead = view(trimmed(TextRange{0, date->begin}));
  if (!lead.ends_with('.') && !title_read_ && reference_.authors.empty() &&
      reference_.editors.empty()) {
    doubt("no period after the authors");
  }
  const std::string_view body = view(trimmed(TextRange{date->end, rest.end}));
  if (!body.empty() && !body.ends_with('.') && !body.ends_with('?') && !body.ends_with('!') &&
      !body.ends_with(')') && !body.ends_with(']')) {
    doubt("the end: the entry does not end with a period, so it may be cut short");
  }
  if (find_apa_date(body)) doubt("a second date: two references may have run together");
  read_body(TextRange{date->end, rest.end});
  doubt_capitals();
  if (reference_.title.empty() && reference_.container_title.empty()) {
    doubt("no title after the date");
  }
  if (doubts_.empty()) {
    for (std::string& shape_doubt : doubt_field_shapes(reference_)) doubt(std::move(shape_doubt));
  }
  return reference_;
}

// A reference with no APA date: in another style (MLA, Chicago), its authors
// and year are read for citations to match, and the rest is kept as written.
std::optional<Reference> ApaReader::read_foreign(TextRange rest) {
  const std::optional<ForeignReading> foreign = read_foreign_reference(view(rest));
  if (!foreign) {
    failure_ = "it has no date such as \"(2003).\", \"(2019, March 4).\" or \"(n.d.).\"";
    return std::nullopt;
  }
  reference_.authors = foreign->authors;
  reference_.year = foreign->year;
  only_authors_and_year_ = true;
  doubt(
      "its form, which is not APA 7 (no date in parentheses after the authors): only its "
      "authors and year were read");
  return reference_;
}

// Takes off the end what follows the source: pasted database labels, a
// reprint's "(Original work published 1900)", and the DOI or URL with its
// "Retrieved March 4, 2021, from".
void ApaReader::strip_tail(TextRange& rest) {
  for (bool again = true; again;) {
    again = false;
    while (rest.end > rest.begin && s_[rest.end - 1] == ' ') --rest.end;
    for (std::string_view junk : kJunk) {
      if (view(rest).ends_with(junk)) {
        rest.end -= junk.size();
        again = true;
      }
    }
  }
  const std::string_view text = view(rest);
  constexpr std::string_view kOriginal = "(Original work published ";
  if (const size_t at = text.rfind(kOriginal); at != npos && text.ends_with(")")) {
    const std::string_view years = text.substr(at + kOriginal.size(), 4);
    if (years.find_first_not_of("0123456789") == npos && years.size() == 4) {
      reference_.original_year = std::stoi(std::string(years));
      rest.end = rest.begin + at;
      while (rest.end > rest.begin && s_[rest.end - 1] == ' ') --rest.end;
    }
  }
  strip_link(rest);
}

bool ApaReader::strip_link(TextRange& rest) {
  const std::string_view text = view(rest);
  size_t at = npos;
  size_t value = npos;
  for (std::string_view marker : kDoiMarkers) {
    const size_t found = text.rfind(marker);
    if (found == npos || (found > 0 && text[found - 1] != ' ' && text[found - 1] != '/')) continue;
    if (at == npos || found < at || (found == at && marker.size() > value - at)) {
      at = found;
      value = found + marker.size();
    }
  }
  if (at != npos) {
    std::string_view doi = text.substr(value);
    while (!doi.empty() && (doi.back() == '.' || doi.back() == ' ')) doi.remove_suffix(1);
    if (doi.find(' ') != npos || doi.empty()) {
      doubt("the DOI \"" + std::string(doi) + "\"");
      return false;
    }
    reference_.doi = std::string(doi);
  } else {
    for (std::string_view marker : {"https://", "http://", "www."}) {
      const size_t found = text.rfind(marker);
      if (found != npos && (found == 0 || text[found - 1] == ' ') && (at == npos || found > at)) {
        at = found;
      }
    }
    if (at == npos) return false;
    std::string_view url = text.substr(at);
    while (!url.empty() && url.back() == '.') url.remove_suffix(1);
    if (url.find(' ') != npos) {
      doubt("the URL \"" + std::string(url) + "\"");
      return false;
    }
    reference_.url = std::string(url);
  }
  std::string_view before = text.substr(0, at);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  // "Retrieved March 4, 2021, from", or APA 6's "Retrieved from".
  if (const size_t retrieved = before.rfind("Retrieved "); retrieved != npos) {
    std::string_view when = before.substr(retrieved + 10);
    if (when.ends_with(" from")) when.remove_suffix(5);
    if (when.ends_with(",")) when.remove_suffix(1);
    retrieved_from_ = true;
    if (when != "from" && !when.empty()) {
      if (const auto iso = iso_date(when)) {
        reference_.accessed = *iso;
      } else {
        doubt("the retrieval date \"" + std::string(when) + "\"");
      }
    }
    before = before.substr(0, retrieved);
  }
  rest.end = rest.begin + before.size();
  return true;
}

// What stands before the date: authors, the editors of a book, or a title.
bool ApaReader::read_lead(TextRange lead) {
  lead = trimmed(lead);
  std::string_view text = view(lead);
  if (text.empty()) {
    failure_ = "nothing stands before the date: expected authors or a title";
    return false;
  }
  for (std::string_view marker : {" (Eds.).", " (Ed.).", " (Eds.)", " (Ed.)"}) {
    if (!text.ends_with(marker)) continue;
    const NameListParse editors =
        parse_apa_author_list(text.substr(0, text.size() - marker.size()));
    if (!editors.ok) doubt("the editors \"" + editors.bad_part + "\"");
    reference_.editors = editors.names;
    reference_.type = ReferenceType::book;
    return true;
  }
  TextRange bare = lead;
  while (bare.end > bare.begin && s_[bare.end - 1] == '.') --bare.end;
  if (italic(bare)) {
    title_read_ = true;
    reference_.title = title_text(lead);
    return true;
  }
  read_authors(text);
  return true;
}

void ApaReader::read_authors(std::string_view text) {
  NameListParse authors = parse_apa_author_list(text);
  if (!authors.ok && text.find("; ") != npos && text.find('&') == npos) {
    // Wikipedia's "Dutton, Donald G.; Aron, Arthur P.".
    std::string commas(text);
    for (size_t at = commas.find("; "); at != std::string::npos; at = commas.find("; ", at)) {
      commas[at] = ',';
    }
    if (NameListParse again = parse_apa_author_list(commas); again.ok) authors = std::move(again);
  }
  // "How science goes wrong. (2013, October 19).", "Announcement: Reducing
  // our irreproducibility. (2013).": a title stands first.
  std::string_view bare = text;
  while (bare.ends_with('.')) bare.remove_suffix(1);
  const bool one_group =
      authors.ok && authors.names.size() == 1 && !authors.names[0].literal.empty();
  if ((!authors.ok || one_group) && bare.find(", ") == npos && looks_like_sentence(bare)) {
    title_read_ = true;
    reference_.title = std::string(bare);
    return;
  }
  if (!authors.ok) {
    doubt("the authors: \"" + authors.bad_part + "\" is not a name such as \"Gross, J. J.\"");
    return;
  }
  for (const PersonName& name : authors.names) {
    const std::string& group = name.literal;
    if (group.empty() || group.starts_with("the members of ") || group.starts_with("members of ")) {
      continue;  // "& the members of Midwifery Science Work Group"
    }
    if (looks_like_sentence(group)) {
      doubt("the authors: \"" + group + "\" is not a name such as \"Gross, J. J.\"");
    } else if (looks_like_vancouver(group)) {
      doubt("the authors: \"" + group + "\" is not in APA form (\"Gross, J. J.\")");
    }
  }
  reference_.authors = authors.names;
  reference_.authors_truncated = authors.truncated;
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
