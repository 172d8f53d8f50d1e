// Name lists in APA reference entries.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cite/name_text.h"
#include "model/reference.h"

namespace mwp {

struct NameListParse {
  std::vector<PersonName> names;
  bool truncated = false;  // ". . ." before the last name
  bool ok = true;
  size_t bad_offset = 0;  // byte offset in the parsed text of the failing part
  std::string bad_part;   // that part, as written
};

// Parses an inverted author list: "Gross, J. J.", "Levant, R. F., Hall,
// R. J., & Hasan, N. T.", "Gross, J. J. & John, O. P.", "de Waal, F. B. M.",
// "King, M. L., Jr.", an organisation ("American Psychological
// Association"), or up to 19 names, an ellipsis and the last. A trailing "."
// is allowed. Promises: given names hold the initials as written ("J. J.");
// particles ("de", "van der") go to non_dropping_particle; a name that has
// no initials becomes `literal`; ok == false for a part holding digits or
// brackets, or an empty part.
NameListParse parse_apa_author_list(std::string_view text);

// Parses given-first names as in a chapter's "In J. J. Gross & A.-M. Smith
// (Eds.)": "A. Ed, B. Ed, & C. Ed", "J. J. Gross and O. P. John".
NameListParse parse_apa_editor_list(std::string_view text);

}  // namespace mwp
