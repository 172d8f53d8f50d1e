#include "cite/apa_formatter.h"

#include <cstddef>
#include <string_view>
#include <vector>

#include "cite/apa_fields.h"
#include "text/escape.h"

namespace mwp {
namespace {

enum class Style { plain, italic, link };

constexpr std::string_view kLeftDouble = "\xE2\x80\x9C";
constexpr std::string_view kRightDouble = "\xE2\x80\x9D";
constexpr std::string_view kLeftSingle = "\xE2\x80\x98";
constexpr std::string_view kRightSingle = "\xE2\x80\x99";

bool is_alnum_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || u >= 0x80;
}

// Straight quotes as citeproc-js prints them: an apostrophe after a letter or
// digit is ’; a single quote before a word opens (‘) only when a closing one
// follows; double quotes open after a space or bracket, else close.
std::string typographic_quotes(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool after_word = i > 0 && is_alnum_byte(text[i - 1]);
    if (c == '\'') {
      bool opens = false;
      if (!after_word) {
        for (size_t k = i + 1; k < text.size(); ++k) {
          if (text[k] == '\'' && is_alnum_byte(text[k - 1]) &&
              (k + 1 == text.size() || !is_alnum_byte(text[k + 1]))) {
            opens = true;
            break;
          }
        }
      }
      out += opens ? kLeftSingle : kRightSingle;
    } else if (c == '"') {
      const bool opens = i == 0 || text[i - 1] == ' ' || text[i - 1] == '(' || text[i - 1] == '[';
      out += opens ? kLeftDouble : kRightDouble;
    } else {
      out += c;
    }
  }
  return out;
}

struct Piece {
  std::string text;
  Style style = Style::plain;
};

// An entry under construction: runs of text with their style.
class Entry {
 public:
  void plain(std::string_view text) { add(text, Style::plain); }
  void italic(std::string_view text) { add(text, Style::italic); }
  void link(std::string_view text) { add(text, Style::link); }

  // Ends a sentence: appends "." unless the text already ends in . ? or !.
  void period() {
    const std::string_view tail = pieces_.empty() ? std::string_view() : pieces_.back().text;
    if (tail.size() > kRightDouble.size() && tail.ends_with(kRightDouble)) {
      const char inside = tail[tail.size() - kRightDouble.size() - 1];
      if (inside == '.' || inside == '?' || inside == '!') return;
    }
    const char last = last_char();
    if (last != '.' && last != '?' && last != '!') plain(".");
  }

  bool empty() const { return pieces_.empty(); }

  std::string html() const {
    std::string out;
    for (const Piece& piece : pieces_) {
      switch (piece.style) {
        case Style::plain:
          append_html_escaped(out, piece.text);
          break;
        case Style::italic:
          out += "<i>";
          append_html_escaped(out, piece.text);
          out += "</i>";
          break;
        case Style::link:
          out += "<a href=\"";
          append_html_escaped(out, piece.text);
          out += "\">";
          append_html_escaped(out, piece.text);
          out += "</a>";
          break;
      }
    }
    return out;
  }

  std::string text() const {
    std::string out;
    for (const Piece& piece : pieces_) out += piece.text;
    return out;
  }

 private:
  void add(std::string_view text, Style style) {
    if (text.empty()) return;
    if (style == Style::link) {
      pieces_.push_back({std::string(text), style});
      return;
    }
    std::string typeset = typographic_quotes(text);
    // American punctuation: a comma or period after a closing quote goes inside.
    if ((typeset[0] == ',' || typeset[0] == '.') && !pieces_.empty() &&
        pieces_.back().text.ends_with(kRightDouble)) {
      std::string& last = pieces_.back().text;
      last.insert(last.size() - kRightDouble.size(), 1, typeset[0]);
      typeset.erase(0, 1);
      if (typeset.empty()) return;
    }
    pieces_.push_back({std::move(typeset), style});
  }
  char last_char() const {
    for (auto it = pieces_.rbegin(); it != pieces_.rend(); ++it) {
      if (!it->text.empty()) return it->text.back();
    }
    return '\0';
  }

  std::vector<Piece> pieces_;
};

bool is_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "2" -> "2nd ed."; text that is not a number is kept as written ("3rd rev.").
std::string edition_text(const std::string& edition) {
  if (!is_digits(edition)) return edition;
  const int n = std::stoi(edition);
  const char* suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    if (n % 10 == 2) suffix = "nd";
    if (n % 10 == 3) suffix = "rd";
  }
  return edition + suffix + " ed.";
}

void add_date(Entry& entry, const Reference& reference) {
  entry.plain(" (");
  if (reference.year == 0) {
    entry.plain("n.d.");
    if (!reference.year_suffix.empty()) entry.plain("-" + reference.year_suffix);
  } else {
    entry.plain(std::to_string(reference.year) + reference.year_suffix);
  }
  entry.plain(").");
}

bool title_is_italic(ReferenceType type) {
  return type == ReferenceType::book || type == ReferenceType::report ||
         type == ReferenceType::webpage;
}

void add_title(Entry& entry, const Reference& reference) {
  if (title_is_italic(reference.type)) {
    entry.italic(reference.title);
  } else {
    entry.plain(reference.title);
  }
}

// "Gross, J. J., & John, O. P. (2003)." or, with no authors, the title in
// their place: "Title. (2003)."; editors stand in for the authors of a book.
void add_author_date(Entry& entry, const Reference& reference, bool& title_done) {
  title_done = false;
  if (!reference.authors.empty()) {
    entry.plain(apa_name_list(reference.authors, reference.authors_truncated));
  } else if (reference.type == ReferenceType::book && !reference.editors.empty()) {
    entry.plain(apa_name_list(reference.editors, false));
    entry.plain(reference.editors.size() == 1 ? " (Ed.)" : " (Eds.)");
  } else if (!reference.title.empty()) {
    add_title(entry, reference);
    title_done = true;
  }
  if (!entry.empty()) entry.period();
  add_date(entry, reference);
}

void add_link(Entry& entry, const Reference& reference) {
  if (!reference.doi.empty()) {
    entry.plain(" ");
    entry.link(apa_doi_url(reference.doi));
  } else if (!reference.url.empty()) {
    entry.plain(" ");
    entry.link(reference.url);
  }
}

void add_publisher(Entry& entry, const Reference& reference) {
  if (reference.publisher.empty()) return;
  entry.plain(" ");
  entry.plain(reference.publisher);
  entry.period();
}

void add_journal_article(Entry& entry, const Reference& reference, bool title_done) {
  if (!title_done && !reference.title.empty()) {
    entry.plain(" ");
    entry.plain(reference.title);
    entry.period();
  }
  if (!reference.container_title.empty()) {
    entry.plain(" ");
    entry.italic(reference.container_title);
    const std::string& volume = reference.volume.empty() ? reference.issue : reference.volume;
    if (!volume.empty()) {
      entry.plain(", ");
      entry.italic(volume);
      if (!reference.volume.empty() && !reference.issue.empty()) {
        entry.plain("(" + reference.issue + ")");
      }
    }
    if (!reference.page.empty()) entry.plain(", " + apa_page_range(reference.page));
    entry.period();
  }
  add_link(entry, reference);
}

// "(E. Ed & F. Fd, Eds.; 2nd ed.)" after a book title.
void add_book_details(Entry& entry, const Reference& reference) {
  std::vector<std::string> parts;
  if (!reference.authors.empty() && !reference.editors.empty()) {
    parts.push_back(apa_name_list_given_first(reference.editors) +
                    (reference.editors.size() == 1 ? ", Ed." : ", Eds."));
  }
  if (!reference.edition.empty()) parts.push_back(edition_text(reference.edition));
  if (parts.empty()) return;
  entry.plain(" (");
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) entry.plain("; ");
    entry.plain(parts[i]);
  }
  entry.plain(")");
}

void add_book(Entry& entry, const Reference& reference, bool title_done) {
  if (!title_done && !reference.title.empty()) {
    entry.plain(" ");
    add_title(entry, reference);
  }
  add_book_details(entry, reference);
  entry.period();
  if (reference.type == ReferenceType::webpage && !reference.container_title.empty()) {
    entry.plain(" " + reference.container_title);
    entry.period();
  }
  add_publisher(entry, reference);
  add_link(entry, reference);
}

void add_chapter(Entry& entry, const Reference& reference, bool title_done) {
  if (!title_done && !reference.title.empty()) {
    entry.plain(" ");
    entry.plain(reference.title);
    entry.period();
  }
  if (!reference.container_title.empty() || !reference.editors.empty()) {
    entry.plain(" In ");
    if (!reference.editors.empty()) {
      entry.plain(apa_name_list_given_first(reference.editors));
      entry.plain(reference.editors.size() == 1 ? " (Ed.), " : " (Eds.), ");
    }
    entry.italic(reference.container_title);
    std::vector<std::string> parts;
    if (!reference.edition.empty()) parts.push_back(edition_text(reference.edition));
    if (!reference.page.empty()) {
      const std::string pages = apa_page_range(reference.page);
      const bool several = pages.find_first_of(",&") != std::string::npos ||
                           pages.find("\xE2\x80\x93") != std::string::npos;
      parts.push_back((several ? "pp. " : "p. ") + pages);
    }
    if (!parts.empty()) {
      entry.plain(" (");
      for (size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) entry.plain(", ");
        entry.plain(parts[i]);
      }
      entry.plain(")");
    }
    entry.period();
  }
  add_publisher(entry, reference);
  add_link(entry, reference);
}

Entry build_entry(const Reference& reference) {
  Entry entry;
  bool title_done = false;
  add_author_date(entry, reference, title_done);
  switch (reference.type) {
    case ReferenceType::article_journal:
    case ReferenceType::article_magazine:
    case ReferenceType::article_newspaper:
      add_journal_article(entry, reference, title_done);
      break;
    case ReferenceType::chapter:
    case ReferenceType::paper_conference:
      add_chapter(entry, reference, title_done);
      break;
    case ReferenceType::book:
    case ReferenceType::report:
    case ReferenceType::thesis:
    case ReferenceType::speech:
    case ReferenceType::preprint:
    case ReferenceType::webpage:
      add_book(entry, reference, title_done);
      break;
  }
  return entry;
}

}  // namespace

std::string format_apa_html(const Reference& reference) {
  return build_entry(reference).html();
}

std::string format_apa_text(const Reference& reference) {
  return build_entry(reference).text();
}

std::string format_apa_citation_authors(const Reference& reference) {
  const std::vector<PersonName>& names =
      reference.authors.empty() ? reference.editors : reference.authors;
  if (names.empty()) return reference.title;
  if (names.size() == 1) return apa_short_name(names[0]);
  if (names.size() == 2) return apa_short_name(names[0]) + " & " + apa_short_name(names[1]);
  return apa_short_name(names[0]) + " et al.";
}

std::string format_apa_citation(const Reference& reference) {
  std::string out = format_apa_citation_authors(reference) + ", ";
  if (reference.year == 0) {
    out += "n.d.";
    if (!reference.year_suffix.empty()) out += "-" + reference.year_suffix;
  } else {
    out += std::to_string(reference.year) + reference.year_suffix;
  }
  return out;
}

}  // namespace mwp
