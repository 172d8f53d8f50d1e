// Parsing APA 7 reference strings as editors paste them into an article's
// "Research sources" list.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "model/reference.h"

namespace mwp {

// Where the text being parsed starts, for diagnostics.
struct TextOrigin {
  std::string path;  // display path of the source file
  int line = 0;      // 1-based
  int column = 1;    // 1-based code points of the text's first byte
};

// Parses one APA 7 reference: journal article, book, edited book, book
// chapter, report or web page. Accepts a leading list marker ("- ", "* ",
// "1. ", "1) "), Markdown emphasis (*Journal*, _10_, **x**), `&` or "and",
// en/em dashes or hyphens in page ranges, up to 20 authors with ". . .",
// "..." or "…" before the last author for more, DOIs written as
// https://doi.org/..., http://dx.doi.org/... or doi:..., and Markdown links
// or <autolinks> around a DOI/URL.
// Promises: on success a Reference with source_line = origin.line, page in
// CSL form ("190-203"), bare DOI, id empty. On failure nullopt and exactly one
// error naming the part that failed, at the column where that part starts:
// apa-missing-date (no "(2003)." / "(n.d.)."), apa-bad-author (a name that is
// neither "Family, I. I." nor an organisation), apa-missing-title,
// apa-bad-source (what follows the title is not a journal, book, chapter,
// report or web page in APA form).
std::optional<Reference> parse_apa_reference(std::string_view text, const TextOrigin& origin,
                                             Diagnostics& diagnostics);

}  // namespace mwp
