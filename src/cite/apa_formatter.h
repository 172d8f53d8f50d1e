// APA 7 reference-list formatting, matching citeproc-js running the CSL APA
// style (apa.csl, en-US) on the same data.
#pragma once

#include <string>

#include "model/reference.h"

namespace mwp {

// Returns the APA 7 reference-list entry for `reference` as an HTML fragment
// (no enclosing element): every piece of text is HTML-escaped; book, report
// and web page titles, the journal name and the volume are wrapped in <i>; a
// DOI becomes <a href="https://doi.org/DOI">https://doi.org/DOI</a> and a URL
// (when there is no DOI) a link to itself. Never fails: missing fields are
// left out ("n.d." for year 0, the title moves first when there are no
// authors), as citeproc-js does.
std::string format_apa_html(const Reference& reference);

// The same entry as plain text (no markup, no escaping): what a reader sees
// of format_apa_html(). Promises: equal to format_apa_html() with its tags
// removed and its entities decoded.
std::string format_apa_text(const Reference& reference);

// Whether APA 7 sets the title of `reference` in italics: standalone works,
// posts on social media among them, have italic titles; parts of a larger
// work (an article, a chapter, an entry "In *Wikipedia*", a podcast's
// episode) do not.
bool title_is_italic(const Reference& reference);

// The author part of an APA in-text citation: "Gross", "Gross & John",
// "Levant et al.", "Zell et al." (three or more authors), the organisation
// name for a `literal` author, or the title when there are no authors.
std::string format_apa_citation_authors(const Reference& reference);

// The APA parenthetical citation text without parentheses: "Gross & John,
// 2003", "Levant et al., 2009", "Hyde, n.d." (year_suffix appended: "2003a");
// a republished work by both dates: "Freud, 1900/1953".
std::string format_apa_citation(const Reference& reference);

}  // namespace mwp
