// A one-line build progress display for terminals:
//   render  [##############----------]  6,210/10,034  3.2 s
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace mwp::cli {

class ProgressBar {
 public:
  // A bar on `stream`, or nullptr when the stream is not a terminal or the
  // user asked for quiet output: pipes and CI logs get no control codes.
  static std::unique_ptr<ProgressBar> for_terminal(std::FILE* stream, bool quiet);

  // Requires `stream` to stay open. Draws nothing until `delay` has passed
  // (builds faster than that show no bar).
  ProgressBar(std::FILE* stream, std::chrono::milliseconds delay);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // The current stage and, when known (total > 0), how far it is. Redraws
  // at most every 100 ms. Thread-safe.
  void update(std::string_view stage, size_t done, size_t total);

  // Erases the bar, so what follows starts on a clean line. Idempotent.
  void finish();

 private:
  std::string line(std::string_view stage, size_t done, size_t total) const;

  std::FILE* stream_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_{};
  std::chrono::milliseconds delay_;
  std::mutex mutex_;
  bool drawn_ = false;
};

// "10,034": thousands separated by commas.
std::string group_thousands(size_t value);

}  // namespace mwp::cli
