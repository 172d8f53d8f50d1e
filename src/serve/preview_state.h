// The live-preview state shared by the rebuild loop and the HTTP handlers:
// the outcome of the last build and a generation counter that Server-Sent
// Event streams wait on.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace mwp::serve {

struct PreviewEvent {
  uint64_t generation = 0;  // increases by one per published build
  bool ok = true;           // false: the build failed, the previous site is still served
};

class PreviewState {
 public:
  // Records a finished build and wakes every waiter. A successful build
  // means "reload"; a failed one means "show the diagnostics".
  void publish(bool ok, const Diagnostics& diagnostics);

  PreviewEvent current() const;

  // {"ok": bool, "generation": N, "errors": N, "warnings": N,
  //  "diagnostics": [{..., "text": "<as the CLI prints it>"}]}
  std::string status_json() const;

  // Blocks until the generation differs from `seen`, the timeout passes, or
  // close() is called. Returns the new event, or nullopt on timeout / close.
  std::optional<PreviewEvent> wait_for_change(uint64_t seen, std::chrono::milliseconds timeout);

  // Wakes all waiters for good (server shutdown).
  void close();
  bool closed() const;

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  PreviewEvent event_;
  std::string status_json_ =
      R"({"ok":true,"generation":0,"errors":0,"warnings":0,"diagnostics":[]})";
  bool closed_ = false;
};

// One Server-Sent Events message: "event: <name>\ndata: <line>\n...\n\n".
// Every line of `data` gets its own "data:" field; CR and LF never end up
// inside a field.
std::string sse_message(std::string_view name, std::string_view data);

}  // namespace mwp::serve
