// A reference-list entry under construction: runs of text, each plain,
// italic or a link, with APA's typographic quotes and American punctuation.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mwp {

class ApaEntry {
 public:
  void plain(std::string_view text) { add(text, Style::plain); }
  void italic(std::string_view text) { add(text, Style::italic); }
  void link(std::string_view text) { add(text, Style::link); }

  // Text exactly as written: no typographic quotes, no moved punctuation.
  void as_written(std::string_view text, bool italic);

  // Ends a sentence: appends "." unless the text already ends in . ? or !.
  void period();

  bool empty() const { return pieces_.empty(); }

  // Every piece HTML-escaped; italic runs in <i>, links as <a href>.
  std::string html() const;

  // The text a reader sees of html().
  std::string text() const;

 private:
  enum class Style { plain, italic, link };
  struct Piece {
    std::string text;
    Style style = Style::plain;
  };
  void add(std::string_view text, Style style);
  char last_char() const;

  std::vector<Piece> pieces_;
};

}  // namespace mwp
