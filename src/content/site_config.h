// The site configuration file (site.yaml) and its article template.
#pragma once

#include <filesystem>
#include <optional>

#include "diag/diagnostic.h"
#include "model/site.h"

namespace mwp {

// Reads `site_dir`/site.yaml (or site.yml). Reports config-missing when
// neither exists, and yaml-syntax, field-type, missing-field or
// template-error (no sections, duplicate section ids, kickers or headings
// that collide) at their positions. Returns nullopt on any error.
std::optional<SiteConfig> load_site_config(const std::filesystem::path& site_dir,
                                           Diagnostics& diagnostics);

// The same, from text already read (for tests and `mwp init`).
std::optional<SiteConfig> parse_site_config(std::string_view yaml, const std::string& display_path,
                                            const std::filesystem::path& site_dir,
                                            Diagnostics& diagnostics);

}  // namespace mwp
