// BibTeX (as reference managers export it) -> Reference.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "model/reference.h"

namespace mwp {

// Parses the entries of a .bib file in file order. Types: article ->
// article_journal; book; incollection, inbook, inproceedings -> chapter;
// techreport, report, phdthesis, mastersthesis -> report; online, webpage,
// electronic, misc -> webpage (misc without url -> book). Fields: author,
// editor ("and"-separated; "Family, Given", "Given Family", "von Family,
// Jr, Given" or {Organisation}), year (or date), title, journal/journaltitle,
// booktitle, volume, number/issue, pages, edition, publisher/institution/
// school/organization, doi, url. Braces are dropped, common LaTeX accents
// (\'e, {\"o}, \c{c}, \ss ...) and \& become Unicode, "--" in pages "-".
// @string macros are expanded; @comment and @preamble are skipped.
// source_line is the line of the entry's "@".
// Promises: problems are diagnostics at display_path:line:col of the entry:
// bibtex-syntax (the rest of that entry is skipped), bibtex-duplicate-key
// (the later entry is dropped), bibtex-unsupported-type (warning; read as a
// journal article).
std::vector<Reference> parse_bibtex(std::string_view text, const std::string& display_path,
                                    Diagnostics& diagnostics);

}  // namespace mwp
