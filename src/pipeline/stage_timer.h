// Times one pipeline stage into a BuildReport-style list.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "pipeline/site_build.h"

namespace mwp {

// Records the time from construction to destruction as one StageTiming
// appended to `timings` (when not null), and reports the stage's start to
// `progress` (when set).
class StageTimer {
 public:
  StageTimer(std::vector<StageTiming>* timings, std::string stage,
             const BuildProgress& progress = {})
      : timings_(timings), stage_(std::move(stage)), start_(std::chrono::steady_clock::now()) {
    if (progress) progress(stage_, 0, 0);
  }
  ~StageTimer() {
    if (timings_ == nullptr) return;
    const auto elapsed = std::chrono::steady_clock::now() - start_;
    timings_->push_back({stage_, std::chrono::duration_cast<std::chrono::microseconds>(elapsed)});
  }
  StageTimer(const StageTimer&) = delete;
  StageTimer& operator=(const StageTimer&) = delete;

 private:
  std::vector<StageTiming>* timings_;
  std::string stage_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace mwp
