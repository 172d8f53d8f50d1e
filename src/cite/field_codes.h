// The field codes that word processors and reference managers leave in a
// pasted bibliography, which are no part of any reference.
#pragma once

#include <cstddef>
#include <string_view>

namespace mwp {

// Past the field code at text[i] that Word's reference managers leave
// before the first entry of a bibliography ("ADDIN EN.REFLIST ", "{ ADDIN
// ZOTERO_BIBL {...} CSL_BIBLIOGRAPHY }"), EndNote's unformatted citation
// ("{Kessler, 2005 #27}") or Google Scholar's label ("[PDF] "); `i` when
// none stands there. Reads at most a few thousand bytes.
size_t past_field_code(std::string_view text, size_t i);

// The length of Word's hyperlink field code at text[i], `HYPERLINK "url" `,
// which pastes before the link's own text; 0 when none stands there.
size_t hyperlink_field_length(std::string_view text, size_t i);

}  // namespace mwp
