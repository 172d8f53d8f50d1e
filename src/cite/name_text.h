// The words of one name in a reference's name list: initials, suffixes,
// particles and the characters a name may hold.
#pragma once

#include <cstddef>
#include <string_view>

#include "model/reference.h"

namespace mwp {

// "R. F.", "A.-M.", "J.", "Th.", "Y.-y.": letters closed by periods; and
// "A. C. de C.", with a Portuguese particle among them.
bool is_initials(std::string_view text);

// "Jr.", "Sr.", "II", "III", "IV", with or without the period.
bool is_suffix(std::string_view text);

// Length of an ellipsis at the start of `text` (". . .", "...", "…"), or 0.
size_t ellipsis_length(std::string_view text);

// A person's name holds no digits, brackets, colons or semicolons.
bool is_name_text(std::string_view text);

// A group's name may hold digits ("GBD 2019 Mental Disorders
// Collaborators"), but not only digits, and no brackets, colons or
// semicolons.
bool is_group_name_text(std::string_view text);

// A name of two words or more written all in ASCII capitals, as a charity
// writes its own ("I CAN"), and no person's name is.
bool is_name_in_capitals(std::string_view text);

// Splits a family name written with its particle: "de Waal" -> {"de", "Waal"}.
PersonName person_from_family(std::string_view family);

// "James J.", "Janet Shibley", "Oliver P.": given names written out, one to
// three capitalised words or initials.
bool is_given_names(std::string_view text);

// "JJ" of "Gross JJ": a word of two or three capitals, initials run
// together as Vancouver style writes them.
bool has_run_together_initials(std::string_view text);

}  // namespace mwp
