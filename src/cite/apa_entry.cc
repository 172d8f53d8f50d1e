#include "cite/apa_entry.h"

#include "text/code_point.h"
#include "text/escape.h"

namespace mwp {
namespace {

constexpr std::string_view kLeftDouble = "\xE2\x80\x9C";
constexpr std::string_view kRightDouble = "\xE2\x80\x9D";
constexpr std::string_view kLeftSingle = "\xE2\x80\x98";
constexpr std::string_view kRightSingle = "\xE2\x80\x99";

// Straight quotes as citeproc-js prints them: an apostrophe after a letter or
// digit is ’; a single quote before a word opens (‘) only when a closing one
// follows; double quotes open after a space or bracket, else close.
std::string typographic_quotes(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool after_word = i > 0 && is_word_byte(text[i - 1]);
    if (c == '\'') {
      bool opens = false;
      if (!after_word) {
        for (size_t k = i + 1; k < text.size(); ++k) {
          if (text[k] == '\'' && is_word_byte(text[k - 1]) &&
              (k + 1 == text.size() || !is_word_byte(text[k + 1]))) {
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

}  // namespace

void ApaEntry::period() {
  const std::string_view tail = pieces_.empty() ? std::string_view() : pieces_.back().text;
  // A title that ends inside its quotation marks: "... not to be O.K.’".
  for (const std::string_view close : {kRightDouble, kRightSingle}) {
    if (tail.size() > close.size() && tail.ends_with(close)) {
      const char inside = tail[tail.size() - close.size() - 1];
      if (inside == '.' || inside == '?' || inside == '!') return;
    }
  }
  const char last = last_char();
  if (last != '.' && last != '?' && last != '!') plain(".");
}

std::string ApaEntry::html() const {
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

std::string ApaEntry::text() const {
  std::string out;
  for (const Piece& piece : pieces_) out += piece.text;
  return out;
}

void ApaEntry::as_written(std::string_view text, bool italic) {
  if (!text.empty()) pieces_.push_back({std::string(text), italic ? Style::italic : Style::plain});
}

void ApaEntry::add(std::string_view text, Style style) {
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

char ApaEntry::last_char() const {
  for (auto it = pieces_.rbegin(); it != pieces_.rend(); ++it) {
    if (!it->text.empty()) return it->text.back();
  }
  return '\0';
}

}  // namespace mwp
