#include "diagnostic_output.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace mwp::cli {

void print_diagnostics(const Diagnostics& diagnostics, OutputFormat format) {
  if (format == OutputFormat::json) {
    fmt::print("{}\n", to_json(diagnostics).dump(2));
    return;
  }
  print_diagnostic_lines(diagnostics);
  if (!diagnostics.empty()) {
    fmt::print(stderr, "{}, {}\n", counted(diagnostics.error_count(), "error"),
               counted(diagnostics.warning_count(), "warning"));
  }
}

void print_diagnostic_lines(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.items()) fmt::print(stderr, "{}\n", format_text(d));
}

void print_stage_timings(const std::vector<StageTiming>& stages) {
  const auto ms = [](std::chrono::microseconds t) {
    return static_cast<double>(t.count()) / 1000.0;
  };
  double total = 0;
  double total_cpu = 0;
  uint64_t peak_kb = 0;
  for (const auto& s : stages) {
    total += ms(s.elapsed);
    total_cpu += ms(s.cpu);
    peak_kb = std::max(peak_kb, s.peak_rss_kb);
    fmt::print(stderr, "  {:<8} {:>9.1f} ms   cpu {:>9.1f} ms   peak rss {:>6} MB\n", s.stage,
               ms(s.elapsed), ms(s.cpu), s.peak_rss_kb / 1024);
  }
  fmt::print(stderr, "  {:<8} {:>9.1f} ms   cpu {:>9.1f} ms   peak rss {:>6} MB\n", "total", total,
             total_cpu, peak_kb / 1024);
}

std::string counted(size_t count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

bool site_unreadable(const Diagnostics& diagnostics) {
  return diagnostics.contains("config-missing") || diagnostics.contains("content-missing") ||
         diagnostics.contains("file-unreadable");
}

}  // namespace mwp::cli
