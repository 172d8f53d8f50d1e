#include "progress_bar.h"

#include <fmt/format.h>
#include <unistd.h>

namespace mwp::cli {
namespace {

constexpr size_t kBarWidth = 24;
constexpr std::chrono::milliseconds kRedraw{100};

}  // namespace

std::string group_thousands(size_t value) {
  std::string digits = std::to_string(value);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::unique_ptr<ProgressBar> ProgressBar::for_terminal(std::FILE* stream, bool quiet) {
  if (quiet || ::isatty(::fileno(stream)) == 0) return nullptr;
  return std::make_unique<ProgressBar>(stream, std::chrono::seconds(1));
}

ProgressBar::ProgressBar(std::FILE* stream, std::chrono::milliseconds delay)
    : stream_(stream), start_(std::chrono::steady_clock::now()), delay_(delay) {}

ProgressBar::~ProgressBar() {
  finish();
}

std::string ProgressBar::line(std::string_view stage, size_t done, size_t total) const {
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::string text = fmt::format("{:<8}", stage);
  if (total > 0) {
    const size_t filled = std::min(kBarWidth, done * kBarWidth / total);
    text += "[" + std::string(filled, '#') + std::string(kBarWidth - filled, '-') + "]  " +
            group_thousands(done) + "/" + group_thousands(total);
  }
  return text + fmt::format("  {:.1f} s", seconds);
}

void ProgressBar::update(std::string_view stage, size_t done, size_t total) {
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(mutex_);
  if (now - start_ < delay_ || (drawn_ && now - last_draw_ < kRedraw)) return;
  last_draw_ = now;
  drawn_ = true;
  // \r to the line start, the text, then erase whatever a longer line left.
  fmt::print(stream_, "\r{}\x1b[K", line(stage, done, total));
  std::fflush(stream_);
}

void ProgressBar::finish() {
  std::lock_guard lock(mutex_);
  if (!drawn_) return;
  fmt::print(stream_, "\r\x1b[K");
  std::fflush(stream_);
  drawn_ = false;
}

}  // namespace mwp::cli
