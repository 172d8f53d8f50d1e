// A theme: Mustache templates, partials and static assets, loaded once per
// build so a site's look can change without recompiling.
//
//   <theme>/templates/<name>.mustache           page templates
//   <theme>/templates/partials/<name>.mustache  partials, used as {{> name}}
//   <theme>/static/                             copied to /assets/ as-is
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "render/mustache_template.h"

namespace mwp {

class Theme {
 public:
  std::filesystem::path dir;
  std::filesystem::path static_dir;  // empty when the theme has no static/ folder
  std::map<std::string, MustacheTemplate, std::less<>> templates;  // partials included
  // The text the templates were parsed from (for the search page bundle).
  PartialTexts template_texts;
  PartialTexts partial_texts;

  bool has(std::string_view name) const { return templates.find(name) != templates.end(); }

  // Renders template `name` with `context` (Mustache: {{x}} is HTML-escaped,
  // {{{x}}} is not and must only receive HTML the renderer built). Returns
  // nullopt and records a diagnostic when the template is missing.
  // Thread-safe.
  std::optional<std::string> render(std::string_view name, const nlohmann::json& context,
                                    Diagnostics& diagnostics) const;
};

// The page templates every theme must provide.
const std::vector<std::string>& required_templates();

// Loads and parses every template under `theme_dir`, with the partials it
// uses. Returns nullopt when the folder cannot be read, a required template
// is missing or a template is invalid (each problem is a diagnostic:
// theme-not-found, theme-template-missing, theme-read-failed,
// theme-template-invalid).
std::optional<Theme> load_theme(const std::filesystem::path& theme_dir, Diagnostics& diagnostics);

// Parses page templates `texts` with `partials` into a Theme without reading
// files (no static folder). Each invalid template is a theme-template-invalid
// diagnostic at <dir>/templates/<name>.mustache; then nullopt. Required
// templates are not checked.
std::optional<Theme> parse_theme(const std::filesystem::path& dir, PartialTexts texts,
                                 PartialTexts partials, Diagnostics& diagnostics);

}  // namespace mwp
