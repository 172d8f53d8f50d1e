#include "diag/diagnostic.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace mwp {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "note";
  }
  return "error";
}

void Diagnostics::add(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::error) ++errors_;
  items_.push_back(std::move(diagnostic));
}

void Diagnostics::error(std::string path, int line, int column, std::string code,
                        std::string message) {
  add({Severity::error, std::move(path), line, column, std::move(code), std::move(message), {}});
}

void Diagnostics::warning(std::string path, int line, int column, std::string code,
                          std::string message) {
  add({Severity::warning, std::move(path), line, column, std::move(code), std::move(message), {}});
}

void Diagnostics::merge(Diagnostics&& other) {
  items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                std::make_move_iterator(other.items_.end()));
  errors_ += other.errors_;
  other.items_.clear();
  other.errors_ = 0;
}

void Diagnostics::demote_errors(const std::function<bool(const Diagnostic&)>& which) {
  for (Diagnostic& d : items_) {
    if (d.severity != Severity::error || !which(d)) continue;
    d.severity = Severity::warning;
    --errors_;
  }
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.path, a.line, a.column) < std::tie(b.path, b.line, b.column);
  });
}

size_t Diagnostics::warning_count() const {
  return static_cast<size_t>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::warning;
  }));
}

bool Diagnostics::contains(std::string_view code) const {
  return std::any_of(items_.begin(), items_.end(),
                     [&](const Diagnostic& d) { return d.code == code; });
}

std::string format_text(const Diagnostic& d) {
  std::string location = d.path;
  if (d.line > 0) {
    location += fmt::format(":{}", d.line);
    if (d.column > 0) location += fmt::format(":{}", d.column);
  }
  std::string text =
      fmt::format("{}: {}: {} [{}]", location, severity_name(d.severity), d.message, d.code);
  if (!d.suggestion.empty()) text += fmt::format("\n  suggestion: {}", d.suggestion);
  return text;
}

nlohmann::json to_json(const Diagnostic& d) {
  nlohmann::json j = {{"path", d.path},     {"line", d.line},
                      {"column", d.column}, {"severity", severity_name(d.severity)},
                      {"code", d.code},     {"message", d.message}};
  if (!d.suggestion.empty()) j["suggestion"] = d.suggestion;
  if (d.fix) j["fix"] = {{"original", d.fix->original}, {"replacement", d.fix->replacement}};
  return j;
}

nlohmann::json to_json(const Diagnostics& diagnostics) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& d : diagnostics.items()) list.push_back(to_json(d));
  return {{"diagnostics", std::move(list)},
          {"errors", diagnostics.error_count()},
          {"warnings", diagnostics.warning_count()}};
}

}  // namespace mwp
