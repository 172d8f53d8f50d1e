// What the text of a reference's field holds, for checking that each field
// has its shape (reference_shapes.h): symbols no field holds, quotation
// marks that do not close, a word broken at a line end, a link, a volume, a
// date, a range of numbers.
#pragma once

#include <string>
#include <string_view>

#include "text/code_point.h"

namespace mwp {

// `text` in straight double quotation marks, as a reader's doubt quotes a
// field: "\"Journal of X, 42[2]\"".
std::string quoted(std::string_view text);

// A character no field holds: a pictograph or emoji, a control or format
// character, or a pasted list bullet; not a trade mark's sign (™, ®).
bool foreign_character(char32_t cp);

// Whether every code point of `text` passes `allowed`.
template <typename Allowed>
bool all_code_points(std::string_view text, Allowed allowed) {
  for (size_t at = 0; at < text.size();) {
    const DecodedCodePoint cp = decode_code_point(text, at);
    if (!allowed(cp.value)) return false;
    at += cp.length;
  }
  return true;
}

// Quotation marks that open and close: straight double quotes in pairs,
// "“...”" and the German "„...“". Apostrophes and single quotes are not
// counted, for they are also apostrophes.
bool quotes_balanced(std::string_view text);

bool starts_with_quote(std::string_view text);

// "It's loneliness.', The Boston Globe": a single quotation mark closing
// after a period or before a comma, which no name holds.
bool closes_single_quote(std::string_view text);

// "\"Title\"" or "\"Title\". Journal": a title in quotation marks that close
// at its end or before a period or comma, as Harvard, MLA and Wikipedia quote
// titles. Not a quotation that opens the title: "\"Brave men\" and ...".
bool quoted_whole(std::string_view title);

// "psy- chology": a word broken at a line end as a PDF pastes it. Not "pre-
// and post-", "short- or long-term", "self- to other-", "Arbeits- und
// Organisationspsychologie". broken_word_at() gives where its hyphen stands,
// or npos.
bool has_broken_word(std::string_view text);
size_t broken_word_at(std::string_view text);

// A link, a DOI or a retrieval statement inside a field that is text.
bool holds_link(std::string_view text);

// "42[2]", "39 (6): 1-14", "12(1)", "World Psychiatry 15", "Reviews, (1)":
// a volume and issue, or pages.
bool holds_volume(std::string_view text);

// "Office for National Statistics, 7 September", "The Guardian, March 4":
// a date closing a name.
bool ends_with_date(std::string_view text);

// "348-362" or "348–362": a range of numbers.
bool is_number_range(std::string_view text);

// "... Medicine vol 50 pg 1385-1401", "... review 24(4), 385-396": a volume
// or pages run into a title. A range of years ("United States, 1999-2017")
// is a title's own.
bool holds_pages(std::string_view title);

// "WHO", "AARP", "ICPSR": two to eight capital letters, a group's acronym.
bool is_acronym_text(std::string_view word);

// "ONS" of "Office for National Statistics", "ICMR" of "Indian Council of
// Medical Research": the capitals that open a group's words.
std::string group_initials(std::string_view group);

// "National Institute of Mental Health", "Pew Research Center": a word that
// names a body, or a small word that persons' names do not have.
bool looks_like_group_name(std::string_view name);

}  // namespace mwp
