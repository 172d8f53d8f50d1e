// YAML front matter: splitting it from the body and reading typed fields.
#pragma once

#include <yaml-cpp/yaml.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "model/date.h"

namespace mwp {

// A document split at its front matter. `body_line` is the 1-based line of
// the source where `body` starts.
struct SplitDocument {
  std::string_view yaml;
  std::string_view body;
  int yaml_line = 0;  // line of the first YAML line; 0 when there is no front matter
  int body_line = 1;
};

// Splits "---\n<yaml>\n---\n<body>". A document without an opening "---"
// line has no front matter. An opening line without a closing one is
// reported as front-matter-unclosed and nullopt returned.
std::optional<SplitDocument> split_front_matter(std::string_view text,
                                                const std::string& display_path,
                                                Diagnostics& diagnostics);

// Typed, position-aware access to a front-matter mapping. Every accessor
// reports a wrong type (field-type), a missing required field
// (missing-field) or a bad date (bad-date) at the field's line and column.
class FrontMatter {
 public:
  // Parses `split.yaml`; reports yaml-syntax with the parser's
  // position and returns nullopt on a syntax error or a non-mapping root.
  static std::optional<FrontMatter> parse(const SplitDocument& split, std::string display_path,
                                          Diagnostics& diagnostics);

  std::optional<std::string> string(const std::string& key, bool required, Diagnostics& d);
  std::optional<Date> date(const std::string& key, bool required, Diagnostics& d);
  std::optional<bool> boolean(const std::string& key, Diagnostics& d);
  std::optional<int> integer(const std::string& key, Diagnostics& d);
  std::vector<std::string> string_list(const std::string& key, Diagnostics& d);
  std::map<std::string, std::string> string_map(const std::string& key, Diagnostics& d);

  // The mapping under `key` (nullopt when absent; field-type when not a mapping).
  std::optional<FrontMatter> mapping(const std::string& key, Diagnostics& d) const;

  // The mappings listed under `key` (field-type for any item that is not one).
  std::vector<FrontMatter> mapping_list(const std::string& key, Diagnostics& d) const;

  bool has(const std::string& key) const;
  const std::string& display_path() const { return display_path_; }

  // Line of `key` in the source file (the document start when absent).
  int line_of(const std::string& key) const;

  // Warns (unknown-field) about every key not in `known`.
  void warn_unknown_keys(const std::set<std::string>& known, Diagnostics& d) const;

 private:
  // A mapping's entries, in source order.
  struct Entry {
    std::string key;
    YAML::Node key_node;  // for its position
    YAML::Node value;
  };

  FrontMatter(const YAML::Node& root, std::string display_path, int yaml_line);
  // The value under `key`; an undefined node when absent. yaml-cpp's own
  // lookup converts every key of the mapping to a string on each call.
  YAML::Node node(std::string_view key) const;
  void type_error(const std::string& key, const YAML::Node& node, std::string_view expected,
                  Diagnostics& d) const;
  int line(const YAML::Node& node) const;
  int column(const YAML::Node& node) const;

  std::vector<Entry> entries_;
  std::string display_path_;
  int yaml_line_ = 0;
};

}  // namespace mwp
