// Whether a name as written in prose names a listed author: a person by
// surname, particle and initials, a group by its name, its short name or its
// abbreviation.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "cite/citation_mention.h"
#include "model/reference.h"

namespace mwp {

// Acronyms an article has defined for group authors ("APA" -> the
// reference's "American Psychological Association"), folded for matching.
using GroupAbbreviations = std::map<std::string, std::string>;

// Whether `word` is `group`'s short name: the first word of a name of two
// or more words, when that word opens few groups' names ("Pew" of "Pew
// Research Center", "Fidelity" of "Fidelity Investments"; not "American" or
// "National").
bool is_short_group_name(std::string_view word, std::string_view group);

// Whether `cited` names `person`, compared case- and accent-insensitively:
// a surname with its particle or without ("de Waal"/"Waal", "Van Dongen"),
// a name in lower case to the letter ("headspace"); a group by its whole
// name, its last words, its name before its parent's or another language's
// ("Cabinet Office" of "Cabinet Office, Government of Japan"), its short
// name, an acronym of its initials ("WHO") or one `abbreviations` defines.
bool name_equal(const CitedName& cited, const PersonName& person,
                const GroupAbbreviations& abbreviations);

// "Fidelity" for "Fidelity Investments": the first word of a group's name of
// two words, its short name only when written alone ("South Oaks Gambling"
// is not "Gambling Commission's"), and a weaker fit than a researcher's
// surname ("Kinsey" is Kinsey, A. C., before the Kinsey Institute).
bool first_of_two_words(const CitedName& cited, std::string_view group);

// The abbreviations `mention`, linked to `work`, defines for its groups,
// added to `abbreviations` and returned as written: "(American Psychological
// Association [APA], 2020)" makes a later "(APA, 2020)" the same group. Each
// stands for the group whose name it follows: the last written, "(AARP &
// National Alliance for Caregiving [NAC], 2020)", or another,
// "(International Institute for Population Sciences [IIPS] & ICF, 2021)".
std::vector<std::string> define_abbreviations(const CitationMention& mention, const Reference& work,
                                              GroupAbbreviations& abbreviations);

// Whether `cited` is `author` written family name first: "Kawachi Ichiro".
bool family_name_first(const CitedName& cited, const PersonName& author);

}  // namespace mwp
