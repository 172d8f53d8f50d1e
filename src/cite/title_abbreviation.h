// Works cited by the abbreviation of their title and their edition, as
// psychology cites its manuals: "DSM-5 (2013)", "DSM-IV-TR (2000)",
// "ICD-11 (2019)".
#pragma once

#include <string_view>
#include <vector>

#include "cite/citation_mention.h"
#include "cite/prose_tokens.h"
#include "model/reference.h"

namespace mwp {

// The narrative citations "DSM-5 (2013)" in `text` (tokens ==
// tokenize_prose(text)): an abbreviation of two to six capitals, a hyphen
// and an edition (arabic or roman), an optional "-TR", then a year in
// parentheses. Each mention has `abbreviated_title` set ("DSM-5-TR") and no
// names, and is a citation only if it matches a reference: "COVID-19
// (2020)" matches none. An abbreviation without an edition is left to the
// scanner's group acronyms ("APA (2020)").
std::vector<CitationMention> find_title_abbreviations(std::string_view text,
                                                      const std::vector<ProseToken>& tokens);

// Whether `abbreviation` ("DSM-5", "DSM-IV-TR") names `reference`: its
// letters are the initials of the first words of the title that are not
// small words ("Diagnostic and Statistical Manual of Mental Disorders"), its
// edition is the reference's edition, and "-TR" stands for a text revision
// ("5th ed., text rev.") and nothing else does.
bool abbreviates_title(std::string_view abbreviation, const Reference& reference);

}  // namespace mwp
