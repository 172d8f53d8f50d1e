// Parsing standalone pages and category index files.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"
#include "model/site.h"

namespace mwp {

// Parses a standalone page: front matter (title required; description,
// lastmod, slug, aliases, draft) and a Markdown body. `slug` defaults to
// `file_stem`; `url` is "/<slug>/". Returns nullopt when the front matter
// cannot be read.
std::optional<Page> parse_page(std::string_view text, const std::string& display_path,
                               const std::string& file_stem, Diagnostics& diagnostics);

// Parses a category's _index.md: front matter (title required; description,
// weight) and an optional introduction. Leaves slug, path, url and the tree
// links for the site loader.
std::optional<Category> parse_category_index(std::string_view text, const std::string& display_path,
                                             Diagnostics& diagnostics);

// The body of content/_index.md (front matter optional and ignored but checked).
std::optional<MarkdownBlock> parse_home_index(std::string_view text,
                                              const std::string& display_path,
                                              Diagnostics& diagnostics);

}  // namespace mwp
