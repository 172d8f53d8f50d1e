// Shared fixtures for the content tests: the bundled site's config.
#pragma once

#include <string>

#include "content/site_config.h"

namespace mwp::testing_support {

// The bundled sample site's configuration (site/site.yaml), loaded once.
inline const SiteConfig& sample_config() {
  static const SiteConfig config = [] {
    Diagnostics d;
    auto c = load_site_config(std::string(MWP_SOURCE_DIR) + "/site", d);
    if (!c) throw std::runtime_error("site/site.yaml does not load");
    return *c;
  }();
  return config;
}

}  // namespace mwp::testing_support
