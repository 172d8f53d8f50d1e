#include "cite/apa_parser.h"

#include <cstddef>
#include <regex>

#include "cite/apa_author_list.h"
#include "cite/pasted_text.h"
#include "text/utf8.h"

namespace mwp {
namespace {

constexpr size_t npos = std::string_view::npos;

struct Range {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return begin >= end; }
};

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// "190–203", "190 - 203", "348--362" -> "190-203" (CSL-JSON form).
std::string csl_pages(std::string_view pages) {
  std::string out;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (pages.substr(i, 3) == "\xE2\x80\x93" || pages.substr(i, 3) == "\xE2\x80\x94") {
      i += 2;
      if (out.empty() || out.back() != '-') out += '-';
    } else if (pages[i] == '-') {
      if (out.empty() || out.back() != '-') out += '-';
    } else if (pages[i] == ' ' &&
               (i + 1 < pages.size() && (pages[i + 1] == '-' || pages[i + 1] == '\xE2'))) {
      continue;
    } else if (pages[i] == ' ' && !out.empty() && out.back() == '-') {
      continue;
    } else {
      out += pages[i];
    }
  }
  return out;
}

// "2nd ed." -> "2"; other editions as written without " ed.".
std::string edition_number(std::string_view text) {
  size_t digits = 0;
  while (digits < text.size() && is_digit(text[digits])) ++digits;
  if (digits > 0) return std::string(text.substr(0, digits));
  if (text.ends_with(" ed.")) text.remove_suffix(4);
  return std::string(text);
}

class ApaParser {
 public:
  ApaParser(std::string_view markdown, const TextOrigin& origin, Diagnostics& diagnostics)
      : markdown_(markdown),
        pasted_(markdown),
        s_(pasted_.text()),
        origin_(origin),
        diagnostics_(diagnostics) {}

  std::optional<Reference> parse() {
    reference_.source_line = origin_.line;
    const Range date = find_date();
    if (date.empty()) {
      return fail(
          0, "apa-missing-date",
          "no publication date such as \"(2003).\" or \"(n.d.).\" in \"" + std::string(s_) + "\"");
    }
    Range rest{date.end, s_.size()};
    find_link(rest);
    if (!read_lead(Range{0, date.begin})) return std::nullopt;
    if (!read_source(rest)) return std::nullopt;
    return reference_;
  }

 private:
  std::optional<Reference> fail(size_t offset, const char* code, std::string message) {
    const size_t source = pasted_.source_offset(offset);
    const int column =
        origin_.column + static_cast<int>(count_code_points(markdown_.substr(0, source)));
    diagnostics_.error(origin_.path, origin_.line, column, code, std::move(message));
    failed_ = true;
    return std::nullopt;
  }

  std::string_view view(Range range) const {
    return s_.substr(range.begin, range.end - range.begin);
  }

  Range trimmed(Range range) const {
    while (range.begin < range.end && s_[range.begin] == ' ') ++range.begin;
    while (range.end > range.begin && s_[range.end - 1] == ' ') --range.end;
    return range;
  }

  // "(2003)." "(2003a)." "(2019, March 3)." "(n.d.)." "(n.d.-a)." after a space
  // or at the start; sets year and year_suffix.
  Range find_date() {
    static const std::regex pattern(
        R"(\((?:([0-9]{4})([a-z]?)(?:, [^)]*)?|n\. ?d\.(?:-([a-z]))?)\)\.?)");
    std::cmatch match;
    const char* begin = s_.data();
    const char* end = s_.data() + s_.size();
    while (std::regex_search(begin, end, match, pattern)) {
      const auto at = static_cast<size_t>(match[0].first - s_.data());
      if (at == 0 || s_[at - 1] == ' ') {
        if (match[1].matched) {
          reference_.year = std::stoi(match[1].str());
          reference_.year_suffix = match[2].str();
        } else {
          reference_.year_suffix = match[3].str();
        }
        return Range{at, at + static_cast<size_t>(match[0].length())};
      }
      begin = match[0].second;
    }
    return Range{};
  }

  // Takes a trailing DOI or URL off `rest`.
  void find_link(Range& rest) {
    const std::string_view text = view(rest);
    size_t at = npos;
    for (std::string_view marker : {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                    "http://dx.doi.org/", "doi:", "DOI:", "doi.org/"}) {
      const size_t found = text.find(marker);
      if (found != npos && found < at) {
        at = found;
        size_t end = text.find(' ', found);
        if (end == npos) end = text.size();
        std::string_view doi = text.substr(found + marker.size(), end - found - marker.size());
        while (!doi.empty() && doi.front() == ' ') doi.remove_prefix(1);
        while (!doi.empty() && (doi.back() == '.' || doi.back() == ',')) doi.remove_suffix(1);
        reference_.doi = std::string(doi);
      }
    }
    if (at == npos) {
      for (std::string_view marker : {"https://", "http://"}) {
        const size_t found = text.find(marker);
        if (found == npos || found > at) continue;
        at = found;
        size_t end = text.find(' ', found);
        if (end == npos) end = text.size();
        std::string_view url = text.substr(found, end - found);
        while (!url.empty() && url.back() == '.') url.remove_suffix(1);
        reference_.url = std::string(url);
      }
    }
    if (at == npos) return;
    std::string_view before = text.substr(0, at);
    for (std::string_view lead : {"Retrieved from ", "Available at "}) {
      if (before.ends_with(lead)) before.remove_suffix(lead.size());
    }
    rest.end = rest.begin + before.size();
    const size_t retrieved = before.find("Retrieved ");
    if (retrieved != npos) rest.end = rest.begin + retrieved;
  }

  // What stands before the date: authors, editors of a book, or a title.
  bool read_lead(Range lead) {
    lead = trimmed(lead);
    if (lead.empty()) {
      fail(0, "apa-bad-author", "nothing before the date: expected authors or a title");
      return false;
    }
    std::string_view text = view(lead);
    for (std::string_view marker : {" (Eds.).", " (Ed.).", " (Eds.)", " (Ed.)"}) {
      if (text.ends_with(marker)) {
        const NameListParse editors =
            parse_apa_author_list(text.substr(0, text.size() - marker.size()));
        if (!editors.ok) return bad_names(lead.begin, editors);
        reference_.editors = editors.names;
        reference_.type = ReferenceType::book;
        return true;
      }
    }
    Range unpunctuated = lead;
    while (unpunctuated.end > unpunctuated.begin && s_[unpunctuated.end - 1] == '.') {
      --unpunctuated.end;
    }
    if (pasted_.emphasised(unpunctuated.begin, unpunctuated.end)) {
      title_first_ = true;
      reference_.type = ReferenceType::book;
      reference_.title = title_text(text);
      return true;
    }
    const NameListParse authors = parse_apa_author_list(text);
    if (!authors.ok) return bad_names(lead.begin, authors);
    reference_.authors = authors.names;
    reference_.authors_truncated = authors.truncated;
    return true;
  }

  bool bad_names(size_t base, const NameListParse& names) {
    fail(base + names.bad_offset, "apa-bad-author",
         "cannot read \"" + names.bad_part + "\" as an author (expected \"Family, I. I.\")");
    return false;
  }

  static std::string title_text(std::string_view text) {
    while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
    return std::string(text);
  }

  // Offset just past the end of the title in `body`: the first ". ", "? " or
  // "! " (not after a lone initial) or, when the title is emphasised, the end
  // of the emphasis. `last` picks the last boundary instead (journal titles).
  size_t title_end(Range body, bool last) const {
    size_t found = npos;
    for (size_t i = body.begin; i + 1 < body.end; ++i) {
      const char c = s_[i];
      if ((c != '.' && c != '?' && c != '!') || s_[i + 1] != ' ') continue;
      const bool initial = c == '.' && i >= 2 && s_[i - 2] == ' ' && i - 1 > body.begin;
      if (initial && !last) continue;
      if (last && i + 2 < body.end && pasted_.emphasised(i + 2, i + 3) &&
          !pasted_.emphasised(body.begin, i)) {
        return i + 1;  // the emphasised journal name starts here
      }
      found = i + 1;
      if (!last) break;
    }
    return found;
  }

  bool read_source(Range rest) {
    Range body = trimmed(rest);
    while (!body.empty() && s_[body.end - 1] == '.') --body.end;
    body = trimmed(body);
    if (title_first_) return read_book_like(body, body.begin);
    if (read_chapter(body) || failed_) return !failed_;
    if (read_journal(body) || failed_) return !failed_;
    if (body.empty()) {
      fail(rest.begin, "apa-missing-title", "no title after the date");
      return false;
    }
    return read_book_like(body, npos);
  }

  bool read_journal(Range body) {
    static const std::regex tail(
        R"(, ([A-Za-z]?[0-9]+[A-Za-z]?(?:-[0-9]+)?)(?: ?\(([^)]+)\))?(?:, ((?:Article )?[A-Za-z]?[0-9]+[A-Za-z]?(?: ?(?:-+|\xE2\x80\x93|\xE2\x80\x94) ?[A-Za-z]?[0-9]+[A-Za-z]?)?))?$)");
    const std::string text(view(body));
    std::smatch match;
    if (!std::regex_search(text, match, tail)) return false;
    const Range head{body.begin, body.begin + static_cast<size_t>(match.position(0))};
    const size_t split = title_end(head, true);
    if (split == npos) {
      fail(head.begin, "apa-bad-source",
           "cannot tell the title from the journal in \"" + std::string(view(head)) + "\"");
      return true;
    }
    reference_.type = ReferenceType::article_journal;
    reference_.title = title_text(view(Range{head.begin, split}));
    reference_.container_title = std::string(view(trimmed(Range{split, head.end})));
    reference_.volume = match[1].str();
    reference_.issue = match[2].str();
    reference_.page = csl_pages(match[3].str());
    return true;
  }

  // "Title. In E. Ed & F. Ed (Eds.), Book (2nd ed., pp. 1–20). Publisher".
  bool read_chapter(Range body) {
    const std::string_view text = view(body);
    size_t in = text.find(". In ");
    if (in == npos) in = text.find("? In ");
    if (in == npos) in = text.find("! In ");
    if (in == npos) return false;
    reference_.type = ReferenceType::chapter;
    reference_.title = title_text(text.substr(0, in + 1));
    Range after{body.begin + in + 5, body.end};
    std::string_view rest = view(after);
    for (std::string_view marker : {" (Eds.),", " (Ed.),", " (Eds.)", " (Ed.)"}) {
      const size_t at = rest.find(marker);
      if (at == npos) continue;
      const NameListParse editors = parse_apa_editor_list(rest.substr(0, at));
      if (!editors.ok) return bad_names(after.begin, editors);
      reference_.editors = editors.names;
      after.begin += at + marker.size();
      break;
    }
    after = trimmed(after);
    return read_book_details(after, true);
  }

  // After the title of a book-like work: " (details). Publisher".
  bool read_book_like(Range body, size_t title_done) {
    if (title_done == npos) {
      size_t end = npos;
      if (pasted_.italic_at(body.begin)) {
        end = body.begin;
        while (end < body.end && pasted_.italic_at(end)) ++end;
      } else {
        const size_t paren = view(body).find(" (");
        end = title_end(body, false);
        if (paren != npos && (end == npos || body.begin + paren < end)) end = body.begin + paren;
      }
      if (end == npos) end = body.end;
      reference_.title = title_text(view(Range{body.begin, end}));
      body.begin = end;
    }
    if (reference_.type == ReferenceType::article_journal) reference_.type = ReferenceType::book;
    return read_book_details(trimmed(body), false);
  }

  // "(2nd ed., pp. 1–20). Publisher" or ". Publisher"; `container` first
  // reads the book title of a chapter.
  bool read_book_details(Range body, bool container) {
    std::string_view text = view(body);
    if (container) {
      size_t end = text.find(" (");
      const size_t stop = text.find(". ");
      if (end == npos || (stop != npos && stop < end)) end = stop;
      if (end == npos) end = text.size();
      reference_.container_title = title_text(text.substr(0, end));
      text.remove_prefix(end);
    }
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    if (text.starts_with("(")) {
      const size_t close = text.find(')');
      if (close == npos) {
        fail(static_cast<size_t>(text.data() - s_.data()), "apa-bad-source",
             "unclosed \"(\" in \"" + std::string(text) + "\"");
        return false;
      }
      read_details(text.substr(1, close - 1));
      text.remove_prefix(close + 1);
    }
    while (!text.empty() && (text.front() == '.' || text.front() == ' ')) text.remove_prefix(1);
    if (reference_.title.empty()) {
      fail(body.begin, "apa-missing-title", "no title after the date");
      return false;
    }
    const bool webpage = reference_.type == ReferenceType::book && reference_.doi.empty() &&
                         !reference_.url.empty() && reference_.edition.empty() && !container;
    if (webpage) {
      reference_.type = ReferenceType::webpage;
      reference_.container_title = title_text(text);
    } else {
      reference_.publisher = title_text(text);
    }
    return true;
  }

  // "2nd ed., pp. 1–20", "Report No. 12", "Vol. 2".
  void read_details(std::string_view details) {
    size_t start = 0;
    while (start <= details.size()) {
      size_t end = details.find(", ", start);
      if (end == npos) end = details.size();
      std::string_view item = details.substr(start, end - start);
      if (item.starts_with("pp. ") || item.starts_with("p. ")) {
        reference_.page = csl_pages(item.substr(item.find(' ') + 1));
      } else if (item.ends_with("ed.")) {
        reference_.edition = edition_number(item);
      } else if (item.find("Report") != npos || item.find("No.") != npos) {
        reference_.type = ReferenceType::report;
      }
      start = end + 2;
    }
  }

  std::string_view markdown_;
  PastedText pasted_;
  std::string_view s_;
  const TextOrigin& origin_;
  Diagnostics& diagnostics_;
  Reference reference_;
  bool title_first_ = false;
  bool failed_ = false;
};

}  // namespace

std::optional<Reference> parse_apa_reference(std::string_view text, const TextOrigin& origin,
                                             Diagnostics& diagnostics) {
  return ApaParser(text, origin, diagnostics).parse();
}

}  // namespace mwp
