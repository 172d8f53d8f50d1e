#include "diagnostic_output.h"

#include <fmt/format.h>

#include <cstdio>
#include <nlohmann/json.hpp>

namespace mwp::cli {

void print_diagnostics(const Diagnostics& diagnostics, OutputFormat format) {
  if (format == OutputFormat::json) {
    fmt::print("{}\n", to_json(diagnostics).dump(2));
    return;
  }
  for (const auto& d : diagnostics.items()) fmt::print(stderr, "{}\n", format_text(d));
  if (!diagnostics.empty()) {
    fmt::print(stderr, "{} error(s), {} warning(s)\n", diagnostics.error_count(),
               diagnostics.warning_count());
  }
}

void print_stage_timings(const std::vector<StageTiming>& stages) {
  double total = 0;
  for (const auto& s : stages) {
    const double ms = static_cast<double>(s.elapsed.count()) / 1000.0;
    total += ms;
    fmt::print(stderr, "  {:<8} {:>9.1f} ms\n", s.stage, ms);
  }
  fmt::print(stderr, "  {:<8} {:>9.1f} ms\n", "total", total);
}

}  // namespace mwp::cli
