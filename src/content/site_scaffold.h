// Creating new sites and new articles from the site's own template.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "model/site.h"
#include "write/file_update.h"

namespace mwp {

struct ScaffoldFile {
  std::string_view path;  // relative to the new site folder
  std::string_view data;
};

// Writes `files` into `dir` as a new site. In "site.yaml", @SITE_TITLE@,
// @BASE_URL@ and @EDITORIAL_TEAM@ are replaced by YAML-quoted `title`,
// `base_url` and "<title> editorial team". Refuses
// (site-exists) when `dir` exists and is not empty, unless `force`; never
// overwrites an existing file even then.
bool create_site(const std::filesystem::path& dir, std::span<const ScaffoldFile> files,
                 const std::string& title, const std::string& base_url, bool force,
                 Diagnostics& diagnostics);

// The Markdown of a new, unfilled draft article: front matter (title, an
// empty description, date and reviewed set to `today`, draft: true) and every
// template section under its kicker, the FAQ heading and the sources heading,
// all empty. As a draft it never fails a build; `mwp check` lists what it
// still lacks as warnings, which become errors once `draft: true` goes.
std::string article_skeleton(const ArticleTemplate& article_template, const std::string& title,
                             const Date& today);

}  // namespace mwp
