// The version of this mwp binary and the commit it was built from.
#pragma once

namespace mwp {

// "0.1.0 (commit 1a2b3c4d5e6f)"; "+ changes" follows the commit when the
// work tree differed from it, and the commit is "unknown" outside git.
extern const char* const kVersionText;

}  // namespace mwp
