// Printing diagnostics and stage timings for the CLI.
#pragma once

#include <vector>

#include "command.h"
#include "diag/diagnostic.h"
#include "pipeline/site_build.h"

namespace mwp::cli {

// Text: one compiler-shaped line per diagnostic on stderr, then a summary
// line when there are any. JSON: to_json(diagnostics) on stdout.
void print_diagnostics(const Diagnostics& diagnostics, OutputFormat format);

// "stage  12.3 ms" lines on stderr, then the total.
void print_stage_timings(const std::vector<StageTiming>& stages);

}  // namespace mwp::cli
