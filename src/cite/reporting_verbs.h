// The verbs with which prose reports research, which make a name before
// them a researcher's: "Gross (1998) found", "Levant argues".
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "cite/prose_tokens.h"

namespace mwp {

// A lower-case word that reports research: "found", "argued", "urged".
bool is_reporting_verb(const ProseToken& token);

// A reporting verb at tokens[at], or after one adverb there: "Gross (1998)
// found", "Gross (1998) famously found", "Gross (1998) also found",
// "Whitley (2021) goes further". False
// when `at` is past the end, and for time passing: "Snapchat (2011)
// followed a year later".
bool reporting_verb_at(const std::vector<ProseToken>& tokens, size_t at);

// A reporting verb's present participle at tokens[at]: "tracing",
// "showing", as in "with Monckton Smith (2020) tracing ...".
bool reporting_participle_at(const std::vector<ProseToken>& tokens, size_t at);

// Whether `before`, the prose before a name, ends in words that report
// research: "according to Smith (2010)", "as shown by Smith (2010)", "see
// Smith (2010)".
bool is_reporting_context(std::string_view before);

// "was making this point", "was making the case", "was arguing": a
// researcher's work in the past continuous, at tokens[at].
bool making_a_point_at(const std::vector<ProseToken>& tokens, size_t at);

// Whether the word before text[begin] is "with": "with Monckton Smith (2020)
// tracing".
bool after_with(std::string_view text, size_t begin);

}  // namespace mwp
