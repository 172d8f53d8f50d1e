#include "render/theme.h"

#include <fstream>
#include <mstch/mstch.hpp>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>

#include "text/escape.h"

namespace mwp {
namespace {

namespace fs = std::filesystem;

mstch::node to_mstch(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      mstch::map map;
      for (const auto& [key, item] : value.items()) map.emplace(key, to_mstch(item));
      return map;
    }
    case nlohmann::json::value_t::array: {
      mstch::array array;
      array.reserve(value.size());
      for (const auto& item : value) array.push_back(to_mstch(item));
      return array;
    }
    case nlohmann::json::value_t::string:
      return value.get<std::string>();
    case nlohmann::json::value_t::boolean:
      return value.get<bool>();
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      return std::to_string(value.get<long long>());
    case nlohmann::json::value_t::number_float:
      return value.get<double>();
    default:
      return nullptr;
  }
}

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return text.str();
}

// Reads every *.mustache file directly in `dir` into `into`, keyed by stem.
void read_templates(const fs::path& dir, std::map<std::string, std::string, std::less<>>& into,
                    Diagnostics& diagnostics) {
  std::error_code error;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    if (!it->is_regular_file() || it->path().extension() != ".mustache") continue;
    auto text = read_file(it->path());
    if (!text) {
      diagnostics.error(it->path().string(), 0, 0, "theme-read-failed", "cannot read template");
      continue;
    }
    into[it->path().stem().string()] = std::move(*text);
  }
  if (error) {
    diagnostics.error(dir.string(), 0, 0, "theme-read-failed", "cannot list: " + error.message());
  }
}

// mstch's own escaping also encodes '/', '`' and '=' ("https:&#x2F;&#x2F;...");
// mwp's is enough for text and quoted attributes and keeps URLs readable.
void use_mwp_escaping() {
  static std::once_flag once;
  std::call_once(once, [] {
    mstch::config::escape = [](const std::string& text) { return html_escape(text); };
  });
}

}  // namespace

const std::vector<std::string>& required_templates() {
  static const std::vector<std::string> names = {"article", "category", "home",   "page",
                                                 "404",     "source",   "sources"};
  return names;
}

std::optional<std::string> Theme::render(std::string_view name, const nlohmann::json& context,
                                         Diagnostics& diagnostics) const {
  const auto found = templates.find(name);
  const std::string path = (dir / "templates" / (std::string(name) + ".mustache")).string();
  if (found == templates.end()) {
    diagnostics.error(path, 0, 0, "theme-template-missing",
                      "the theme has no template '" + std::string(name) + "'");
    return std::nullopt;
  }
  use_mwp_escaping();
  try {
    return mstch::render(found->second, to_mstch(context), partials);
  } catch (const std::exception& e) {
    diagnostics.error(path, 0, 0, "theme-template-invalid", e.what());
    return std::nullopt;
  }
}

std::optional<Theme> load_theme(const fs::path& theme_dir, Diagnostics& diagnostics) {
  std::error_code error;
  if (!fs::is_directory(theme_dir / "templates", error)) {
    diagnostics.error(theme_dir.string(), 0, 0, "theme-not-found",
                      "no theme here: expected a templates/ folder");
    return std::nullopt;
  }
  use_mwp_escaping();
  Theme theme;
  theme.dir = theme_dir;
  if (fs::is_directory(theme_dir / "static", error)) theme.static_dir = theme_dir / "static";
  const size_t errors_before = diagnostics.error_count();
  read_templates(theme_dir / "templates", theme.templates, diagnostics);
  std::map<std::string, std::string, std::less<>> partials;
  if (fs::is_directory(theme_dir / "templates" / "partials", error)) {
    read_templates(theme_dir / "templates" / "partials", partials, diagnostics);
  }
  theme.partials.insert(partials.begin(), partials.end());
  for (const std::string& name : required_templates()) {
    if (!theme.has(name)) {
      diagnostics.error((theme_dir / "templates" / (name + ".mustache")).string(), 0, 0,
                        "theme-template-missing", "the theme has no template '" + name + "'");
    }
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return theme;
}

}  // namespace mwp
