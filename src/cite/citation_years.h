// The dates of citations in tokenized prose ("2003", "2003a", "n.d.",
// "in press", "1969/1982") and what may follow them inside the parentheses
// (locators, "as cited in").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "cite/prose_tokens.h"

namespace mwp {

struct CitedYear {
  int year = 0;  // 0 for "n.d." and "in press"
  bool in_press = false;
  std::string suffix;     // "a"
  int original_year = 0;  // 1969 of "1969/1982"
  int year_end = 0;       // 1980 of a range, "1969–1980"
  size_t first = 0;       // token indices, inclusive
  size_t last = 0;
};

// The date at tokens[at]: a four-digit year from 1000 to 2999 with an
// optional letter, "n.d.", "in press" (each optionally "-a"), "forthcoming", or a reprint's
// "1969/1982". Nullopt otherwise.
std::optional<CitedYear> read_cited_year(const std::vector<ProseToken>& tokens, size_t at);

// Dates separated by commas from tokens[at]: "1998, 2003a". Empty when there
// is none. A range ("1969–1980", and also life dates, "1856–1939") is one
// date with its year_end, and nothing follows it.
std::vector<CitedYear> read_cited_years(const std::vector<ProseToken>& tokens, size_t at);

// What follows a citation's dates at tokens[at], up to the token that ends
// it: ")" closes the parentheses, ";" starts the next citation in them.
struct CitationTail {
  size_t stop = 0;                 // index of the ")" or ";"
  bool closes = false;             // tokens[stop] is ")"
  std::optional<size_t> cited_in;  // the first token after "as cited in"
};

// Reads nothing, or a locator (", p. 5", ", pp. 5–7", ", para. 3",
// ", Table 2", ", emphasis added", Chicago's bare page ", 548"), a page
// after a colon (": 150"), or what
// the works are cited for (", for reviews", ", for a review"), then ")" or
// ";" (or ".)", an aside's own period); or ", as cited in"
// (the rest is then the secondary source's citation). Nullopt for anything
// else ("2010 participants)", "2003 and later").
std::optional<CitationTail> read_citation_tail(const std::vector<ProseToken>& tokens, size_t at);

bool is_punct(const ProseToken& token, std::string_view mark);
bool is_word(const ProseToken& token, std::string_view word);

// "and" or "&".
bool is_and(const ProseToken& token);

// Whether "as cited in" stands in `rest`, the prose after a mention, before
// its sentence ends; the period of "et al." ends none.
bool says_cited_in(std::string_view rest);

// 1992 of the token "1992": a year from 1800 to 2099 written alone, or 0.
int year_of_token(const ProseToken& token);

// "In 1999, the Productivity Commission", "In 2010, Paulson and Bazemore":
// when tokens[y] opens its sentence after "In", with a comma after it, as
// APA 7 lets a narrative citation's year stand, the index of the first name
// after the comma (and a "the"); 0 when not. Whether tokens[y] is a year is
// the caller's to know.
size_t names_after_opening_year(const std::vector<ProseToken>& tokens, size_t y);

}  // namespace mwp
