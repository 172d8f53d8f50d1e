// Printing diagnostics, summaries and stage timings for the CLI.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "command.h"
#include "diag/diagnostic.h"
#include "pipeline/site_build.h"

namespace mwp::cli {

// Text: print_diagnostic_lines(), then "2 errors, 1 warning" on stderr when
// there are any. JSON: to_json(diagnostics) on stdout.
void print_diagnostics(const Diagnostics& diagnostics, OutputFormat format);

// One compiler-shaped line per diagnostic on stderr.
void print_diagnostic_lines(const Diagnostics& diagnostics);

// "stage  12.3 ms" lines on stderr, then the total.
void print_stage_timings(const std::vector<StageTiming>& stages);

// "0 errors", "1 error", "3 errors": `count` and `noun`, plural with an s.
std::string counted(size_t count, std::string_view noun);

// True when the diagnostics say the site folder itself could not be used (no
// site.yaml, no content/, an unreadable file): the exit status is then
// kExitUsage, not kExitContentError.
bool site_unreadable(const Diagnostics& diagnostics);

}  // namespace mwp::cli
