// A legal reference's text, in the legal form APA 7 keeps (chapter 11).
#pragma once

#include <string>

#include "model/reference.h"

namespace mwp {

// A case's or a law's citation as one roman sentence, without its closing
// period or link: "Tarasoff v. Regents ..., 17 Cal. 3d 425 (1976)", "... Act
// of 2008, Pub. L. No. 110-343, 122 Stat. 3881 (2008)", "Mental Health Act
// 1983, c. 20", "Mental Health Act, R.S.O. 1990, c. M.7", "Mental Health Act
// 2014 (Vic)".
std::string apa_legal_text(const Reference& r);

}  // namespace mwp
