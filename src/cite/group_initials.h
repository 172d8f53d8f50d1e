// A group author's initials, and the abbreviations writers make of them.
#pragma once

#include <string>
#include <string_view>

namespace mwp {

// The initials of a group's capitalised words, in lower case, and every
// letter of a word in capitals: "World Health Organization" -> "who",
// "Centers for Disease Control and Prevention" -> "cdcp", "Universities UK"
// -> "uuk".
std::string initials_of(std::string_view literal);

// Whether `acronym` (folded to lower case) is read from the initials of
// `literal` in order, the first of them first, others perhaps passed over:
// "who" of "World Health Organization", "cdc" of "Centers for Disease
// Control and Prevention"; or from every word's first letter, small words
// too: "mom" of "Ministry of Manpower".
bool acronym_of(std::string_view acronym, std::string_view literal);

// "MoHFW" for "Ministry of Health and Family Welfare", "Stats SA" for
// "Statistics South Africa": an abbreviation in mixed case, with three
// capitals or more, whose capitals are the name's initials, every one, in
// order.
bool mixed_case_abbreviation_of(std::string_view written, std::string_view literal);

}  // namespace mwp
