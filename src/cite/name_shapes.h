// The shape of a reference's names: what a person's family and given names
// and a group's name can hold. A reading that split a name list in the wrong
// place, or took other text for names, leaves a name of the wrong shape.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/reference.h"

namespace mwp {

// Appends to `doubts` one doubt for the first name of `names` that is not
// shaped like a name, in the words of the reader's doubts: "the name
// \"Hazan C\", which is not shaped like a name". A person's name holds
// letters, marks, spaces, apostrophes, hyphens and periods, and no
// initials, suffix or field code inside the family name; a group's name
// holds no symbol, lone initial or link, does not open with "and", and is
// not three persons run together. Linear in the size of `names`.
void doubt_name_shapes(const std::vector<PersonName>& names, std::vector<std::string>& doubts);

// "Louann Brizendine", "Ann Oakley and Juliet Mitchell": one or two persons'
// names in direct order, each a given and a family name, capitalised, and
// no body's name ("Mental Health", "Age Concern").
bool reads_as_persons_in_direct_order(std::string_view name);

// "Age, U. K." with the publisher "Age UK": a body's name a citation
// generator turned into a person's, the publisher naming it whole.
bool is_publisher_written_as_person(const PersonName& name, std::string_view publisher);

}  // namespace mwp
