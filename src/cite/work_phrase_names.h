// The names in a phrase that names a work by a word for research: the year
// first, "the 2002 Bushman study", "a 2019 Pew Research Center survey", "a
// 2018 ONS report", "a 2019 survey by the Mental Health Foundation"; or the
// year after it in parentheses, "The Kinsey reports (1948, 1953)".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "cite/citation_mention.h"
#include "cite/prose_tokens.h"

namespace mwp {

// The last token of the name that starts at tokens[first]: a run of up to
// six capitalised words and acronyms, "for", "of" or "on" between two of
// them ("Office for National Statistics", "Carers UK").
size_t name_run_end(const std::vector<ProseToken>& tokens, size_t first);

// tokens[first..last], a name_run_end() run, as one cited name: an acronym
// alone as a group's ("ONS"), other runs whole ("Mental Health Foundation").
CitedName run_name(const std::vector<ProseToken>& tokens, std::string_view text, size_t first,
                   size_t last);

// The name between the year at tokens[year_at], after "the" or "a", and a
// word for a piece of research: one capitalised name ("Bushman"), one
// acronym ("ONS"), or a run of up to six capitalised words and acronyms
// joined by "for", "of" or "on" ("Office for National Statistics", "Amy
// Muise"), read whole. Nullopt when the phrase is not of that form.
std::optional<CitedName> name_after_year(const std::vector<ProseToken>& tokens,
                                         std::string_view text, size_t year_at);

// "a 2019 survey by the Mental Health Foundation", "the 2018 report from the
// Office for National Statistics": the group named after "by the" or "from
// the", when a word for a piece of research stands between it and the year
// at tokens[year_at], read whole as name_after_year() reads a run.
std::optional<CitedName> group_after_year(const std::vector<ProseToken>& tokens,
                                          std::string_view text, size_t year_at);

// The names before a word for a piece of research that ends at tokens[end],
// before its year in parentheses: a researcher's name or an acronym after
// "the" ("The Kinsey reports (1948, 1953)", "the WHI study (2002)"), or two
// groups by the abbreviations an
// article defined, joined by a slash ("The VA/DoD guideline (2023)"). Empty
// when the words are not of that form. Not strong.
std::vector<CitedName> names_before_work_word(const std::vector<ProseToken>& tokens, size_t end);

// "Ilan Meyer first set out the idea for gay men (1995)": the names that
// open the sentence, then two to ten words in lower case before the year's
// parenthesis at tokens[open], as a mention with no date yet, a citation
// only if it matches a work (`if_it_matches`). Nullopt when the words are
// not of that form.
std::optional<CitationMention> subject_before(const std::vector<ProseToken>& tokens,
                                              std::string_view text, size_t open);

}  // namespace mwp
