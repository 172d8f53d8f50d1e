// Times one pipeline stage into a BuildReport-style list.
#pragma once

#include <sys/resource.h>

#include <chrono>
#include <string>
#include <vector>

#include "pipeline/site_build.h"

namespace mwp {

// Records the wall time and process CPU time from construction to
// destruction, and the peak RSS at destruction, as one StageTiming appended
// to `timings` (when not null); reports the stage's start to `progress`
// (when set).
class StageTimer {
 public:
  StageTimer(std::vector<StageTiming>* timings, std::string stage,
             const BuildProgress& progress = {})
      : timings_(timings),
        stage_(std::move(stage)),
        start_(std::chrono::steady_clock::now()),
        start_cpu_(process_usage().cpu) {
    if (progress) progress(stage_, 0, 0);
  }
  ~StageTimer() {
    if (timings_ == nullptr) return;
    const auto elapsed = std::chrono::steady_clock::now() - start_;
    const Usage end = process_usage();
    timings_->push_back({stage_, std::chrono::duration_cast<std::chrono::microseconds>(elapsed),
                         end.cpu - start_cpu_, end.peak_rss_kb});
  }
  StageTimer(const StageTimer&) = delete;
  StageTimer& operator=(const StageTimer&) = delete;

 private:
  struct Usage {
    std::chrono::microseconds cpu{0};
    uint64_t peak_rss_kb = 0;
  };
  static Usage process_usage() {
    rusage u{};
    if (getrusage(RUSAGE_SELF, &u) != 0) return {};
    const auto micros = [](const timeval& t) {
      return std::chrono::seconds(t.tv_sec) + std::chrono::microseconds(t.tv_usec);
    };
    return {micros(u.ru_utime) + micros(u.ru_stime), static_cast<uint64_t>(u.ru_maxrss)};
  }

  std::vector<StageTiming>* timings_;
  std::string stage_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::microseconds start_cpu_;
};

}  // namespace mwp
