// The shape of each field of a reference: what a name, a title, a journal, a
// publisher, a volume or a page range can hold. A reading that put text in
// the wrong field leaves a field of the wrong shape behind (a volume in the
// journal's name, a place before the publisher, a bullet before a name, a
// description left in the title), so the reader checks every field it read
// with confidence against its shape before it claims that confidence.
#pragma once

#include <string>
#include <vector>

#include "model/reference.h"

namespace mwp {

// One doubt for each field of `reference` whose value is not shaped like
// that field, in the words of the reader's doubts: "the periodical
// \"Journal of X, 42[2]\", which holds a volume or issue". Empty when every
// field has its shape. Fields that are empty are not checked, and neither
// is `verbatim`. Linear in the size of the reference.
std::vector<std::string> doubt_field_shapes(const Reference& reference);

}  // namespace mwp
