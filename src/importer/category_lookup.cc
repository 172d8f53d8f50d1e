#include "importer/category_lookup.h"

#include <algorithm>

#include "content/section_matcher.h"
#include "importer/plain_text_lines.h"
#include "text/edit_distance.h"

namespace mwp {
namespace {

std::string breadcrumb_key(std::string_view text) {
  std::string spaced = straighten_quotes(text);
  for (std::string_view separator :
       {"\u203A", "\u2192", "\u2023", "\u2022", "\u00B7", "\u2013", "\u2014", "\u276F"}) {
    for (size_t at = spaced.find(separator); at != std::string::npos; at = spaced.find(separator)) {
      spaced.replace(at, separator.size(), " ");
    }
  }
  std::string key = normalise_heading(spaced);
  if (key.starts_with("home ")) key.erase(0, 5);
  return key;
}

std::string chain_key(std::span<const Category> categories, size_t category) {
  std::string joined;
  for (const auto& name : category_names(categories, category)) joined += name + " ";
  return breadcrumb_key(joined);
}

std::string_view trim_slashes(std::string_view s) {
  while (!s.empty() && (s.front() == '/' || s.front() == ' ')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == '/' || s.back() == ' ')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<std::string> category_names(std::span<const Category> categories, size_t category) {
  std::vector<std::string> names;
  std::optional<size_t> at = category;
  while (at && *at < categories.size() && names.size() <= categories.size()) {
    names.push_back(categories[*at].name);
    at = categories[*at].parent;
  }
  std::reverse(names.begin(), names.end());
  return names;
}

std::optional<size_t> match_breadcrumb(std::string_view line,
                                       std::span<const Category> categories) {
  const std::string key = breadcrumb_key(line);
  if (key.empty()) return std::nullopt;
  for (size_t i = 0; i < categories.size(); ++i) {
    if (chain_key(categories, i) == key) return i;
  }
  return std::nullopt;
}

std::optional<size_t> find_category(std::string_view path_or_breadcrumb,
                                    std::span<const Category> categories) {
  const std::string_view path = trim_slashes(path_or_breadcrumb);
  for (size_t i = 0; i < categories.size(); ++i) {
    if (categories[i].path == path) return i;
  }
  return match_breadcrumb(path_or_breadcrumb, categories);
}

std::string nearest_category(std::string_view line, std::span<const Category> categories) {
  const std::string key = breadcrumb_key(line);
  size_t best = categories.size();
  size_t best_distance = key.size() / 3 + 1;
  for (size_t i = 0; i < categories.size(); ++i) {
    const size_t distance = edit_distance(key, chain_key(categories, i));
    if (distance < best_distance) {
      best = i;
      best_distance = distance;
    }
  }
  if (best == categories.size()) return {};
  std::string shown;
  for (const auto& name : category_names(categories, best)) {
    shown += shown.empty() ? name : " \u203A " + name;
  }
  return shown + " (" + categories[best].path + ")";
}

}  // namespace mwp
