// LaTeX markup in BibTeX field values, as Unicode text.
#pragma once

#include <string>
#include <string_view>

namespace mwp {

// Returns `latex` with braces dropped, accent commands composed (\'e, {\"o},
// \c{c}, \v{s} ...), symbols (\ss, \o, \ae ...) and escapes (\& \% \_)
// converted, "--" and "---" as en and em dashes, and "~" as a space. Other
// commands (\emph, \textit) are dropped and their arguments kept.
std::string latex_to_unicode(std::string_view latex);

}  // namespace mwp
