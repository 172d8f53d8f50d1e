// The evidence gold set (tests/evidence/README.md): reference strings with
// the fields they must be read as, and articles with every citation and the
// diagnostics that must appear.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mwp::evidence {

// Field name (the gold set's keys) -> value, as text. Lists are joined by
// "; ", numbers written in decimal.
using Fields = std::map<std::string, std::string>;

struct GoldReference {
  std::string file;  // for the report
  int index = 0;     // 1-based position in its file
  std::string text;
  Fields fields;
  std::vector<std::string> type_accepts;  // other types the string cannot be told from
  bool well_formed = true;
  // The style a string in another style is written in ("mla", "chicago",
  // "vancouver", "ama", "ieee", "wikipedia", "taylor-francis"); empty for APA
  // 7 and for APA 6 and Harvard habits, which mwp reads whole.
  std::string style;
  std::vector<std::string> warnings;  // codes mwp must give
  std::string error;                  // the code when it cannot be read at all
};

struct GoldCitation {
  int line = 0;
  std::string text;
  std::optional<int> reference;  // 1-based entry of the sources list
  std::string diagnostic;        // a planted mistake's code
};

struct GoldDiagnostic {
  int line = 0;
  std::string code;
};

struct GoldArticle {
  std::filesystem::path markdown;
  std::optional<std::string> text;  // the Markdown, when not the file's (a rewrite)
  std::string name;
  std::vector<GoldCitation> citations;
  std::vector<GoldDiagnostic> diagnostics;
};

struct GoldSet {
  std::vector<GoldReference> references;
  std::vector<GoldArticle> articles;
};

// Reads every gold/references/*.yaml and gold/articles/*.gold.yaml under
// `dir`. Problems (unreadable YAML, an article without its .md) go to
// `errors`, one line each; what could be read is returned.
GoldSet load_gold_set(const std::filesystem::path& dir, std::vector<std::string>& errors);

}  // namespace mwp::evidence
