#include "content/front_matter.h"

#include <fmt/format.h>

namespace mwp {
namespace {

// Returns the end of the line starting at `at` (the index of '\n' or size).
size_t line_end(std::string_view text, size_t at) {
  const size_t end = text.find('\n', at);
  return end == std::string_view::npos ? text.size() : end;
}

bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---";
}

std::string_view node_kind(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a mapping";
    case YAML::NodeType::Null:
      return "empty";
    default:
      return "a single value";
  }
}

}  // namespace

std::optional<SplitDocument> split_front_matter(std::string_view text,
                                                const std::string& display_path,
                                                Diagnostics& diagnostics) {
  SplitDocument split;
  if (!is_fence(text.substr(0, line_end(text, 0)))) {
    split.body = text;
    return split;
  }
  size_t at = line_end(text, 0) + 1;
  const size_t yaml_start = std::min(at, text.size());
  int line = 2;
  while (at < text.size()) {
    const size_t end = line_end(text, at);
    if (is_fence(text.substr(at, end - at))) {
      split.yaml = text.substr(yaml_start, at - yaml_start);
      split.yaml_line = 2;
      split.body = end < text.size() ? text.substr(end + 1) : std::string_view{};
      split.body_line = line + 1;
      return split;
    }
    at = end + 1;
    ++line;
  }
  diagnostics.error(display_path, 1, 1, "front-matter-unclosed",
                    "front matter opened with '---' is never closed by a '---' line");
  return std::nullopt;
}

FrontMatter::FrontMatter(const YAML::Node& root, std::string display_path, int yaml_line)
    : display_path_(std::move(display_path)), yaml_line_(yaml_line) {
  entries_.reserve(root.size());
  for (const auto& entry : root)
    entries_.push_back({entry.first.Scalar(), entry.first, entry.second});
}

YAML::Node FrontMatter::node(std::string_view key) const {
  for (const Entry& entry : entries_) {
    if (entry.key == key) return entry.value;
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

std::optional<FrontMatter> FrontMatter::parse(const SplitDocument& split, std::string display_path,
                                              Diagnostics& diagnostics) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(split.yaml));
  } catch (const YAML::Exception& e) {
    diagnostics.error(display_path, split.yaml_line + e.mark.line, e.mark.column + 1, "yaml-syntax",
                      fmt::format("not valid YAML: {}", e.msg));
    return std::nullopt;
  }
  if (root.IsNull()) root = YAML::Node(YAML::NodeType::Map);
  if (!root.IsMap()) {
    diagnostics.error(display_path, split.yaml_line, 1, "field-type",
                      "front matter must be a mapping of keys to values");
    return std::nullopt;
  }
  return FrontMatter(root, std::move(display_path), split.yaml_line);
}

int FrontMatter::line(const YAML::Node& node) const {
  return yaml_line_ + node.Mark().line;
}

int FrontMatter::column(const YAML::Node& node) const {
  return node.Mark().column + 1;
}

int FrontMatter::line_of(const std::string& key) const {
  for (const Entry& entry : entries_) {
    if (entry.key == key) return line(entry.key_node);
  }
  return yaml_line_ > 0 ? yaml_line_ - 1 : 1;
}

void FrontMatter::type_error(const std::string& key, const YAML::Node& node,
                             std::string_view expected, Diagnostics& d) const {
  d.error(display_path_, line(node), column(node), "field-type",
          fmt::format("'{}' must be {}, not {}", key, expected, node_kind(node)));
}

std::optional<std::string> FrontMatter::string(const std::string& key, bool required,
                                               Diagnostics& d) {
  const YAML::Node node = this->node(key);
  if (!node || node.IsNull()) {
    if (required) {
      d.error(display_path_, yaml_line_ > 0 ? yaml_line_ - 1 : 1, 1, "missing-field",
              fmt::format("front matter has no '{}'", key));
    }
    return std::nullopt;
  }
  if (!node.IsScalar()) {
    type_error(key, node, "text", d);
    return std::nullopt;
  }
  if (required && node.Scalar().empty()) {
    d.error(display_path_, line(node), column(node), "missing-field",
            fmt::format("'{}' is empty", key));
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<Date> FrontMatter::date(const std::string& key, bool required, Diagnostics& d) {
  const auto text = string(key, required, d);
  if (!text) return std::nullopt;
  auto parsed = Date::parse(*text);
  if (!parsed) {
    const YAML::Node node = this->node(key);
    d.error(display_path_, line(node), column(node), "bad-date",
            fmt::format("'{}' is '{}', not a calendar date in YYYY-MM-DD form", key, *text));
  }
  return parsed;
}

std::optional<bool> FrontMatter::boolean(const std::string& key, Diagnostics& d) {
  const YAML::Node node = this->node(key);
  if (!node || node.IsNull()) return std::nullopt;
  bool value = false;
  if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
    type_error(key, node, "true or false", d);
    return std::nullopt;
  }
  return value;
}

std::optional<int> FrontMatter::integer(const std::string& key, Diagnostics& d) {
  const YAML::Node node = this->node(key);
  if (!node || node.IsNull()) return std::nullopt;
  int value = 0;
  if (!node.IsScalar() || !YAML::convert<int>::decode(node, value)) {
    type_error(key, node, "a whole number", d);
    return std::nullopt;
  }
  return value;
}

std::vector<std::string> FrontMatter::string_list(const std::string& key, Diagnostics& d) {
  const YAML::Node node = this->node(key);
  std::vector<std::string> values;
  if (!node || node.IsNull()) return values;
  if (node.IsScalar()) return {node.Scalar()};
  if (!node.IsSequence()) {
    type_error(key, node, "a list of text", d);
    return values;
  }
  for (const auto& item : node) {
    if (!item.IsScalar()) {
      type_error(key, item, "a list of text", d);
      continue;
    }
    values.push_back(item.Scalar());
  }
  return values;
}

std::map<std::string, std::string> FrontMatter::string_map(const std::string& key, Diagnostics& d) {
  const YAML::Node node = this->node(key);
  std::map<std::string, std::string> values;
  if (!node || node.IsNull()) return values;
  if (!node.IsMap()) {
    type_error(key, node, "a mapping", d);
    return values;
  }
  for (const auto& entry : node) {
    if (!entry.second.IsScalar()) {
      type_error(key + "." + entry.first.Scalar(), entry.second, "text", d);
      continue;
    }
    values[entry.first.Scalar()] = entry.second.Scalar();
  }
  return values;
}

std::optional<FrontMatter> FrontMatter::mapping(const std::string& key, Diagnostics& d) const {
  const YAML::Node node = this->node(key);
  if (!node || node.IsNull()) return std::nullopt;
  if (!node.IsMap()) {
    type_error(key, node, "a mapping", d);
    return std::nullopt;
  }
  return FrontMatter(node, display_path_, yaml_line_);
}

std::vector<FrontMatter> FrontMatter::mapping_list(const std::string& key, Diagnostics& d) const {
  const YAML::Node node = this->node(key);
  std::vector<FrontMatter> items;
  if (!node || node.IsNull()) return items;
  if (!node.IsSequence()) {
    type_error(key, node, "a list", d);
    return items;
  }
  for (const auto& item : node) {
    if (item.IsMap()) {
      items.push_back(FrontMatter(item, display_path_, yaml_line_));
    } else {
      type_error(key, item, "a list of mappings", d);
    }
  }
  return items;
}

bool FrontMatter::has(const std::string& key) const {
  const YAML::Node node = this->node(key);
  return node && !node.IsNull();
}

void FrontMatter::warn_unknown_keys(const std::set<std::string>& known, Diagnostics& d) const {
  for (const Entry& entry : entries_) {
    if (!known.contains(entry.key)) {
      d.warning(display_path_, line(entry.key_node), column(entry.key_node), "unknown-field",
                fmt::format("unknown front-matter field '{}'", entry.key));
    }
  }
}

}  // namespace mwp
