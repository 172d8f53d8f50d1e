// Pagefind (npm `pagefind`) as the search of a site deployed as static files:
// it indexes the article bodies the theme marks with data-pagefind-body and
// writes its bundle to <out_dir>/pagefind/, which search.js falls back to
// when there is no /api/search.
#pragma once

#include <filesystem>
#include <optional>

#include "diag/diagnostic.h"

namespace mwp {

// The pagefind executable: $MWP_PAGEFIND when set, else the first
// node_modules/.bin/pagefind found walking up from `start` and then from the
// current directory, else `pagefind` on PATH. Nullopt when none exists.
std::optional<std::filesystem::path> find_pagefind(const std::filesystem::path& start);

// Runs `pagefind --site out_dir` (pass the staging folder of a build, before
// it is committed). Returns false after adding "pagefind-missing" when no
// executable is found, or "pagefind-failed" with the end of its output when
// it exits unsuccessfully.
bool run_pagefind(const std::filesystem::path& out_dir, Diagnostics& diagnostics);

}  // namespace mwp
