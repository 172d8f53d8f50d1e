#include "cite/pasted_text.h"

#include <algorithm>
#include <optional>
#include <string>

#include "cite/field_codes.h"
#include "text/code_point.h"
#include "text/html_entity.h"
#include "text/trim.h"

namespace mwp {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Spaces that are not ASCII: no-break (U+00A0), narrow no-break (U+202F),
// figure (U+2007) and thin (U+2009). The length of one at text[i], or 0.
size_t wide_space_length(std::string_view text, size_t i) {
  if (text.compare(i, 2, "\xC2\xA0") == 0) return 2;
  for (std::string_view space : {"\xE2\x80\xAF", "\xE2\x80\x87", "\xE2\x80\x89"}) {
    if (text.compare(i, 3, space) == 0) return 3;
  }
  return 0;
}

// "ﬁ", "ﬂ", "ﬃ": a ligature a PDF pastes for its letters, and the letters;
// or empty when none stands at text[i].
std::string_view ligature_letters(std::string_view text, size_t i) {
  if (text.compare(i, 2, "\xEF\xAC") != 0 || i + 2 >= text.size()) return {};
  constexpr std::string_view kLetters[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
  const auto last = static_cast<unsigned char>(text[i + 2]);
  return last >= 0x80 && last <= 0x86 ? kLetters[last - 0x80] : std::string_view();
}

// Length of a list marker at the start of `text` (after indentation), or of
// a reference number run into the first name, or 0.
size_t list_marker_length(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && is_space(text[i])) ++i;
  // Pandoc's "::: {#ref-frankl2006 .csl-entry} ", a fenced div's opening.
  if (text.compare(i, 5, "::: {") == 0) {
    const size_t close = text.find("} ", i);
    if (close != std::string_view::npos)
      return list_marker_length(text.substr(close + 2)) + close + 2;
  }
  // A task list's box, "[x] " or "[ ] ", with or without a bullet before it.
  if (text.size() > i + 4 && text[i] == '[' &&
      (text[i + 1] == ' ' || text[i + 1] == 'x' || text[i + 1] == 'X') && text[i + 2] == ']' &&
      is_space(text[i + 3])) {
    return i + 4;
  }
  if (text.size() > i + 6 && (text[i] == '-' || text[i] == '*') && is_space(text[i + 1]) &&
      text[i + 2] == '[' && text[i + 4] == ']' && is_space(text[i + 5]) &&
      (text[i + 3] == ' ' || text[i + 3] == 'x' || text[i + 3] == 'X')) {
    return i + 6;
  }
  if (i + 1 < text.size() && (text[i] == '-' || text[i] == '*' || text[i] == '+') &&
      is_space(text[i + 1])) {
    return i + 2;
  }
  for (std::string_view bullet : {"\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x97\xA6"}) {
    if (text.compare(i, bullet.size(), bullet) == 0 && i + bullet.size() < text.size() &&
        is_space(text[i + bullet.size()])) {
      return i + bullet.size() + 1;  // "• ", "▪ ", "◦ " pasted from a word processor
    }
  }
  if (i < text.size() && text[i] == '[') {  // IEEE's "[7] "
    size_t close = i + 1;
    while (close < text.size() && text[close] >= '0' && text[close] <= '9') ++close;
    if (close > i + 1 && close + 1 < text.size() && text[close] == ']' &&
        is_space(text[close + 1])) {
      return close + 2;
    }
  }
  size_t digits = i;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits > i && digits + 1 < text.size() && (text[digits] == '.' || text[digits] == ')') &&
      is_space(text[digits + 1])) {
    return digits + 2;
  }
  // "12Hawton, K.": a superscript reference number a PDF ran into the name,
  // a capital and two lower-case letters after it ("3M" is a company's).
  if (digits > i && digits + 2 < text.size() && text[digits] >= 'A' && text[digits] <= 'Z' &&
      text[digits + 1] >= 'a' && text[digits + 1] <= 'z' && text[digits + 2] >= 'a' &&
      text[digits + 2] <= 'z') {
    return digits;
  }
  return i;
}

// Past APA 7's asterisk before a study a meta-analysis included
// ("*Berger, J. M., ... (2005)."), at text[i]: an asterisk before a letter
// that opens no italics before the date, as a title first would
// ("*Title*. (2019)").
size_t past_study_mark(std::string_view text, size_t i) {
  if (i + 1 >= text.size() || text[i] != '*' || text[i + 1] == '*' || is_space(text[i + 1])) {
    return i;
  }
  const size_t close = text.find('*', i + 1);
  const size_t date = text.find(" (", i + 1);
  if (date == std::string_view::npos) return i;
  const bool dated = date + 2 < text.size() && ((text[date + 2] >= '0' && text[date + 2] <= '9') ||
                                                text.compare(date + 2, 4, "n.d.") == 0 ||
                                                text.compare(date + 2, 2, "in") == 0);
  return dated && (close == std::string_view::npos || close > date) ? i + 1 : i;
}

// `text` without a footnote's back-arrow at its end ("... ↩︎"), the link
// a notes app writes back to where the note was cited.
std::string_view without_back_arrow(std::string_view text) {
  std::string_view out = text;
  while (!out.empty() && is_space(out.back())) out.remove_suffix(1);
  for (std::string_view selector : {"\xEF\xB8\x8E", "\xEF\xB8\x8F"}) {  // U+FE0E, U+FE0F
    if (out.ends_with(selector)) out.remove_suffix(selector.size());
  }
  if (!out.ends_with("\xE2\x86\xA9")) return text;  // U+21A9
  out.remove_suffix(3);
  return out;
}

// Past symbols pasted before an entry ("📖 ", "★ "): non-ASCII code points
// that are neither letters nor spaces, and the spaces after them.
size_t past_leading_symbols(std::string_view text, size_t i) {
  size_t at = i;
  while (at < text.size() && static_cast<unsigned char>(text[at]) >= 0x80 &&
         wide_space_length(text, at) == 0) {
    const DecodedCodePoint cp = decode_code_point(text, at);
    if (is_letter(cp.value) || cp.value == 0x201C || cp.value == 0x2018) break;  // “ ‘
    at += cp.length;
  }
  if (at == i) return i;
  while (at < text.size() && is_space(text[at])) ++at;
  return at;
}

// Where the ")" that closes the link destination after the "](" at `middle`
// stands, or npos: parentheses inside it pair up, as CommonMark reads
// "(https://doi.org/10.1016/S1740-1445(03)00002-0)".
size_t destination_end(std::string_view markdown, size_t middle) {
  if (middle == std::string_view::npos) return std::string_view::npos;
  int depth = 0;
  // A destination is one URL: bounded, so that many "](" cost linear time.
  const size_t limit = std::min(markdown.size(), middle + 2 + 4096);
  for (size_t at = middle + 2; at < limit; ++at) {
    const char c = markdown[at];
    if (c == ' ' || c == '\n') return std::string_view::npos;
    if (c == '(') ++depth;
    if (c == ')' && depth-- == 0) return at;
  }
  return std::string_view::npos;
}

// The length of the character reference ("&amp;", "&#233;") at markdown[at],
// or 0 when none stands there.
size_t entity_length(std::string_view markdown, size_t at) {
  if (markdown[at] != '&') return 0;
  const size_t semicolon = markdown.substr(at, 34).find(';');
  if (semicolon == std::string_view::npos) return 0;
  return decode_html_entity(markdown.substr(at, semicolon + 1)) ? semicolon + 1 : 0;
}

// For each "[" of `markdown`, where the "]" that closes it stands (npos
// for every other byte, and for a "[" never closed): brackets nest, as
// CommonMark pairs a link's text.
std::vector<size_t> closing_brackets(std::string_view markdown) {
  std::vector<size_t> closing(markdown.size(), std::string_view::npos);
  std::vector<size_t> open;
  for (size_t at = 0; at < markdown.size(); ++at) {
    if (markdown[at] == '[') open.push_back(at);
    if (markdown[at] == ']' && !open.empty()) {
      closing[open.back()] = at;
      open.pop_back();
    }
  }
  return closing;
}

// A link's text that is the link itself: "https://doi.org/...", "doi:10...".
bool is_link_text(std::string_view label) {
  return label.starts_with("http") || label.starts_with("www.") || label.starts_with("doi") ||
         label.starts_with("DOI") || label.starts_with("10.");
}

}  // namespace

PastedText::PastedText(std::string_view markdown)
    : PastedText(markdown, without_back_arrow(markdown).size()) {}

PastedText::PastedText(std::string_view whole, size_t used) : end_(used) {
  const std::string_view markdown = whole.substr(0, used);
  bool italic = false;
  size_t i = past_field_code(
      markdown,
      past_study_mark(markdown, past_leading_symbols(markdown, list_marker_length(markdown))));
  // Where the next "](" and ">" stand: found once, so that many "[" or "<"
  // cost no rescans.
  constexpr size_t npos = std::string_view::npos;
  size_t link_middle = markdown.find("](", i);
  size_t link_close = destination_end(markdown, link_middle);
  size_t angle_close = markdown.find('>', i);
  const std::vector<size_t> closing = closing_brackets(markdown);
  size_t star_runs = 0;  // runs of "*", to tell an unpaired one
  for (size_t k = i; k < markdown.size(); ++k) {
    if (markdown[k] == '*' && (k == i || markdown[k - 1] != '*')) ++star_runs;
  }
  size_t star_runs_seen = 0;
  // The link whose text is being read: where its "](" and ")" stand, and
  // where its text began in text_ (npos when its destination is not kept).
  // (middle is npos when no link is open.)
  struct OpenLink {
    size_t middle = npos;
    size_t close = npos;
    size_t begin = npos;
  };
  OpenLink open_link;
  HtmlLink html_link;
  size_t bare_url_end = 0;  // where the bare URL being read ends: its "_" and "*" are its own
  while (i < markdown.size()) {
    if (i == open_link.middle) {
      if (open_link.begin != npos) {
        const std::string_view url =
            markdown.substr(open_link.middle + 2, open_link.close - open_link.middle - 2);
        linked_texts_.push_back({open_link.begin, text_.size(), std::string(url)});
      }
      i = open_link.close + 1;
      open_link = OpenLink{};
      continue;
    }
    const char c = markdown[i];
    if (link_middle != npos && link_middle < i) {
      link_middle = markdown.find("](", i);
      link_close = destination_end(markdown, link_middle);
    }
    if (angle_close != npos && angle_close < i) {
      angle_close = markdown.find('>', i);
    }
    if (i >= bare_url_end && (i == 0 || markdown[i - 1] == ' ') &&
        (markdown.compare(i, 7, "http://") == 0 || markdown.compare(i, 8, "https://") == 0)) {
      bare_url_end = std::min(markdown.find_first_of(" \t\n", i), markdown.size());
    }
    if (const size_t wide = wide_space_length(markdown, i); wide > 0) {
      emit(' ', i, italic);
      i += wide;
    } else if (c == '-' && i + 2 < markdown.size() && markdown[i + 1] == '\n' &&
               markdown[i + 2] >= 'A' && markdown[i + 2] <= 'Z') {
      emit('-', i, italic);  // "Holt-\nLunstad": a compound name broken at a line end
      i += 2;
    } else if (markdown.compare(i, 3, "\xE2\x80\x90") == 0 ||
               markdown.compare(i, 3, "\xE2\x80\x91") == 0 ||
               markdown.compare(i, 3, "\xE2\x88\x92") == 0) {
      emit('-', i, italic);  // a Unicode hyphen or a minus sign, as PDFs paste them
      i += 3;
    } else if (markdown.compare(i, 2, "\xC2\xAD") == 0) {
      i += 2;  // a soft hyphen, invisible: "de\u00ADpres\u00ADsion" is "depression"
    } else if (const std::string_view letters = ligature_letters(markdown, i); !letters.empty()) {
      for (char letter : letters) emit(letter, i, italic);
      i += 3;
    } else if ((c == ',' || c == '.') && i + 1 < markdown.size() && markdown[i + 1] == c &&
               (c == ',' || ((i == 0 || markdown[i - 1] != '.') &&
                             (i + 2 >= markdown.size() || markdown[i + 2] != '.')))) {
      ++i;  // ",," or "..", typed twice (an ellipsis "..." stays)
    } else if (c == '\\' && i + 1 < markdown.size() && !is_word_byte(markdown[i + 1])) {
      emit(markdown[i + 1], i + 1, italic);
      i += 2;
    } else if (const size_t entity = entity_length(markdown, i); entity > 0) {
      // "&amp;", as an HTML export writes "&": Markdown reads it as "&".
      const std::optional<std::string> decoded = decode_html_entity(markdown.substr(i, entity));
      if (wide_space_length(*decoded, 0) == decoded->size()) {
        emit(' ', i, italic);  // "&nbsp;"
      } else {
        for (char byte : *decoded) emit(byte, i, italic);
      }
      i += entity;
    } else if ((c == '*' || c == '_') && i < bare_url_end) {
      emit(c, i, italic);  // "watch?v=Ks-_Mh1QhMc"
      ++i;
    } else if (c == '*' || c == '_') {
      size_t run = i;
      while (run < markdown.size() && markdown[run] == c) ++run;
      const bool before_word = i > 0 && is_word_byte(markdown[i - 1]);
      const bool after_word = run < markdown.size() && is_word_byte(markdown[run]);
      if (c == '*') ++star_runs_seen;
      // "G*Power 3": an asterisk inside a word that the runs after it leave
      // unpaired is a character, as CommonMark reads it.
      const bool unpaired_star =
          c == '*' && !italic && before_word && after_word && (star_runs - star_runs_seen) % 2 == 0;
      if ((c == '_' && before_word && after_word) || unpaired_star) {
        for (size_t k = i; k < run; ++k) emit(c, k, italic);  // snake_case stays
      } else if ((run - i) % 2 == 1) {
        italic = !italic;  // "**" is bold, no italics; "***" is both
      }
      i = run;
    } else if (const HtmlTag tag = html_tag_at(markdown, i); tag.length > 0) {
      read_html_tag(tag, i, italic, html_link);
      i += tag.length;
    } else if (const size_t field = hyperlink_field_length(markdown, i); field > 0) {
      i += field;
    } else if (c == '<' && (markdown.substr(i + 1, 4) == "http") && angle_close != npos) {
      const size_t close = angle_close;
      for (size_t k = i + 1; k < close; ++k) emit(markdown[k], k, italic);
      i = close + 1;
    } else if (c == '[' && link_middle != npos) {
      const size_t middle = link_middle;
      const size_t close = link_close;
      // "[Video]. Site. [url](url)": a "[" is a link's only when its "]" is
      // the one before the destination; in "[[Crossref](url)]" the inner one links.
      if (close == npos || closing[i] != middle) {
        emit(c, i, italic);
        ++i;
        continue;
      }
      const std::string_view url = markdown.substr(middle + 2, close - middle - 2);
      const bool web = url.starts_with("http") || url.starts_with("doi:");
      if (web && is_link_text(markdown.substr(i + 1, middle - i - 1))) {
        for (size_t k = middle + 2; k < close; ++k) emit(markdown[k], k, italic);
        i = close + 1;
        continue;
      }
      // The text is read as the rest is, emphasis and all, up to the "](".
      open_link = OpenLink{middle, close, web ? text_.size() : npos};
      ++i;
    } else {
      emit(c, i, italic);
      ++i;
    }
  }
  while (!text_.empty() && text_.back() == ' ') {
    text_.pop_back();
    source_.pop_back();
    italic_.pop_back();
  }
}

// "<i>Title</i>", as Word and Zotero paste HTML; "...09.002<br>", a line
// break; "<a href="url">text</a>", a link on its text; "<p>", "<span …>":
// nothing a reader sees.
void PastedText::read_html_tag(const HtmlTag& tag, size_t at, bool& italic, HtmlLink& link) {
  switch (tag.kind) {
    case HtmlTagKind::italic_open:
    case HtmlTagKind::italic_close:
      italic = tag.kind == HtmlTagKind::italic_open;
      break;
    case HtmlTagKind::line_break:
      emit(' ', at, italic);
      break;
    case HtmlTagKind::link_open:
      link = {text_.size(), std::string(tag.href)};
      break;
    case HtmlTagKind::link_close:
      if (link.begin != std::string::npos &&
          (link.href.starts_with("http") || link.href.starts_with("doi:"))) {
        linked_texts_.push_back({link.begin, text_.size(), link.href});
      }
      link = HtmlLink{};
      break;
    case HtmlTagKind::other:
      break;
  }
}

void PastedText::emit(char c, size_t source, bool italic) {
  if (is_space(c)) {
    if (text_.empty() || text_.back() == ' ') return;
    c = ' ';
  }
  text_ += c;
  source_.push_back(source);
  italic_.push_back(italic);
}

size_t PastedText::source_offset(size_t offset) const {
  return offset < source_.size() ? source_[offset] : end_;
}

bool PastedText::emphasised(size_t begin, size_t end) const {
  bool any = false;
  for (size_t i = begin; i < end && i < text_.size(); ++i) {
    if (text_[i] == ' ') continue;
    if (!italic_[i]) return false;
    any = true;
  }
  return any;
}

}  // namespace mwp
