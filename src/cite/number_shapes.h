// The shape of a reference's volume, issue and pages: numbers, roman
// numerals and the words such numbers hold ("Suppl. B", "e0123", "S1-S12"),
// as the other fields' shapes are checked in cite/reference_shapes.h.
#pragma once

#include <string>
#include <vector>

#include "model/reference.h"

namespace mwp {

// Appends to `doubts` one doubt for each of the volume, issue and pages of
// `reference` that is not shaped like one, in the words of the reader's
// doubts ("the volume \"825-848\", which reads as pages"): a number that
// holds other words, two numbers with nothing between them, pages with an
// issue run into them, a volume that reads as pages, or a journal's page of
// two digits with no issue, which may be an article number written without
// "Article". Linear in the size of those fields.
void doubt_number_shapes(const Reference& reference, std::vector<std::string>& doubts);

}  // namespace mwp
