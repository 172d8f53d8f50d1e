#include "serve/preview_state.h"

#include <nlohmann/json.hpp>

namespace mwp::serve {

void PreviewState::publish(bool ok, const Diagnostics& diagnostics) {
  nlohmann::json status = to_json(diagnostics);
  for (size_t i = 0; i < diagnostics.size(); ++i) {
    status["diagnostics"][i]["text"] = format_text(diagnostics.items()[i]);
  }
  status["ok"] = ok;
  {
    std::lock_guard lock(mutex_);
    event_.generation += 1;
    event_.ok = ok;
    status["generation"] = event_.generation;
    status_json_ = status.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  changed_.notify_all();
}

PreviewEvent PreviewState::current() const {
  std::lock_guard lock(mutex_);
  return event_;
}

std::string PreviewState::status_json() const {
  std::lock_guard lock(mutex_);
  return status_json_;
}

std::optional<PreviewEvent> PreviewState::wait_for_change(uint64_t seen,
                                                          std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  bool changed =
      changed_.wait_for(lock, timeout, [&] { return closed_ || event_.generation != seen; });
  if (!changed || closed_) return std::nullopt;
  return event_;
}

void PreviewState::close() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  changed_.notify_all();
}

bool PreviewState::closed() const {
  std::lock_guard lock(mutex_);
  return closed_;
}

std::string sse_message(std::string_view name, std::string_view data) {
  std::string out = "event: ";
  for (char c : name) {
    if (c != '\r' && c != '\n') out.push_back(c);
  }
  out.push_back('\n');
  for (;;) {
    size_t end = data.find_first_of("\r\n");
    out += "data: ";
    out.append(data.substr(0, end));
    out.push_back('\n');
    if (end == std::string_view::npos) break;
    if (data[end] == '\r' && end + 1 < data.size() && data[end + 1] == '\n') ++end;
    data.remove_prefix(end + 1);
  }
  out.push_back('\n');
  return out;
}

}  // namespace mwp::serve
