// A reference written in another style than APA 7, such as MLA ("Sternberg,
// Robert J. "A Triangular Theory of Love." Psychological Review, vol. 93,
// no. 2, 1986, pp. 119-135.") or Chicago ("Kiecolt-Glaser, Janice K., and
// Tamara L. Newton. 2001. "Marriage and Health."): only what a citation is
// matched by, its authors and year, is read from it.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "model/reference.h"

namespace mwp {

struct ForeignReading {
  std::vector<PersonName> authors;  // given names as written: "Robert J."
  int year = 0;
};

// "Geoffrey L. Brown, Sarah J. Schoppe-Sullivan & Cynthia Neff": names in
// direct order, as Taylor & Francis and IEEE write them, joined by ", ",
// "and" or "&". Empty unless every name reads and one has an initial, so
// that a group ("World Health Organization", "Substance Abuse and Mental
// Health Services Administration") is not read as persons.
std::vector<PersonName> read_direct_order_names(std::string_view list);

// "Louann Brizendine", "Ann Oakley and Juliet Mitchell": persons in direct
// order with no initial, which read_direct_order_names() leaves alone lest a
// group read as persons. The caller must know that `list` names persons
// (reads_as_persons_in_direct_order(), cite/name_shapes.h). Empty unless
// every name reads.
std::vector<PersonName> read_names_of_persons(std::string_view list);

// Vancouver's "Freeman EW, Sammel MD, Liu L" or "Costa PT Jr": each name a
// family name and its initials run together. Empty unless every name reads.
std::vector<PersonName> read_vancouver_names(std::string_view list);

// Reads the authors standing first, inverted ("Sternberg, Robert J.") and
// then in direct order after "and" ("and Tamara L. Newton"), up to the end
// of the author element, and the first year that stands alone after them
// ("1986," "2001." "Norton, 2008."). Nullopt when either is missing. Linear in
// the length of `text`, which is plain text without its link.
std::optional<ForeignReading> read_foreign_reference(std::string_view text);

}  // namespace mwp
