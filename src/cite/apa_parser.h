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

// Reads one pasted reference: journal, magazine and newspaper articles,
// books (edited, translated, reprinted), chapters, reports, theses,
// presentations, papers in proceedings, preprints and web pages, in APA 7
// form or in the habits of APA 6 and Harvard that read without doubt
// ("doi:", "Retrieved from", a publisher's place, "Vol. 63, No. 2, pp.",
// "Paper presented at", "(Unpublished doctoral dissertation)", a title in
// quotation marks). Accepts a leading list marker, Markdown emphasis and
// links, and database labels pasted after the entry ("[Google Scholar]").
// Promises, in one of three outcomes:
// - read with confidence: a Reference with source_line = origin.line, page
//   in CSL form ("190-203"), a bare DOI, id empty; no diagnostic.
// - read with a doubt: the Reference as far as it was read, with `verbatim`
//   set to `text`, so that it is published exactly as written, and one
//   warning reference-partly-read that names every doubtful part.
// - not a reference (no date, nothing before the date): nullopt and one
//   error reference-unreadable that says why.
// Linear in the length of `text`.
std::optional<Reference> parse_apa_reference(std::string_view text, const TextOrigin& origin,
                                             Diagnostics& diagnostics);

}  // namespace mwp
