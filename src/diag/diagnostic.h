// Compiler-shaped diagnostics: `path:line:col: severity: message [code]`.
//
// Every problem mwp finds in its input is reported as a Diagnostic with a
// stable code (kebab-case, listed in docs/diagnostics.md). Stages never print
// or throw for bad input; they append to a Diagnostics list and carry on where
// that is safe, so one run reports every problem it can.
#pragma once

#include <functional>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mwp {

enum class Severity { error, warning, note };

// An edit that resolves a diagnostic: `original`, the source text at the
// diagnostic's line and column, becomes `replacement`.
struct Fix {
  std::string original;
  std::string replacement;
};

std::string_view severity_name(Severity severity);

struct Diagnostic {
  Severity severity = Severity::error;
  std::string path;  // as given on the command line or relative to the site
  int line = 0;      // 1-based; 0 when the problem concerns the whole file
  int column = 0;    // 1-based code points; 0 when unknown
  std::string code;  // stable identifier, e.g. "missing-section"
  std::string message;
  std::string suggestion;                 // optional "did you mean" text
  std::optional<Fix> fix = std::nullopt;  // optional machine-applicable form of the suggestion
};

// An ordered list of diagnostics. Not thread-safe: give each worker its own
// and merge() them in a deterministic order.
class Diagnostics {
 public:
  void add(Diagnostic diagnostic);
  void error(std::string path, int line, int column, std::string code, std::string message);
  void warning(std::string path, int line, int column, std::string code, std::string message);
  void merge(Diagnostics&& other);

  // Turns each error that `which` returns true for into a warning (the
  // problems of a draft, which never fail a build).
  void demote_errors(const std::function<bool(const Diagnostic&)>& which);

  // Orders by path, then line, then column; stable for equal positions.
  void sort();

  bool has_errors() const { return errors_ > 0; }
  size_t error_count() const { return errors_; }
  size_t warning_count() const;
  bool empty() const { return items_.empty(); }
  size_t size() const { return items_.size(); }
  const std::vector<Diagnostic>& items() const { return items_; }

  // True when some diagnostic has this code (for tests and callers that branch on one).
  bool contains(std::string_view code) const;

 private:
  std::vector<Diagnostic> items_;
  size_t errors_ = 0;
};

// "path:line:col: error: message [code]", omitting :line:col parts that are 0,
// followed by "\n  suggestion: ..." when there is a suggestion. A note
// ("path:line:col: note: ...") points at something an error or warning
// before it concerns, such as the reference a citation was meant for; notes
// are not counted as errors or warnings.
std::string format_text(const Diagnostic& diagnostic);

nlohmann::json to_json(const Diagnostic& diagnostic);

// {"diagnostics": [...], "errors": N, "warnings": N}
nlohmann::json to_json(const Diagnostics& diagnostics);

}  // namespace mwp
